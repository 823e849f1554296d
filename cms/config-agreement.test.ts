import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ref, type CollectionName } from "../src/schemas/shared";
import { describeSchema, type FieldShape } from "../src/schemas/walk";
import { cmsInput, collectionsFromSchemas, decapConfig, type DecapCollection } from "./config-from-schemas";
import type { DecapField } from "./decap-field";

/**
 * Do the CMS config and the schemas agree? Not "did the generator run", but: for every schema
 * field, does the field Decap is told about accept and refuse the same values as the schema?
 * Values are probed: strings of the lengths around every limit, numbers around every bound,
 * values of the forms the patterns describe; each is put to Decap's rule (required, pattern,
 * min/max, options) as Decap applies it, and to the zod schema. A value Decap would save and the
 * schema refuses is a disagreement; so is a value the schema takes that Decap refuses (except
 * for spaces around a text, which Decap's patterns discount on purpose), a missing or extra
 * field, another relation target, other options, counts or defaults.
 *
 * The config is what `config.yml` says (written and read back as YAML). Rules Decap cannot
 * express (one field depending on another, the MDX body) are the save check's job
 * (`save-check.test.ts`).
 */

type Schemas = Record<CollectionName, z.ZodType>;

const input = cmsInput();
const writtenConfig = (schemas: Schemas): DecapCollection[] =>
  (parse(stringify(decapConfig({}, { ...input, schemas }))) as { collections: DecapCollection[] }).collections;

/** Texts of the forms the patterns describe, right and nearly right. */
const FORMS = [
  "Hội Cựu chiến binh",
  "14/QĐ-CCB",
  "/van-ban/ke-hoach-20.pdf",
  "/van-ban/Ke-hoach.pdf",
  "/van-ban/ke_hoach.pdf",
  "/tai-lieu/ke-hoach.pdf",
  "van-ban/ke-hoach.pdf",
  "0229 3871 234",
  "(0229) 3.871.234",
  "+84 229 3871 234",
  "0229",
  "02293871234567890123456",
  "tuyengiao@ccbninhbinh.vn",
  "tuyen.giao@ccb.ninhbinh.gov.vn",
  "tuyengiao@ccbninhbinh",
  "tuyen giao@ccb.vn",
  "https://www.facebook.com/hoiccbninhbinh",
  "http://ccbninhbinh.vn/",
  "www.facebook.com/hoiccb",
  "nho-quan",
];

/** The limits either side states: the schema's bounds, and the counts in Decap's pattern. */
function limitsOf(shape: FieldShape, field: DecapField): number[] {
  const bounds =
    shape.kind === "string"
      ? [shape.length.min, shape.length.max, shape.length.exact]
      : shape.kind === "number"
        ? [shape.min?.value, shape.max?.value]
        : [];
  const fromSchema = bounds.filter((bound) => bound !== undefined);
  const fromConfig = [...(field.pattern?.[0] ?? "").matchAll(/\{(\d+),?(\d*)\}/g)].flatMap((match) =>
    match.slice(1).filter(Boolean).map(Number),
  );
  return [
    ...fromSchema,
    ...fromConfig,
    ...(field.min === undefined ? [] : [field.min]),
    ...(field.max === undefined ? [] : [field.max]),
  ];
}

/** Strings an editor might type: lengths around every limit, with and without spaces, and forms. */
function stringProbes(shape: FieldShape, field: DecapField): string[] {
  const lengths = [1, 2, 3, ...limitsOf(shape, field).flatMap((limit) => [limit - 1, limit, limit + 1])].filter(
    (length) => length > 0,
  );
  return [
    ...lengths.map((length) => "a".repeat(length)),
    ...lengths.map((length) => `  ${"đ".repeat(length)}  `),
    ...FORMS,
  ];
}

function numberProbes(shape: FieldShape, field: DecapField): number[] {
  const around = (value: number) => [value - 1, value - 0.5, value, value + 0.5, value + 1];
  const probes = [0, 1, 2, 1.5, 20.25, 105.97, 1900, 2020, ...limitsOf(shape, field).flatMap(around)];
  // Decap's number widget keeps only whole numbers when the value type is `int`.
  return field.value_type === "int" ? probes.filter(Number.isInteger) : probes;
}

/** Whether Decap lets a value through its own validation of the field. */
function decapAccepts(field: DecapField, value: unknown): boolean {
  if (value === "" || value === undefined) return !field.required;
  if (field.widget === "number") {
    const number = value as number;
    return (field.min === undefined || number >= field.min) && (field.max === undefined || number <= field.max);
  }
  if (field.pattern) return new RegExp(field.pattern[0]).test(String(value));
  return true;
}

const zodAccepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

function fieldDisagreements(
  name: string,
  shape: FieldShape,
  field: DecapField | undefined,
  insideOptional: boolean,
): string[] {
  if (!field) return [`${name}: not in the CMS`];
  const { schema: inner } = shape;
  const optional = shape.optional || shape.nullable;
  const hasDefault = shape.default !== undefined;
  const defaultValue = shape.default?.value;
  const problems: string[] = [];
  const required = !optional && !hasDefault && !insideOptional;
  if (field.required !== required)
    problems.push(`${name}: required ${String(required)} in the schema, ${String(field.required)} in the CMS`);
  if (
    hasDefault &&
    defaultValue !== null &&
    !(
      typeof defaultValue === "object" &&
      !Array.isArray(defaultValue) &&
      Object.keys(defaultValue as object).length === 0
    )
  ) {
    if (JSON.stringify(field.default) !== JSON.stringify(defaultValue))
      problems.push(
        `${name}: default ${JSON.stringify(defaultValue)} in the schema, ${JSON.stringify(field.default)} in the CMS`,
      );
  }
  const mismatch = (value: unknown, accepted: boolean, decap: boolean) =>
    `${name}: ${JSON.stringify(value).slice(0, 40)} is ${accepted ? "accepted" : "refused"} by the schema, ${decap ? "accepted" : "refused"} by the CMS`;
  switch (shape.kind) {
    case "reference":
      if (field.widget !== "relation" || field.collection !== shape.collection || field.multiple)
        problems.push(
          `${name}: a reference to ${shape.collection}, the CMS offers ${field.collection ?? field.widget}`,
        );
      break;
    case "image":
      if (field.widget !== "image") problems.push(`${name}: an image, the CMS has a ${field.widget}`);
      break;
    case "date":
    case "string": {
      if (field.widget === "datetime" || shape.kind === "date") {
        if (
          field.widget !== "datetime" ||
          field.format !== "YYYY-MM-DD" ||
          !zodAccepts(inner, "2020-10-15") ||
          zodAccepts(inner, "2020-02-30")
        )
          problems.push(`${name}: not a calendar day`);
        break;
      }
      for (const value of stringProbes(shape, field)) {
        const accepted = zodAccepts(inner, value);
        const decap = decapAccepts(field, value);
        if (decap && !accepted) problems.push(mismatch(value, accepted, decap));
        else if (!decap && accepted && value === value.trim()) problems.push(mismatch(value, accepted, decap));
      }
      break;
    }
    case "number":
      if (field.widget !== "number") return [...problems, `${name}: a number, the CMS has a ${field.widget}`];
      for (const value of numberProbes(shape, field)) {
        const accepted = zodAccepts(inner, value);
        const decap = decapAccepts(field, value);
        if (accepted !== decap) problems.push(mismatch(value, accepted, decap));
      }
      if (zodAccepts(inner, 1.5) && field.value_type === "int")
        problems.push(`${name}: decimals allowed by the schema, not by the CMS`);
      break;
    case "enum": {
      const options = (field.options ?? []).map((option) => option.value);
      if (JSON.stringify(options) !== JSON.stringify(shape.options))
        problems.push(`${name}: options ${shape.options.join("/")} in the schema, ${options.join("/")} in the CMS`);
      break;
    }
    case "boolean":
      if (field.widget !== "boolean") problems.push(`${name}: a yes/no, the CMS has a ${field.widget}`);
      break;
    case "object":
      problems.push(...objectDisagreements(name, shape, field.fields ?? [], insideOptional || optional || hasDefault));
      break;
    case "array": {
      const { items, element } = shape;
      const [min, max] = [items.exact ?? items.min, items.exact ?? items.max];
      if (field.min !== min || field.max !== max)
        problems.push(
          `${name}: ${String(min)}–${String(max)} items in the schema, ${String(field.min)}–${String(field.max)} in the CMS`,
        );
      if (element.kind === "reference") {
        if (field.collection !== element.collection || !field.multiple)
          problems.push(`${name}: references to ${element.collection}, the CMS offers ${String(field.collection)}`);
      } else if (element.kind === "object") {
        problems.push(...objectDisagreements(name, element, field.fields ?? [], false));
      } else if (field.widget !== "list") {
        problems.push(`${name}: a list, the CMS has a ${field.widget}`);
      }
      break;
    }
    default:
      problems.push(`${name}: ${shape.typeName} has no CMS equivalent`);
  }
  return problems;
}

function objectDisagreements(name: string, shape: FieldShape, fields: DecapField[], insideOptional: boolean): string[] {
  const schemaFields = shape.kind === "object" ? shape.fields : [];
  const extra = fields.filter(
    (field) =>
      !schemaFields.some((known) => known.name === field.name) &&
      !(name.split(".").length === 1 && field.name === "body"),
  );
  return [
    ...schemaFields.flatMap((child) =>
      fieldDisagreements(
        `${name}.${child.name}`,
        child.shape,
        fields.find((field) => field.name === child.name),
        insideOptional,
      ),
    ),
    ...extra.map((field) => `${name}.${field.name}: in the CMS, not in the schema`),
  ];
}

/** Every disagreement between a config's collections and the schemas. */
function disagreements(collections: DecapCollection[], schemas: Schemas): string[] {
  return collections.flatMap((collection) =>
    objectDisagreements(
      collection.name,
      describeSchema(schemas[collection.name]),
      collection.fields ?? collection.files?.[0]?.fields ?? [],
      false,
    ),
  );
}

/** The schemas with one field of one collection replaced (or added), everything else as it is. */
function withField(
  collection: CollectionName,
  path: string[],
  replace: (old: z.ZodType | undefined) => z.ZodType,
): Schemas {
  const rebuild = (schema: z.ZodType, [head, ...rest]: string[]): z.ZodType => {
    const object = describeSchema(schema).schema as z.ZodObject;
    const child = object.shape[head as string];
    // `safeExtend`: the models' and people's objects carry cross-field rules, which `extend` refuses to keep.
    return object.safeExtend({
      [head as string]: rest.length === 0 ? replace(child) : rebuild(child as z.ZodType, rest),
    });
  };
  return { ...input.schemas, [collection]: rebuild(input.schemas[collection], path) };
}

/**
 * One schema field changed on its own, as someone might change it, and what regenerating the
 * config then does: follow it, or stop the build until someone supplies the Vietnamese words or
 * teaches the generator the rule.
 */
const MUTATIONS: [what: string, field: string, regenerating: "follows" | "refuses", schemas: () => Schemas][] = [
  [
    "a shorter maximum length",
    "models.title",
    "follows",
    () => withField("models", ["title"], () => z.string().trim().min(5).max(100)),
  ],
  [
    "a pattern on a length-limited text",
    "models.title",
    "follows",
    () =>
      withField("models", ["title"], () =>
        z
          .string()
          .trim()
          .min(5)
          .max(160)
          .regex(/^[^_~]*$/, "không dùng dấu _ hoặc ~"),
      ),
  ],
  [
    "a rule the CMS cannot express",
    "models.title",
    "refuses",
    () => withField("models", ["title"], () => z.string().trim().min(5).max(160).startsWith("Mô hình")),
  ],
  [
    "a longer minimum length",
    "models.summary",
    "follows",
    () => withField("models", ["summary"], () => z.string().trim().min(50).max(400)),
  ],
  [
    "a lower maximum",
    "documents.year",
    "follows",
    () => withField("documents", ["year"], () => z.number().int().min(1900).max(2030)),
  ],
  [
    "decimals allowed",
    "units.order",
    "follows",
    () => withField("units", ["order"], () => z.number().min(0).max(1000).default(100)),
  ],
  [
    "a new option",
    "models.field",
    "refuses",
    () =>
      withField("models", ["field"], () =>
        z.enum(["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "he-thong-chinh-tri", "moi-truong"]),
      ),
  ],
  [
    "a required field made optional",
    "models.registeredOn",
    "follows",
    () => withField("models", ["registeredOn"], (old) => (old as z.ZodType).optional()),
  ],
  [
    "an optional field made required",
    "models.updatedOn",
    "follows",
    () => withField("models", ["updatedOn"], () => z.iso.date()),
  ],
  ["a new field", "models.budget", "refuses", () => withField("models", ["budget"], () => z.string())],
  [
    "fewer photos allowed",
    "models.gallery",
    "follows",
    () =>
      withField("models", ["gallery"], (old) =>
        z
          .array((describeSchema(old as z.ZodType).schema as z.ZodArray).element)
          .max(6)
          .default([]),
      ),
  ],
  [
    "a reference to another collection",
    "models.replicatedFrom",
    "follows",
    () => withField("models", ["replicatedFrom"], () => ref("people").optional()),
  ],
  [
    "a stricter file name",
    "documents.pdf",
    "follows",
    () =>
      withField("documents", ["pdf"], () =>
        z
          .string()
          .regex(/^\/van-ban\/[a-z-]+\.pdf$/)
          .optional(),
      ),
  ],
  [
    "a looser phone number",
    "settings.pressContact.phone",
    "follows",
    () => withField("settings", ["pressContact", "phone"], () => z.string().regex(/^[0-9 .+()-]{4,20}$/)),
  ],
  [
    "a new default",
    "models.status",
    "follows",
    () => withField("models", ["status"], () => z.enum(["registered", "building", "recognised"]).default("building")),
  ],
];

/** The written config with one field of one collection changed (or removed, or added), as a hand edit might. */
function withConfigField(
  collection: CollectionName,
  path: string[],
  change: (field: DecapField | undefined) => DecapField | undefined,
): DecapCollection[] {
  const collections = writtenConfig(input.schemas);
  const found = collections.find((candidate) => candidate.name === collection);
  const edit = (fields: DecapField[], [head, ...rest]: string[]): DecapField[] => {
    const at = fields.findIndex((field) => field.name === head);
    if (rest.length > 0) {
      const parent = fields[at] as DecapField;
      return fields.with(at, { ...parent, fields: edit(parent.fields ?? [], rest) });
    }
    const changed = change(fields[at]);
    if (at === -1) return changed ? [...fields, changed] : fields;
    return changed ? fields.with(at, changed) : fields.toSpliced(at, 1);
  };
  if (found?.fields) found.fields = edit(found.fields, path);
  else if (found?.files?.[0]) found.files[0].fields = edit(found.files[0].fields, path);
  return collections;
}

/** A field of the written config, changed in place: `{ ...field, ...override }`. */
const overriding =
  (override: Partial<DecapField>) =>
  (field: DecapField | undefined): DecapField =>
    ({ ...field, ...override }) as DecapField;

/**
 * The other side: one field of the config changed on its own (by hand, or by a generator that
 * went wrong), each kind of drift the check is there to catch.
 */
const CONFIG_DRIFTS: [what: string, field: string, config: () => DecapCollection[]][] = [
  ["a field missing", "models.title", () => withConfigField("models", ["title"], () => undefined)],
  [
    "a field the schema does not have",
    "models.budget",
    () =>
      withConfigField("models", ["budget"], () => ({
        name: "budget",
        label: "Kinh phí",
        widget: "string",
        required: false,
      })),
  ],
  [
    "a required field left optional",
    "models.registeredOn",
    () => withConfigField("models", ["registeredOn"], overriding({ required: false })),
  ],
  [
    "an optional field made required",
    "models.updatedOn",
    () => withConfigField("models", ["updatedOn"], overriding({ required: true })),
  ],
  [
    "a looser length",
    "models.title",
    () =>
      withConfigField("models", ["title"], (field) => ({
        ...(field as DecapField),
        pattern: ["^[\\s\\S]{1,160}$", "?"],
      })),
  ],
  [
    "a stricter form",
    "documents.pdf",
    () => withConfigField("documents", ["pdf"], overriding({ pattern: ["^\\/van-ban\\/[a-z]+\\.pdf$", "?"] })),
  ],
  [
    "a looser form in a nested field",
    "settings.pressContact.phone",
    () => withConfigField("settings", ["pressContact", "phone"], overriding({ pattern: ["^.{4,20}$", "?"] })),
  ],
  [
    "a relation to another collection",
    "models.unit",
    () => withConfigField("models", ["unit"], overriding({ collection: "campaigns" })),
  ],
  ["one relation made many", "models.unit", () => withConfigField("models", ["unit"], overriding({ multiple: true }))],
  [
    "a list of relations to another collection",
    "news.relatedModels",
    () => withConfigField("news", ["relatedModels"], overriding({ collection: "people" })),
  ],
  [
    "an option missing",
    "models.field",
    () =>
      withConfigField("models", ["field"], (field) => ({
        ...(field as DecapField),
        options: field?.options?.slice(1) ?? [],
      })),
  ],
  [
    "another default",
    "models.status",
    () => withConfigField("models", ["status"], overriding({ default: "building" })),
  ],
  ["a wider number range", "documents.year", () => withConfigField("documents", ["year"], overriding({ max: 2200 }))],
  ["decimals allowed", "units.order", () => withConfigField("units", ["order"], overriding({ value_type: "float" }))],
  ["more photos allowed", "models.gallery", () => withConfigField("models", ["gallery"], overriding({ max: 24 }))],
  [
    "an image as text",
    "models.cover.src",
    () => withConfigField("models", ["cover", "src"], overriding({ widget: "string" })),
  ],
  [
    "a calendar day as text",
    "models.registeredOn",
    () =>
      withConfigField("models", ["registeredOn"], (field) => ({
        name: "registeredOn",
        label: field?.label ?? "",
        widget: "string",
        required: true,
      })),
  ],
  [
    "a yes/no as text",
    "models.featured",
    () => withConfigField("models", ["featured"], overriding({ widget: "string" })),
  ],
  [
    "a number as text",
    "documents.year",
    () => withConfigField("documents", ["year"], overriding({ widget: "string" })),
  ],
];

describe("the CMS config agrees with the schemas", () => {
  it("field by field, value by value", () => {
    expect(disagreements(writtenConfig(input.schemas), input.schemas)).toEqual([]);
  });

  it.each(CONFIG_DRIFTS)("and not once the config alone has %s (%s)", (_what, field, drifted) => {
    const found = disagreements(drifted(), input.schemas);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((problem) => problem.startsWith(`${field}:`) || problem.startsWith(`${field}.`))).toBe(true);
  });

  it.each(MUTATIONS)("and not once %s is made to the schema alone (%s)", (_what, field, _regenerating, mutated) => {
    const found = disagreements(writtenConfig(input.schemas), mutated());
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((problem) => problem.startsWith(`${field}:`) || problem.startsWith(`${field}.`))).toBe(true);
  });

  it.each(MUTATIONS.filter(([, , regenerating]) => regenerating === "follows"))(
    "regenerating the config follows %s",
    (_what, _field, _regenerating, mutated) => {
      const schemas = mutated();
      expect(disagreements(collectionsFromSchemas({ ...input, schemas }), schemas)).toEqual([]);
    },
  );

  it.each(MUTATIONS.filter(([, , regenerating]) => regenerating === "refuses"))(
    "regenerating refuses %s, naming the field",
    (_what, field, _regenerating, mutated) => {
      expect(() => collectionsFromSchemas({ ...input, schemas: mutated() })).toThrow(field);
    },
  );
});
