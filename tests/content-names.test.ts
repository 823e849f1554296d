import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/paths";

/**
 * No test names a file of `src/content/`: the samples there are replaced by real entries one
 * day, and a test that names one would then fail, or test nothing. Tests compute what they
 * expect from whatever entries exist, or use entries of their own under `tests/fixtures/`.
 *
 * The rule, for every test file (`*.test.ts` anywhere, and everything under `tests/` but the
 * fixtures, which are entries, not tests):
 * - the id of a story or document entry (models, people, news, documents) may not appear as
 *   a whole slug: those are the samples that go;
 * - no file of `src/content/` may be named by its collection and file name, with or without
 *   `src/content/` before it (`units/<id>.yaml`), whatever its collection.
 * Unit and campaign ids may appear bare: they are the province's structure, which stays when
 * the samples go, and fixtures point at them (`unit: nho-quan`). Paths under `src/content/`
 * that name no existing file (a test writing a new entry into a copy) are allowed.
 */

const CONTENT = join(ROOT, "src", "content");
const SAMPLE_COLLECTIONS = ["models", "people", "news", "documents"];

/** Every file under `src/content/`, as `collection/file name`: a path to it contains this. */
const contentFiles = readdirSync(CONTENT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(CONTENT, join(entry.parentPath, entry.name)).split(sep).join("/"));

const sampleIds = contentFiles
  .filter((file) => SAMPLE_COLLECTIONS.includes(file.split("/")[0] ?? ""))
  .map((file) => (file.split("/").at(-1) ?? "").replace(/\.\w+$/, ""));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name, not part of a longer slug or path segment. */
const NAMES = [...sampleIds.map(escape), ...contentFiles.map(escape)].map(
  (name) => [name.replaceAll("\\", ""), new RegExp(`(?<![\\w-])${name}(?![\\w-])`)] as const,
);

/** What a text names of `src/content/`, line by line. */
function namesIn(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      NAMES.filter(([, pattern]) => pattern.test(line)).map(([name]) => `${index + 1}: ${name}`),
    );
}

const SKIPPED = new Set(["node_modules", ".git", "dist", ".cache", ".astro"]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const testFiles = walk(ROOT)
  .map((path) => relative(ROOT, path).split(sep).join("/"))
  .filter(
    (path) =>
      /\.test\.ts$/.test(path) ||
      (path.startsWith("tests/") && !path.startsWith("tests/fixtures/") && /\.ts$/.test(path)),
  );

describe("the scan", () => {
  it("knows the entries of src/content/ and the test files", () => {
    expect(sampleIds.length).toBeGreaterThan(0);
    expect(contentFiles.length).toBeGreaterThan(sampleIds.length);
    expect(testFiles).toContain("tests/content-names.test.ts");
    expect(testFiles).toContain("tests/build/setup.ts");
    expect(testFiles.some((path) => path.startsWith("src/") && path.endsWith(".test.ts"))).toBe(true);
    expect(testFiles.some((path) => path.startsWith("tests/fixtures/"))).toBe(false);
  });

  // Controls: a real entry named in each way is found; a unit id, an invented path, or an id
  // inside a longer slug is not.
  const id = sampleIds[0] ?? "";
  const file = contentFiles.find((path) => path.startsWith("units/")) ?? "";
  it.each([
    ["a sample's id in a string", `const EDITED = { id: "${id}" };`, [`1: ${id}`]],
    ["a sample's id in a URL", `await page.goto(\`\${base}/mo-hinh/${id}/\`);`, [`1: ${id}`]],
    ["a file by its src/content/ path", `read("src/content/${file}")`, [`1: ${file}`]],
    ["a file by its collection and name", `loaded("${file}")`, [`1: ${file}`]],
  ])("would find %s (control)", (_what, text, found) => {
    expect(namesIn(text).sort()).toEqual([...found].sort());
  });

  it.each([
    ["a unit's id", `unit: ${(file.split("/")[1] ?? "").replace(/\.yaml$/, "")}`],
    ["a new entry written into a copy", `"src/content/models/khong-co-muc-nay.mdx": model({})`],
    ["an id inside a longer slug", `"${id}-ban-sao"`],
  ])("lets %s pass (control)", (_what, text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe.each(testFiles)("%s", (path) => {
  it("names no file of src/content/", () => {
    expect(namesIn(readFileSync(join(ROOT, path), "utf8"))).toEqual([]);
  });
});
