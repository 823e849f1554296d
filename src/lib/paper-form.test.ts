import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { t } from "../i18n/vi";
import { ref } from "../schemas/shared";
import { describeSchema, markImage } from "../schemas/walk";
import { PAPER_FIT, linesFor, paperForm, rangeRule, type PaperField, type PaperInput } from "./paper-form";

/** Labels for the test schemas, keyed as in src/i18n/field-texts.ts. */
const texts = {
  title: { label: "Tên", hint: "Tên như đã đăng ký." },
  note: { label: "Ghi chú" },
  size: { label: "Số hộ" },
  year: { label: "Năm" },
  day: { label: "Ngày" },
  done: { label: "Đã xong" },
  level: { label: "Cấp" },
  unit: { label: "Đơn vị" },
  photo: { label: "Ảnh" },
  src: { label: "Tệp ảnh", hint: "Tải ảnh lên." },
  alt: { label: "Mô tả ảnh" },
  decision: { label: "Quyết định", hint: "Chỉ điền khi đã công nhận." },
  number: { label: "Số" },
  results: { label: "Kết quả", singular: "kết quả" },
  label: { label: "Chỉ số" },
  value: { label: "Con số" },
  steps: { label: "Các bước", hint: "Theo thứ tự, từ 2 đến 10 bước.", singular: "bước" },
  detail: { label: "Cách làm" },
  tags: { label: "Từ khoá" },
  draft: { label: "Chưa đăng" },
  consent: { label: "Phiếu đồng ý" },
  "consent.name": { label: "Đồng ý công bố họ tên" },
  "things.title": { label: "Tên riêng của mục" },
};
const enumTables = [{ tinh: "Cấp tỉnh", xa: "Cấp xã" }];

/** The one field of a schema `{ [name]: schema }` on paper. */
function fieldOf(schema: z.ZodType, name = "title"): PaperField {
  const form = paperForm(describeSchema(z.object({ [name]: schema })), ["models"], { texts, enumTables });
  const [field] = form.fields;
  if (!field) throw new Error("no field");
  return field;
}

describe("linesFor: room for an answer of at most `max` characters", () => {
  it.each([
    [undefined, PAPER_FIT.unboundedLines],
    [1, 1],
    [PAPER_FIT.charsPerLine, 1],
    [PAPER_FIT.charsPerLine + 1, 2],
    [PAPER_FIT.charsPerLine * 2, 2],
    [PAPER_FIT.charsPerLine * 50, PAPER_FIT.maxLines],
  ])("%s characters → %i lines", (max, lines) => {
    expect(linesFor(max)).toBe(lines);
  });
});

describe("rangeRule: a length or a count in words", () => {
  it.each([
    [{}, undefined],
    [{ min: 1 }, undefined],
    [{ min: 2 }, "ít nhất 2 bước"],
    [{ max: 8 }, "tối đa 8 bước"],
    [{ min: 2, max: 10 }, "từ 2 đến 10 bước"],
    [{ min: 1, max: 10 }, "tối đa 10 bước"],
    [{ exact: 3 }, "đúng 3 bước"],
  ])("%j → %s", (bounds, words) => {
    expect(rangeRule(bounds, "bước")).toBe(words);
  });

  it("leaves unsaid a minimum below the one worth saying", () => {
    expect(rangeRule({ min: 5, max: 160 }, "ký tự", 10)).toBe("tối đa 160 ký tự");
    expect(rangeRule({ min: 20, max: 400 }, "ký tự", 10)).toBe("từ 20 đến 400 ký tự");
  });
});

describe("each kind of field on paper", () => {
  const chars = PAPER_FIT.charsPerLine;
  it.each<[string, z.ZodType, PaperInput, string[], boolean]>([
    ["a short text", z.string().trim().min(5).max(60), { kind: "text", lines: 1 }, ["tối đa 60 ký tự"], true],
    [
      "a long text",
      z
        .string()
        .min(20)
        .max(chars * 2),
      { kind: "text", lines: 2 },
      [`từ 20 đến ${chars * 2} ký tự`],
      true,
    ],
    ["an optional text", z.string().optional(), { kind: "text", lines: PAPER_FIT.unboundedLines }, [], false],
    ["a year", z.number().int().min(1900).max(2100), { kind: "text", lines: 1 }, ["từ 1900 đến 2100"], true],
    ["a count", z.number().int().min(0), { kind: "text", lines: 1 }, ["từ 0 trở lên", "số nguyên"], true],
    ["a positive number", z.number().positive(), { kind: "text", lines: 1 }, ["lớn hơn 0"], true],
    ["a day", z.iso.date(), { kind: "date" }, [], true],
    ["a flag", z.boolean().default(false), { kind: "yesNo" }, [], false],
    [
      "a choice",
      z.enum(["tinh", "xa"]),
      {
        kind: "choice",
        options: [
          { value: "tinh", label: "Cấp tỉnh" },
          { value: "xa", label: "Cấp xã" },
        ],
      },
      [t("forms.choiceOne")],
      true,
    ],
    [
      "a choice with a default",
      z.enum(["tinh", "xa"]).default("xa"),
      {
        kind: "choice",
        options: [
          { value: "tinh", label: "Cấp tỉnh" },
          { value: "xa", label: "Cấp xã" },
        ],
        fallback: "Cấp xã",
      },
      [t("forms.choiceDefault", { label: "Cấp xã" })],
      false,
    ],
    ["a unit", ref("units"), { kind: "reference", collection: "units", guide: t("forms.refUnits") }, [], true],
    ["a photo file", markImage(z.string()), { kind: "attachment", numbered: true }, [], true],
    ["a list of words", z.array(z.string()).max(3), { kind: "lines", count: 3 }, ["tối đa 3 ghi chú"], true],
  ])("%s", (_, schema, input, rules, required) => {
    const field = fieldOf(schema, "note");
    expect(field.input).toEqual(input);
    expect(field.rules).toEqual(rules);
    expect(field.required).toBe(required);
  });

  it("a photo file is a photo sent along, in the form's own words", () => {
    const field = fieldOf(markImage(z.string()), "src");
    expect(field.label).toBe(t("forms.photo"));
    expect(field.hint).toBe(t("forms.photoHint"));
  });

  it("takes the label and hint of the CMS, the longest end of the path first", () => {
    expect(fieldOf(z.string(), "title")).toMatchObject({ label: "Tên", hint: "Tên như đã đăng ký." });
    const form = paperForm(describeSchema(z.object({ title: z.string() })), ["things"] as never, { texts });
    expect(form.fields[0]?.label).toBe("Tên riêng của mục");
  });

  it("refuses a field without a label, naming it", () => {
    expect(() => fieldOf(z.string(), "mystery")).toThrow(/models\.mystery/);
  });

  it("refuses an enum without labels and a type it cannot put on paper", () => {
    expect(() => fieldOf(z.enum(["a", "b"]), "level")).toThrow(/models\.level/);
    expect(() => fieldOf(z.date(), "day")).toThrow(/ZodDate at models\.day/);
  });
});

describe("parts and lists", () => {
  it("a part holds its fields, required within it", () => {
    const field = fieldOf(z.object({ number: z.string(), day: z.iso.date() }).optional(), "decision");
    expect(field.required).toBe(false);
    expect(field.hint).toBe("Chỉ điền khi đã công nhận.");
    if (field.input.kind !== "group") throw new Error("not a group");
    expect(field.input.fields.map((inner) => [inner.path.join("."), inner.required])).toEqual([
      ["models.decision.number", true],
      ["models.decision.day", true],
    ]);
  });

  it.each<[string, z.ZodType, "table" | "blocks", number, string[]]>([
    [
      "short items are a table of rows",
      z.array(z.object({ label: z.string(), value: z.string() })).default([]),
      "table",
      PAPER_FIT.tableRows,
      [],
    ],
    [
      "long items are blocks",
      z.array(z.object({ detail: z.string().max(PAPER_FIT.charsPerLine * 3) })).max(8),
      "blocks",
      PAPER_FIT.listItems,
      ["tối đa 8 kết quả"],
    ],
    [
      "as many blocks as the minimum asks",
      z.array(z.object({ detail: z.string().max(600) })).min(3),
      "blocks",
      3,
      ["ít nhất 3 kết quả"],
    ],
    [
      "no more rows than the maximum allows",
      z.array(z.object({ label: z.string() })).max(2),
      "table",
      2,
      ["tối đa 2 kết quả"],
    ],
  ])("%s", (_, schema, layout, count, rules) => {
    const field = fieldOf(schema, "results");
    expect(field.input).toMatchObject({ kind: "list", layout, count, singular: "kết quả" });
    expect(field.rules).toEqual(rules);
  });

  it("a rule the hint already says is said once", () => {
    const field = fieldOf(
      z
        .array(z.object({ detail: z.string() }))
        .min(2)
        .max(10),
      "steps",
    );
    expect(field.hint).toContain("từ 2 đến 10 bước");
    expect(field.rules).toEqual([]);
  });

  it("a form every text of a part must have is said once, on the part", () => {
    const noPhone = z.string().regex(/^\D*$/, "không ghi số điện thoại").optional();
    const field = fieldOf(z.object({ number: noPhone, alt: noPhone, unit: ref("units") }), "decision");
    expect(field.rules).toEqual(["không ghi số điện thoại"]);
    if (field.input.kind !== "group") throw new Error("not a group");
    expect(field.input.fields.flatMap((inner) => inner.rules)).toEqual([]);
  });

  it("a form only some texts have stays with them", () => {
    const field = fieldOf(
      z.object({ number: z.string().regex(/^\D*$/, "không ghi số điện thoại"), alt: z.string() }),
      "decision",
    );
    expect(field.rules).toEqual([]);
    if (field.input.kind !== "group") throw new Error("not a group");
    expect(field.input.fields.map((inner) => inner.rules)).toEqual([["không ghi số điện thoại"], []]);
  });
});

describe("what a form leaves off, sends along, picks and orders", () => {
  const schema = z.object({
    note: z.string(),
    title: z.string(),
    draft: z.boolean().default(false),
    tags: z.array(z.string()).default([]),
    consent: z.object({ name: z.boolean() }),
    size: z.number(),
  });
  const shape = describeSchema(schema);
  const names = (fields: PaperField[]) => fields.map((field) => field.path.join("."));

  it.each<[string, Parameters<typeof paperForm>[2], string[], string[]]>([
    ["everything, in schema order", {}, ["m.note", "m.title", "m.draft", "m.tags", "m.consent", "m.size"], []],
    [
      "the named ones first, the rest after in schema order",
      { order: ["title", "size"] },
      ["m.title", "m.size", "m.note", "m.draft", "m.tags", "m.consent"],
      [],
    ],
    [
      "without the office's fields, named for the office",
      { omit: ["draft", "tags"] },
      ["m.note", "m.title", "m.consent", "m.size"],
      ["Chưa đăng", "Từ khoá"],
    ],
    ["only the picked ones, in the picked order", { pick: ["size", "note"] }, ["m.size", "m.note"], []],
    [
      "a nested field left off",
      { omit: ["consent.name"] },
      ["m.note", "m.title", "m.draft", "m.tags", "m.consent", "m.size"],
      ["Đồng ý công bố họ tên"],
    ],
  ])("%s", (_, options, fields, omitted) => {
    const form = paperForm(shape, ["m"], { texts, ...options });
    expect(names(form.fields)).toEqual(fields);
    expect(form.omitted.map((field) => field.label)).toEqual(omitted);
  });

  it("a part that is its own paper is one line to tick", () => {
    const form = paperForm(shape, ["m"], { texts, attach: { consent: "Phiếu đồng ý đã ký" } });
    expect(form.fields.find((field) => field.path[1] === "consent")).toMatchObject({
      label: "Phiếu đồng ý đã ký",
      input: { kind: "attachment", numbered: false },
    });
  });

  it.each([
    [{ omit: ["nothing"] }],
    [{ pick: ["nothing"] }],
    [{ attach: { nothing: "x" } }],
    [{ omit: ["note.deeper"] }],
  ])("refuses to leave off or pick a field that does not exist: %j", (options) => {
    expect(() => paperForm(shape, ["m"], { texts, ...options })).toThrow(/no field/);
  });

  it("refuses a schema that is not an object", () => {
    expect(() => paperForm(describeSchema(z.string()), ["m"], { texts })).toThrow(/not an object/);
  });
});
