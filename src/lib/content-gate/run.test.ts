import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CollectionName } from "../../schemas/shared";
import type { BodyResult } from "../body";
import { formatProblems, runContentGate, type GateProblem, type SourceFile } from "./index";
import { BAD, GOOD, ROOT, asked, goodFiles, io, read } from "./test-fixtures";

/** End to end over the fixtures: every case of `tests/fixtures/bad/` with what it must produce. */
interface BadCase {
  /** File name under `tests/fixtures/bad/`. */
  file: string;
  collection: CollectionName;
  /** Other fixtures of `bad/` that must be checked in the same run (a target of a reference). */
  with?: string[];
  /** Whether the fixtures of `with` share the fault and are refused too (two files, one slug). */
  shared?: true;
  /** The field the problem must name; absent only where the file has no field to name. */
  field?: string;
  /** The line of the file, where the problem has one. */
  line?: number;
  /** A fragment of the Vietnamese message. */
  says: string;
}

const badCases: BadCase[] = [
  // Syntax of the file itself: a line, and the field where the parser stopped, if it got that far.
  {
    file: "malformed-yaml.yaml",
    collection: "units",
    field: "shortName",
    line: 4,
    says: "lỗi cú pháp YAML: dấu “[” hoặc “{” mở một danh sách chưa được đóng",
  },
  { file: "missing-front-matter-end.mdx", collection: "models", line: 1, says: "thiếu phần thông tin đầu tệp" },
  { file: "duplicate-key.yaml", collection: "units", field: "shortName", line: 4, says: "khai báo hai lần" },
  // The file name is the id and the address.
  { file: "Ten_Tep_Sai.mdx", collection: "models", field: "id", says: "ví dụ “ten-tep-sai”" },
  {
    file: "duplicate-slug.yaml",
    collection: "units",
    with: ["duplicate-slug.yml"],
    shared: true,
    field: "id",
    says: "trùng địa chỉ “duplicate-slug” với tệp tests/fixtures/bad/duplicate-slug.yml",
  },
  {
    file: "duplicate-slug.yml",
    collection: "units",
    with: ["duplicate-slug.yaml"],
    shared: true,
    field: "id",
    says: "trùng địa chỉ “duplicate-slug” với tệp tests/fixtures/bad/duplicate-slug.yaml",
  },
  // Schema.
  // A missing field has no line of its own: the problem points at the end of the front matter, where it goes.
  {
    file: "missing-required-field.mdx",
    collection: "models",
    field: "summary",
    line: 15,
    says: "bắt buộc nhưng chưa điền: hãy thêm “summary:” vào phần thông tin đầu tệp, trước dòng này",
  },
  {
    file: "unknown-extra-field.mdx",
    collection: "people",
    field: "phone",
    line: 12,
    says: "trường không có trong mẫu",
  },
  { file: "impossible-date.mdx", collection: "models", field: "registeredOn", line: 9, says: "ngày không có thật" },
  { file: "field-outside-enum.mdx", collection: "models", field: "field", line: 6, says: "“nong-nghiep” không hợp lệ" },
  {
    file: "decision-number-as-number.mdx",
    collection: "models",
    field: "recognition.decisionNumber",
    line: 12,
    says: 'viết 015 không có ngoặc kép thì bị đọc thành số và mất số 0 ở đầu; hãy viết "015"',
  },
  {
    file: "result-value-as-number.mdx",
    collection: "models",
    field: "results.0.value",
    line: 17,
    says: 'viết 1.200 không có ngoặc kép thì bị đọc thành số và thành 1.2; hãy viết "1.200"',
  },
  // Units' history across files.
  {
    file: "successor-starts-late.yaml",
    collection: "units",
    field: "successor",
    line: 7,
    says: "phải bắt đầu ngày 01/01/2025, ngay sau ngày kết thúc của đơn vị này",
  },
  {
    file: "parent-ended-earlier.yaml",
    collection: "units",
    field: "parent",
    line: 5,
    says: "không hoạt động suốt thời gian đơn vị này trực thuộc nó",
  },
  {
    file: "replication-phone-number.mdx",
    collection: "models",
    field: "replication.contact.office",
    line: 25,
    says: "không ghi số điện thoại ở phần cách làm",
  },
  // References.
  {
    file: "unknown-unit.mdx",
    collection: "models",
    field: "unit",
    line: 5,
    says: "không có mục “khong-co” trong units",
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
  // Images.
  { file: "missing-image.mdx", collection: "models", field: "cover.src", line: 12, says: "không tìm thấy tệp ảnh" },
  {
    file: "image-too-large.mdx",
    collection: "models",
    field: "cover.src",
    line: 12,
    says: "rộng 9000 × cao 6000 điểm ảnh, quá giới hạn 6000 điểm ảnh",
  },
  {
    file: "image-too-heavy.mdx",
    collection: "models",
    field: "cover.src",
    line: 12,
    says: "nặng 14,0 MB, quá giới hạn 10 MB",
  },
  {
    file: "image-unreadable.mdx",
    collection: "models",
    field: "cover.src",
    line: 12,
    says: "không đọc được như một ảnh",
  },
  {
    file: "image-without-alt.mdx",
    collection: "models",
    field: "cover.alt",
    line: 11,
    says: "bắt buộc nhưng chưa điền",
  },
  // The build resolves body images too, so a Figure pointing at nothing must stop the editor, not the build.
  {
    file: "body-figure-missing-image.mdx",
    collection: "models",
    field: "body",
    line: 20,
    says: "không tìm thấy tệp ảnh",
  },
  { file: "body-figure-without-alt.mdx", collection: "models", field: "body", line: 20, says: "cần mô tả ảnh (alt)" },
  // Bodies are data: every way MDX could run code or carry markup is refused.
  { file: "body-import.mdx", collection: "models", field: "body", line: 18, says: "import/export" },
  { file: "body-expression.mdx", collection: "news", field: "body", line: 12, says: "biểu thức {…}" },
  { file: "body-flow-expression.mdx", collection: "models", field: "body", line: 20, says: "biểu thức {…}" },
  {
    file: "body-expression-attribute.mdx",
    collection: "models",
    field: "body",
    line: 20,
    says: "thuộc tính “value” của <KeyFigure> phải là chữ trong dấu ngoặc kép",
  },
  {
    file: "body-unknown-component.mdx",
    collection: "models",
    field: "body",
    line: 20,
    says: "thẻ <Chart> không được phép",
  },
  { file: "body-script.mdx", collection: "models", field: "body", line: 20, says: "thẻ <script> không được phép" },
  { file: "body-iframe.mdx", collection: "models", field: "body", line: 20, says: "thẻ <iframe> không được phép" },
  { file: "body-style.mdx", collection: "models", field: "body", line: 20, says: "thẻ <style> không được phép" },
  {
    file: "body-event-handler.mdx",
    collection: "models",
    field: "body",
    line: 20,
    says: "<PullQuote> không có thuộc tính “onClick”",
  },
  {
    file: "body-javascript-link.mdx",
    collection: "models",
    field: "body",
    line: 20,
    says: "liên kết không an toàn: javascript:",
  },
  { file: "body-data-link.mdx", collection: "models", field: "body", line: 20, says: "liên kết không an toàn: data:" },
  { file: "body-html-comment.mdx", collection: "models", field: "body", line: 18, says: "không đọc được như MDX" },
  // Consent.
  {
    file: "person-without-consent.mdx",
    collection: "people",
    field: "consent",
    line: 13,
    says: "bắt buộc nhưng chưa điền: hãy thêm “consent:”",
  },
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
    file: "story-without-consent.mdx",
    collection: "people",
    field: "body",
    line: 22,
    says: "không đồng ý công bố câu chuyện",
  },
  {
    file: "names-withdrawn-person.mdx",
    collection: "news",
    with: ["withdrawn-person.mdx"],
    field: "body",
    line: 14,
    says: "nhắc tên “Phạm Văn Rút”",
  },
];

/** Valid entries that must never be published. */
const unpublishedCases: { file: string; collection: CollectionName; why: string }[] = [
  { file: "draft-model.mdx", collection: "models", why: "a draft model" },
  { file: "draft-person.mdx", collection: "people", why: "a draft person" },
  { file: "withdrawn-person.mdx", collection: "people", why: "a person who withdrew consent" },
  { file: "no-name-consent.mdx", collection: "people", why: "a person who did not agree to publish the name" },
];

/** Entries that pass with a warning. */
const warningCases: { file: string; collection: CollectionName; line: number; says: string }[] = [
  { file: "not-nfc.mdx", collection: "models", line: 2, says: "không ở dạng Unicode NFC" },
];

const collectionOfBad = new Map<string, CollectionName>([
  ...badCases.map((c) => [c.file, c.collection] as const),
  ...unpublishedCases.map((c) => [c.file, c.collection] as const),
  ...warningCases.map((c) => [c.file, c.collection] as const),
]);

function bad(file: string): SourceFile {
  const collection = collectionOfBad.get(file);
  if (!collection) throw new Error(`tests/fixtures/bad/${file} is in no table of this test`);
  return read(`${BAD}/${file}`, collection);
}

const errorsOf = (problems: GateProblem[]) => problems.filter((p) => p.severity === "error");

describe("the good fixtures", async () => {
  const result = await runContentGate(goodFiles, io);

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
    expect(asked).toEqual(
      expect.arrayContaining([
        "tests/fixtures/assets/duong-lang.jpg",
        "tests/fixtures/assets/chan-dung.jpg",
        "tests/fixtures/assets/so-ket.jpg",
      ]),
    );
  });

  it("give ids from file names and fill schema defaults", () => {
    const model = result.entries.find((e) => e.collection === "models");
    expect(model?.id).toBe("duong-lang-dong-tam");
    expect(model?.data).toMatchObject({ gallery: [], draft: false, featured: true, sample: true });
    expect(model?.body).toContain("<PullQuote");
  });

  it("carry each body rendered to HTML, so that the build parses it once", () => {
    const model = result.entries.find((e) => e.collection === "models");
    expect(model?.rendered?.html).toContain("<blockquote");
    expect(result.entries.find((e) => e.collection === "units")?.rendered).toBeUndefined();
  });

  it.each([
    [999, []],
    [1000, []],
    [2500, [1000, 2000]],
  ])("report progress every PROGRESS_EVERY files: %i files → %j", async (count, expected) => {
    const unit = goodFiles.find((f) => f.collection === "units")!;
    const many = Array.from({ length: count }, (_, i) => ({
      ...unit,
      path: unit.path.replace(/[^/]+$/, `u-${i}.yaml`),
    }));
    const told: [number, number][] = [];
    await runContentGate(many, { ...io, progress: (checked, total) => told.push([checked, total]) });
    expect(told).toEqual(expected.map((checked) => [checked, count]));
  });

  it("take a body's verdict from the body cache when it has one, and tell the cache every body", async () => {
    const model = goodFiles.find((f) => f.collection === "models")!;
    const told: string[] = [];
    const refused: BodyResult = {
      ok: false,
      problems: [{ line: 1, vi: "đã từ chối lần trước", en: "refused before" }],
    };
    const cached = await runContentGate([model], {
      ...io,
      bodyCache: { get: () => refused, set: (body) => told.push(body) },
    });
    expect(cached.problems).toEqual([expect.objectContaining({ field: "body", vi: "đã từ chối lần trước" })]);
    expect(told).toHaveLength(1);
    expect(model.text).toContain(told[0]!.trim());
  });

  it("normalise NFD text to NFC, with a warning and no error", async () => {
    const nfd = goodFiles.map((f) => (f.collection === "people" ? { ...f, text: f.text.normalize("NFD") } : f));
    const { problems, entries } = await runContentGate(nfd, io);
    expect(errorsOf(problems)).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "warning", file: `${GOOD}/people/nguyen-van-minh.mdx`, line: 2 }),
    ]);
    const person = entries.find((e) => e.collection === "people");
    expect(person?.data.name).toBe("Nguyễn Văn Minh".normalize("NFC"));
  });
});

describe("the bad fixtures", () => {
  const onDisk = readdirSync(`${ROOT}${BAD}`).sort();

  it("are each listed in exactly one table of this test, and every listed file exists", () => {
    expect([...collectionOfBad.keys()].sort()).toEqual(onDisk);
    expect(badCases.length + unpublishedCases.length + warningCases.length).toBe(onDisk.length);
  });

  it.each(onDisk)("%s states its expected outcome in a comment on its first line", (file) => {
    const lines = readFileSync(`${ROOT}${BAD}/${file}`, "utf8").normalize("NFC").split("\n");
    const comment = file.endsWith(".mdx") ? (lines[0] === "---" ? lines[1] : undefined) : lines[0];
    expect(comment).toMatch(/^# expect: /);
  });
});

describe.each(badCases)("bad: $file", async ({ file, with: others = [], shared, field, line, says }) => {
  const path = `${BAD}/${file}`;
  const { problems } = await runContentGate([...goodFiles, ...others.map(bad), bad(file)], io);
  const errors = errorsOf(problems);
  const report = formatProblems(problems);

  it("is refused with an error in that file, and other files only when they share the fault", () => {
    expect(errors.length, report).toBeGreaterThan(0);
    const partners = new Set([path, ...(shared ? others.map((other) => `${BAD}/${other}`) : [])]);
    expect(
      errors.filter((p) => !partners.has(p.file)),
      report,
    ).toEqual([]);
  });

  it(`says “${says}”${field ? `, names the field ${field}` : ""}${line ? ` and gives line ${line}` : ""}`, () => {
    const candidates = errors.filter((p) => p.file === path && p.vi.includes(says));
    expect(candidates, `no error of ${path} says “${says}”:\n${report}`).not.toEqual([]);
    if (field) {
      const naming = candidates.filter((p) => p.field === field);
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

  it("prints file, line and field in the report a person reads", () => {
    const where = line ? `${path}:${line}` : path;
    expect(report).toContain(field ? `${where} [${field}]: ` : `${where}: `);
  });

  it("explains itself in English too", () => {
    for (const problem of errors) expect(problem.en.length).toBeGreaterThan(5);
  });
});

describe.each(unpublishedCases)("not publishable: $why ($file)", async ({ file }) => {
  const { problems, entries } = await runContentGate([...goodFiles, bad(file)], io);
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

describe.each(warningCases)("warning: $file", async ({ file, line, says }) => {
  const { problems, entries } = await runContentGate([...goodFiles, bad(file)], io);

  it(`warns “${says}” at line ${line}, with no error`, () => {
    expect(errorsOf(problems), formatProblems(problems)).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "warning", file: `${BAD}/${file}`, line, vi: expect.stringContaining(says) }),
    ]);
  });

  it("keeps the entry, normalised", () => {
    const entry = entries.find((e) => e.path === `${BAD}/${file}`);
    expect(entry?.data.title).toBe("Mô hình “Bếp ăn tình nghĩa” Cựu chiến binh".normalize("NFC"));
  });
});

describe("one run over every fixture", async () => {
  const all = [...goodFiles, ...readdirSync(`${ROOT}${BAD}`).sort().map(bad)];
  const { problems } = await runContentGate(all, io);

  it.each(badCases.map((c) => c.file))("reports %s", (file) => {
    expect(errorsOf(problems).some((p) => p.file === `${BAD}/${file}`)).toBe(true);
  });

  it("reports nothing against the good fixtures", () => {
    expect(problems.filter((p) => p.file.startsWith(`${GOOD}/`))).toEqual([]);
  });
});
