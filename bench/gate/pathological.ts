import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BODY_LIMITS } from "../../src/lib/body";
import { checkContent } from "../../src/loaders/read-content";
import { median } from "../median";

/**
 * `npm run bench:gate`: the content gate's own run (`checkContent`, as `npm run check:content`
 * runs it) over a small site with one pathological body added, for each body below, three runs
 * each, median in seconds. The site has no copy of the body pipeline's sources, so it gets no
 * body cache: every run parses. Bodies over the limits must be refused at once; bodies shaped to
 * pass every limit (src/lib/body/limits.ts) show the slowest the parser can be made to go.
 * Prints a Markdown table for docs/security-and-privacy.md.
 */
const FIXTURES = fileURLToPath(new URL("../../tests/fixtures/", import.meta.url));
const RUNS = 3;

/** A body of `motif` repeated to `size` characters, in one paragraph. */
const repeated = (motif: string, size = 200_000) => motif.repeat(Math.ceil(size / motif.length)).slice(0, size);

const MARKS = /[*_[\]`~<!&\\]/g;

/**
 * A body as slow as `motif` can make it within the limits: paragraphs of the motif up to the
 * limit of marks or characters, words cut at the word limit, blank lines between, up to the
 * body limit.
 */
function withinLimits(motif: string): string {
  const marksOf = (text: string) => text.match(MARKS)?.length ?? 0;
  let paragraph = "";
  while (
    paragraph.length + motif.length < BODY_LIMITS.maxParagraphChars - 10 &&
    marksOf(paragraph + motif) <= BODY_LIMITS.maxMarksPerParagraph
  ) {
    paragraph += motif;
  }
  paragraph = paragraph
    .replace(/\n[ \t>]*\n/g, "\n")
    .replace(new RegExp(`\\S{${BODY_LIMITS.maxWordChars}}`, "g"), (word) => `${word.slice(0, -1)} `);
  const count = Math.floor((BODY_LIMITS.maxChars - 10) / (paragraph.length + 2));
  return Array.from({ length: count }, () => paragraph).join("\n\n");
}

const BODIES: [name: string, body: string][] = [
  ["200 KB of `*a **a `", repeated("*a **a ")],
  ["200 KB of `[`", repeated("[")],
  ["200 KB of `<`", repeated("<")],
  ["200 KB of `[a](`", repeated("[a](")],
  ["200 KB of `> ` (quotes 100,000 deep)", repeated("> ")],
  ["200 KB of `www.a_`", repeated("www.a_")],
  ["a list 2,000 deep", `${"- ".repeat(2000)}a`],
  ["within the limits: `*[]⏎*[`", withinLimits("*[]\n*[")],
  ["within the limits: `]`", withinLimits("]")],
  ["within the limits: `[a](`", withinLimits("[a](")],
  ["within the limits: `*a `", withinLimits("*a ")],
  ["within the limits: `www.a_`", withinLimits("www.a_")],
  ["within the limits: `a@b.c`", withinLimits("a@b.c")],
  ["within the limits: `a⏎` (one line per word)", withinLimits("a\n")],
];

const NEWS = [
  "---",
  "title: Tin dùng để đo cổng nội dung",
  "publishedOn: 2020-11-02",
  "summary: Một tin chỉ dùng để đo thời gian cổng nội dung đọc một nội dung khó.",
  "---",
  "",
].join("\n");

const scratch = mkdtempSync(join(tmpdir(), "dvk-bench-gate-"));
const root = join(scratch, "du-an");
cpSync(join(FIXTURES, "good"), join(root, "src", "content"), { recursive: true });
const photo = join(FIXTURES, "hostile", "support", "src", "assets", "thu-nghiem", "anh-thu.jpg");
for (const name of ["duong-lang.jpg", "chan-dung.jpg", "so-ket.jpg"]) cpSync(photo, join(root, "src", "assets", name));

console.log(
  `${cpus().length} CPU, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")}\n`,
);
console.log("| body | characters | verdict | median of 3 runs |\n| --- | --- | --- | --- |");
try {
  for (const [name, body] of BODIES) {
    writeFileSync(join(root, "src", "content", "news", "do-cong.mdx"), `${NEWS}${body}\n`);
    const seconds: number[] = [];
    let verdict = "";
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const { problems } = await checkContent(root);
      seconds.push((performance.now() - started) / 1000);
      const refusal = problems.find((problem) => problem.file.endsWith("do-cong.mdx"));
      verdict = refusal ? `refused: ${refusal.en.slice(0, 60)}` : "accepted";
    }
    console.log(`| ${name} | ${body.length.toLocaleString("en")} | ${verdict} | ${median(seconds).toFixed(2)} s |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
