import { z } from "astro/zod";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { schemasFor } from "./index";
import { isoDate, ref } from "./shared";
import { describeSchema, fieldNamed, fieldsIn, markImage, valuesIn, type FieldShape } from "./walk";

describe("describeSchema", () => {
  it.each<[string, z.ZodType, Partial<FieldShape> & Record<string, unknown>]>([
    ["a plain text", z.string(), { kind: "string", optional: false, nullable: false, rules: [], refined: false }],
    [
      "a trimmed text with lengths",
      z.string().trim().min(5).max(160),
      { kind: "string", trimmed: true, length: { min: 5, max: 160 }, rules: ["trim", "min", "max"] },
    ],
    ["an exact length", z.string().length(5), { kind: "string", length: { exact: 5 }, rules: ["length"] }],
    [
      "a regular expression with its message",
      z.string().regex(/^a+$/, "chỉ chữ a"),
      { kind: "string", forms: [{ name: "regex", pattern: /^a+$/, message: "chỉ chữ a" }], rules: ["regex"] },
    ],
    [
      "an e-mail",
      z.email("thư sai"),
      { kind: "string", forms: [expect.objectContaining({ name: "email", message: "thư sai" })], rules: ["email"] },
    ],
    ["a web address", z.url(), { kind: "string", forms: [{ name: "url" }], rules: ["url"] }],
    ["a rule of another form", z.string().startsWith("Mô hình"), { kind: "string", rules: ["startsWith"] }],
    ["a text changed to lower case", z.string().toLowerCase(), { trimmed: false, rules: ["toLowerCase"] }],
    ["a calendar day", z.iso.date(), { kind: "date", rules: ["date"] }],
    ["the schemas' calendar day", isoDate, { kind: "date" }],
    [
      "a whole number within bounds",
      z.number().int().min(1900).max(2100),
      {
        kind: "number",
        integer: true,
        min: { value: 1900, inclusive: true },
        max: { value: 2100, inclusive: true },
        rules: ["int", "min", "max"],
      },
    ],
    [
      "a positive number",
      z.number().positive(),
      { integer: false, min: { value: 0, inclusive: false }, rules: ["gt"] },
    ],
    ["a multiple", z.number().multipleOf(5), { rules: ["multipleOf"] }],
    ["a yes/no with a default", z.boolean().default(false), { kind: "boolean", default: { value: false } }],
    ["the outermost default", z.string().default("a").default("b"), { default: { value: "b" } }],
    ["a choice", z.enum(["so-ket", "tong-ket"]), { kind: "enum", options: ["so-ket", "tong-ket"] }],
    ["a fixed value", z.literal("CC BY 4.0"), { kind: "literal", values: ["CC BY 4.0"] }],
    ["a reference", ref("units"), { kind: "reference", collection: "units", optional: false }],
    ["an optional reference", ref("models").optional(), { kind: "reference", collection: "models", optional: true }],
    ["a copy of a reference", ref("people").describe("người"), { kind: "reference", collection: "people" }],
    ["an image", markImage(z.string()), { kind: "image" }],
    ["a nullable text", z.string().nullable(), { kind: "string", nullable: true, optional: false }],
    ["a text read into a number", z.string().transform(Number), { kind: "string" }],
    ["a text with its own rule", z.string().refine(() => true), { kind: "string", refined: true, rules: [] }],
    ["a text behind a getter", z.lazy(() => z.string().min(2)), { kind: "string", length: { min: 2 } }],
    ["a date object", z.date(), { kind: "other", typeName: "ZodDate" }],
    ["a strict object", z.object({ a: z.string() }).strict(), { kind: "object", strict: true }],
    ["an object that drops unknown keys", z.object({ a: z.string() }), { kind: "object", strict: false }],
  ])("%s", (_what, schema, expected) => {
    expect(describeSchema(schema)).toMatchObject(expected);
  });

  it("describes a list: its items and their count", () => {
    const shape = describeSchema(z.array(ref("models")).min(1).max(3).default([]));
    expect(shape).toMatchObject({
      kind: "array",
      items: { min: 1, max: 3 },
      default: { value: [] },
      element: { kind: "reference", collection: "models" },
    });
  });

  it("describes an object's fields in order, each with its own wrappers", () => {
    const shape = describeSchema(
      z.object({ title: z.string(), updatedOn: isoDate.optional(), tags: z.array(z.string()).default([]) }),
    );
    expect(shape.kind === "object" && shape.fields.map((field) => [field.name, field.shape.kind])).toEqual([
      ["title", "string"],
      ["updatedOn", "date"],
      ["tags", "array"],
    ]);
    expect(fieldNamed(shape, "updatedOn")?.optional).toBe(true);
    expect(fieldNamed(shape, "tags")?.default).toEqual({ value: [] });
    expect(fieldNamed(shape, "missing")).toBeUndefined();
  });

  it.each<[string, z.ZodType, string[]]>([
    ["a union", z.union([z.string(), z.number()]), ["string", "number"]],
    ["an intersection", z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })), ["object", "object"]],
    ["a tuple", z.tuple([z.string(), z.boolean()]), ["string", "boolean"]],
  ])("describes the parts of %s", (_what, schema, kinds) => {
    const shape = describeSchema(schema);
    const parts =
      shape.kind === "union"
        ? shape.variants
        : shape.kind === "intersection"
          ? shape.parts
          : shape.kind === "tuple"
            ? shape.items
            : [];
    expect(parts.map((part) => part.kind)).toEqual(kinds);
  });

  it("describes the values of a record", () => {
    expect(describeSchema(z.record(z.string(), z.number().int()))).toMatchObject({
      kind: "record",
      value: { kind: "number", integer: true },
    });
  });
});

describe("the entry schemas, described", () => {
  const schemas = schemasFor({ image: () => z.string() });
  const at = (shape: FieldShape, ...names: string[]) =>
    names.reduce<FieldShape | undefined>((found, name) => {
      const inner = found?.kind === "array" ? found.element : found;
      return inner && fieldNamed(inner, name);
    }, shape);

  it.each<[keyof typeof schemas, string[], Record<string, unknown>]>([
    ["models", ["unit"], { kind: "reference", collection: "units" }],
    ["models", ["replicatedFrom"], { kind: "reference", collection: "models", optional: true }],
    ["models", ["cover", "src"], { kind: "image" }],
    ["models", ["gallery", "src"], { kind: "image" }],
    ["models", ["gallery"], { kind: "array", items: { max: 12 }, default: { value: [] } }],
    ["models", ["registeredOn"], { kind: "date", optional: false }],
    ["models", ["status"], { kind: "enum", default: { value: "registered" } }],
    ["models", ["place", "lat"], { kind: "number", min: { value: 19, inclusive: true } }],
    ["models", ["recognition", "by"], { kind: "reference", collection: "units" }],
    ["people", ["consent", "name"], { kind: "boolean", optional: false }],
    ["people", ["portrait", "src"], { kind: "image" }],
    ["news", ["relatedPeople"], { kind: "array", element: { kind: "reference", collection: "people" } }],
    ["units", ["order"], { kind: "number", integer: true, default: { value: 100 } }],
    ["campaigns", ["levels", "collective"], { kind: "number", nullable: true, default: { value: null } }],
    ["campaigns", ["levels"], { kind: "array", items: { min: 1 } }],
    ["units", ["parentChanges", "parent"], { kind: "reference", collection: "units" }],
    ["models", ["replication", "contact", "unit"], { kind: "reference", collection: "units" }],
    ["models", ["replication", "steps"], { kind: "array", items: { min: 2, max: 10 } }],
    ["settings", ["pressContact", "email"], { kind: "string", forms: [expect.objectContaining({ name: "email" })] }],
  ])("%s %j", (collection, path, expected) => {
    expect(at(describeSchema(schemas[collection]), ...path)).toMatchObject(expected);
  });

  it("sees the cross-field rules of models and people", () => {
    expect(describeSchema(schemas.models).refined).toBe(true);
    expect(describeSchema(schemas.people).refined).toBe(true);
  });
});

describe("fieldsIn", () => {
  it("finds every named field, through lists and unions, lists adding no name", () => {
    const schema = z.object({
      title: z.string(),
      place: z.object({ commune: z.string() }).optional(),
      results: z.array(z.object({ label: z.string() })),
      contact: z.union([z.object({ office: z.string() }), z.object({ phone: z.string() })]),
    });
    expect([...fieldsIn(describeSchema(schema))].map((field) => field.path.join("."))).toEqual([
      "title",
      "place",
      "place.commune",
      "results",
      "results.label",
      "contact",
      "contact.office",
      "contact.phone",
    ]);
  });
});

describe("valuesIn", () => {
  const shape = describeSchema(
    z.object({
      unit: ref("units"),
      related: z.array(ref("models")).default([]),
      awards: z.array(z.object({ by: ref("units") })).default([]),
      cover: z.object({ src: markImage(z.string()) }).optional(),
    }),
  );

  it("finds every value at a field of a kind, with its place in the data", () => {
    const data = { unit: "nho-quan", related: ["a", "b"], awards: [{ by: "tinh" }], cover: { src: "../a.jpg" } };
    expect([...valuesIn(shape, data, "reference")].map(({ path, value }) => [path, value])).toEqual([
      [["unit"], "nho-quan"],
      [["related", 0], "a"],
      [["related", 1], "b"],
      [["awards", 0, "by"], "tinh"],
    ]);
    expect([...valuesIn(shape, data, "image")].map(({ path, value }) => [path, value])).toEqual([
      [["cover", "src"], "../a.jpg"],
    ]);
  });

  it("skips what is missing or not of the shape the schema describes", () => {
    expect([...valuesIn(shape, { related: "a", awards: [null] }, "reference")]).toEqual([]);
    expect([...valuesIn(shape, null, "reference")]).toEqual([]);
  });
});

/** The project's own code: everything but installed packages, build output and caches. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SKIPPED = new Set(["node_modules", "dist", ".git", ".astro", ".cache", "admin", ".corpus", ".results"]);
const CODE = /\.(?:[cm]?[jt]sx?|astro)$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return CODE.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

/** zod's internals (its underscored `def` and `zod`, and a `def` property), spelled so that this file has none. */
const INTERNALS = new RegExp(String.raw`\b_(?:def|zod)\b|\.(?:def)\b`);
/** The same read by name in brackets, `schema["…"]`. */
const INTERNALS_BY_NAME = new RegExp(String.raw`\[\s*["'\x60]_(?:def|zod)["'\x60]\s*\]`);
/** Text in quotes, where `abc.def` is a value (a cookie, a path), not a property. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
const readsInternals = (text: string) =>
  text.split("\n").some((line) => INTERNALS_BY_NAME.test(line) || INTERNALS.test(line.replace(QUOTED, '""')));

describe("only the walker reads zod's internals", () => {
  const files = codeFiles(ROOT);
  const readers = files.filter((file) => readsInternals(readFileSync(join(ROOT, file), "utf8")));

  it.each([
    [`const def = schema.${"_"}def;`, true],
    [`schema.${"_"}zod.${"def"}.checks`, true],
    [`const { type } = schema.${""}def;`, true],
    [`schema["${"_"}def"]`, true],
    ["const definition = field.default;", false],
    [`const cookie = "dvk_cms_login=abc.${"def"}; b=2";`, false],
  ])("the check flags %j: %s", (text, flagged) => {
    expect(readsInternals(text)).toBe(flagged);
  });

  it("scans the code of the site, the CMS and the tests, and finds the walker", () => {
    expect(files).toEqual(
      expect.arrayContaining(["src/lib/content-gate/schema.ts", "cms/config-from-schemas.ts", "astro.config.mjs"]),
    );
    expect(readers).toContain("src/schemas/walk.ts");
  });

  it("finds no other file that reads them", () => {
    expect(readers.filter((file) => file !== "src/schemas/walk.ts")).toEqual([]);
  });
});
