import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COLLECTIONS, type CollectionName } from "../schemas/shared";
import { formatProblems, runContentGate, type GateIo, type GateProblem, type SourceFile } from "./content-gate";

/**
 * The gate is pure: it gets the files' text and a way to ask whether an image exists. The
 * fixtures live under `tests/fixtures/`: `good/<collection>/<id>.<ext>` is a small complete
 * site that must pass; each `bad/<case>.<ext>` states on its first line what it must produce.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GOOD = "tests/fixtures/good";
const BAD = "tests/fixtures/bad";

function read(path: string, collection: CollectionName): SourceFile {
  return { collection, path, text: readFileSync(`${ROOT}${path}`, "utf8") };
}

const goodFiles: SourceFile[] = COLLECTIONS.flatMap((collection) => {
  let names: string[] = [];
  try {
    names = readdirSync(`${ROOT}${GOOD}/${collection}`).sort();
  } catch {
    return [];
  }
  return names.map((name) => read(`${GOOD}/${collection}/${name}`, collection));
});

/** Images that exist, as paths from the project root; everything else is missing. */
const IMAGES = new Set([
  "tests/fixtures/assets/duong-lang.jpg",
  "tests/fixtures/assets/chan-dung.jpg",
  "tests/fixtures/assets/so-ket.jpg",
]);
const asked: string[] = [];
const io: GateIo = {
  fileExists: (path) => {
    asked.push(path);
    return IMAGES.has(path);
  },
};

interface BadCase {
  /** File name under `tests/fixtures/bad/`. */
  file: string;
  collection: CollectionName;
  /** Other fixtures of `bad/` that must be checked in the same run (a target of a reference). */
  with?: string[];
  /** The field the problem must name; absent for a YAML syntax error. */
  field?: string;
  /** The line of the file, where the problem has one. */
  line?: number;
  /** A fragment of the Vietnamese message. */
  says: string;
}

const badCases: BadCase[] = [
  { file: "missing-required-field.mdx", collection: "models", field: "summary", says: "bắt buộc nhưng chưa điền" },
  {
    file: "unknown-unit.mdx",
    collection: "models",
    field: "unit",
    line: 5,
    says: "không có mục “khong-co” trong units",
  },
  { file: "impossible-date.mdx", collection: "models", field: "registeredOn", line: 9, says: "ngày không có thật" },
  { file: "field-outside-enum.mdx", collection: "models", field: "field", line: 6, says: "“nong-nghiep” không hợp lệ" },
  {
    file: "unknown-extra-field.mdx",
    collection: "people",
    field: "phone",
    line: 12,
    says: "trường không có trong mẫu",
  },
  { file: "duplicate-key.yaml", collection: "units", field: "shortName", line: 4, says: "khai báo hai lần" },
  { file: "malformed-yaml.yaml", collection: "units", line: 4, says: "lỗi cú pháp YAML" },
  { file: "body-import.mdx", collection: "models", field: "body", line: 18, says: "import/export" },
  { file: "body-expression.mdx", collection: "news", field: "body", line: 12, says: "biểu thức {…}" },
  { file: "body-html-comment.mdx", collection: "models", field: "body", line: 18, says: "không đọc được như MDX" },
  { file: "person-without-consent.mdx", collection: "people", field: "consent", says: "bắt buộc nhưng chưa điền" },
  {
    file: "birth-year-without-consent.mdx",
    collection: "people",
    field: "birthYear",
    line: 12,
    says: "không đồng ý công bố năm sinh",
  },
  {
    file: "portrait-without-consent.mdx",
    collection: "people",
    field: "portrait",
    line: 12,
    says: "không đồng ý công bố ảnh",
  },
  {
    file: "decision-number-as-number.mdx",
    collection: "models",
    field: "recognition.decisionNumber",
    line: 12,
    says: "phải là chữ",
  },
  { file: "missing-image.mdx", collection: "models", field: "cover.src", line: 12, says: "không tìm thấy tệp ảnh" },
  // The build resolves body images too, so a Figure pointing at nothing must stop the editor, not the build.
  {
    file: "body-figure-missing-image.mdx",
    collection: "models",
    field: "body",
    line: 20,
    says: "không tìm thấy tệp ảnh",
  },
  {
    file: "links-draft-model.mdx",
    collection: "news",
    with: ["draft-model.mdx"],
    field: "relatedModels.0",
    line: 6,
    says: "“draft-model” chưa được công bố",
  },
  {
    file: "links-withdrawn-person.mdx",
    collection: "news",
    with: ["withdrawn-person.mdx"],
    field: "relatedPeople.0",
    line: 7,
    says: "“withdrawn-person” chưa được công bố",
  },
];

/** Valid entries that must never be published. */
const unpublishedCases: { file: string; collection: CollectionName; why: string }[] = [
  { file: "draft-model.mdx", collection: "models", why: "a draft model" },
  { file: "draft-person.mdx", collection: "people", why: "a draft person" },
  { file: "withdrawn-person.mdx", collection: "people", why: "a person who withdrew consent" },
  { file: "no-name-consent.mdx", collection: "people", why: "a person who did not agree to publish the name" },
];

const collectionOfBad = new Map<string, CollectionName>([
  ...badCases.map((c) => [c.file, c.collection] as const),
  ...unpublishedCases.map((c) => [c.file, c.collection] as const),
]);

function bad(file: string): SourceFile {
  const collection = collectionOfBad.get(file);
  if (!collection) throw new Error(`tests/fixtures/bad/${file} is in no table of this test`);
  return read(`${BAD}/${file}`, collection);
}

const errorsOf = (problems: GateProblem[]) => problems.filter((p) => p.severity === "error");

describe("the good fixtures", () => {
  const result = runContentGate(goodFiles, io);

  it("form a complete small site: two units (tinh, huyen), a campaign, a document, a model, a person, news, settings", () => {
    const found = goodFiles.map((f) => `${f.collection}/${f.path.split("/").pop() ?? ""}`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^units\//),
        expect.stringMatching(/^campaigns\//),
        expect.stringMatching(/^documents\//),
        expect.stringMatching(/^models\//),
        expect.stringMatching(/^people\//),
        expect.stringMatching(/^news\//),
        expect.stringMatching(/^settings\//),
      ]),
    );
    const levels = result.entries.filter((e) => e.collection === "units").map((e) => e.data.level);
    expect(levels).toEqual(expect.arrayContaining(["tinh", "huyen"]));
  });

  it("pass with no problem at all", () => {
    expect(result.problems, formatProblems(result.problems)).toEqual([]);
  });

  it("are all kept and publishable", () => {
    expect(result.entries).toHaveLength(goodFiles.length);
    expect(result.entries.filter((e) => !e.publishable)).toEqual([]);
  });

  it("resolve images relative to the entry file", () => {
    expect(asked).toEqual(expect.arrayContaining([...IMAGES]));
  });

  it("give ids from file names and fill schema defaults", () => {
    const model = result.entries.find((e) => e.collection === "models");
    expect(model?.id).toBe("duong-lang-dong-tam");
    expect(model?.data).toMatchObject({ gallery: [], draft: false, featured: true, sample: true });
    expect(model?.body).toContain("<PullQuote");
  });

  it("normalise NFD text to NFC, with a warning and no error", () => {
    const nfd = goodFiles.map((f) => (f.collection === "people" ? { ...f, text: f.text.normalize("NFD") } : f));
    const { problems, entries } = runContentGate(nfd, io);
    expect(errorsOf(problems)).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "warning", file: `${GOOD}/people/nguyen-van-minh.mdx` }),
    ]);
    const person = entries.find((e) => e.collection === "people");
    expect(person?.data.name).toBe("Nguyễn Văn Minh".normalize("NFC"));
  });
});

describe("the bad fixtures", () => {
  const onDisk = readdirSync(`${ROOT}${BAD}`).sort();

  it("are each listed in exactly one table of this test, and every listed file exists", () => {
    expect([...collectionOfBad.keys()].sort()).toEqual(onDisk);
    expect(badCases.length + unpublishedCases.length).toBe(onDisk.length);
  });

  it.each(onDisk)("%s states its expected outcome in a comment on its first line", (file) => {
    const lines = readFileSync(`${ROOT}${BAD}/${file}`, "utf8").split("\n");
    const comment = file.endsWith(".mdx") ? (lines[0] === "---" ? lines[1] : undefined) : lines[0];
    expect(comment).toMatch(/^# expect: /);
  });
});

describe.each(badCases)("bad: $file", ({ file, with: others = [], field, line, says }) => {
  const path = `${BAD}/${file}`;
  const { problems } = runContentGate([...goodFiles, ...others.map(bad), bad(file)], io);
  const errors = errorsOf(problems);
  const report = formatProblems(problems);

  it("is refused with an error in that file and nowhere else", () => {
    expect(errors.length, report).toBeGreaterThan(0);
    expect(
      errors.filter((p) => p.file !== path),
      report,
    ).toEqual([]);
  });

  it(`says “${says}”${field ? `, names the field ${field}` : ""}${line ? ` and gives line ${line}` : ""}`, () => {
    const candidates = errors.filter((p) => p.vi.includes(says));
    expect(candidates, `no error says “${says}”:\n${report}`).not.toEqual([]);
    if (field) {
      const naming = candidates.filter((p) => p.field === field || p.vi.includes(field));
      expect(naming, `no error names the field ${field}:\n${report}`).not.toEqual([]);
      if (line)
        expect(
          naming.map((p) => p.line),
          report,
        ).toContain(line);
    } else if (line) {
      expect(
        candidates.map((p) => p.line),
        report,
      ).toContain(line);
    }
  });

  it("explains itself in English too", () => {
    for (const problem of errors) expect(problem.en.length).toBeGreaterThan(5);
  });
});

describe.each(unpublishedCases)("not publishable: $why ($file)", ({ file }) => {
  const { problems, entries } = runContentGate([...goodFiles, bad(file)], io);
  const id = file.replace(/\.mdx$/, "");

  it("passes its checks", () => {
    expect(errorsOf(problems), formatProblems(problems)).toEqual([]);
  });

  it("is kept but marked as not publishable", () => {
    const entry = entries.find((e) => e.id === id);
    expect(entry).toBeDefined();
    expect(entry?.publishable).toBe(false);
  });

  it("does not make the rest of the site unpublishable", () => {
    expect(entries.filter((e) => e.id !== id).every((e) => e.publishable)).toBe(true);
  });
});

describe("one run over every fixture", () => {
  const all = [...goodFiles, ...readdirSync(`${ROOT}${BAD}`).sort().map(bad)];
  const { problems } = runContentGate(all, io);

  it.each(badCases.map((c) => c.file))("reports %s", (file) => {
    expect(errorsOf(problems).some((p) => p.file === `${BAD}/${file}`)).toBe(true);
  });

  it("reports nothing against the good fixtures", () => {
    expect(problems.filter((p) => p.file.startsWith(`${GOOD}/`))).toEqual([]);
  });
});

describe("formatProblems", () => {
  it.each([
    [
      {
        severity: "error",
        file: "src/content/models/a.mdx",
        line: 5,
        field: "unit",
        vi: "không có mục",
        en: "no such unit",
      },
      "LỖI src/content/models/a.mdx:5 [unit]: không có mục (no such unit)",
    ],
    [
      { severity: "warning", file: "src/content/people/b.mdx", vi: "không ở dạng NFC", en: "not NFC" },
      "CẢNH BÁO src/content/people/b.mdx: không ở dạng NFC (not NFC)",
    ],
  ] satisfies [GateProblem, string][])("%j", (problem, line) => {
    expect(formatProblems([problem])).toBe(line);
  });
});
