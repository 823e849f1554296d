import { z, type ZodTypeAny } from "astro/zod";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ref, referenceTargets, type CollectionName } from "../src/schemas/shared";
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

type Schemas = Record<CollectionName, ZodTypeAny>;

const input = cmsInput();
const writtenConfig = (schemas: Schemas): DecapCollection[] =>
  (parse(stringify(decapConfig({}, { ...input, schemas }))) as { collections: DecapCollection[] }).collections;

interface Def {
  typeName: string;
  innerType: ZodTypeAny;
  schema: ZodTypeAny;
  type: ZodTypeAny;
  values: string[];
  shape: () => Record<string, ZodTypeAny>;
  defaultValue: () => unknown;
  minLength: { value: number } | null;
  maxLength: { value: number } | null;
  exactLength: { value: number } | null;
  checks?: { kind: string; value?: number }[];
}
const def = (schema: ZodTypeAny) => schema._def as Def;
const isMarker = (schema: ZodTypeAny) => referenceTargets.has(schema) || input.isImage(schema);

/** A schema without optional, nullable, default and refinement wrappers, and what they said. */
function peel(schema: ZodTypeAny) {
  let optional = false;
  let defaultValue: unknown;
  let hasDefault = false;
  while (!isMarker(schema)) {
    const { typeName } = def(schema);
    if (typeName === "ZodOptional" || typeName === "ZodNullable") optional = true;
    else if (typeName === "ZodDefault") {
      if (!hasDefault) defaultValue = def(schema).defaultValue();
      hasDefault = true;
    } else if (typeName !== "ZodEffects") break;
    schema = typeName === "ZodEffects" ? def(schema).schema : def(schema).innerType;
  }
  return { schema, optional, hasDefault, defaultValue };
}

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

/** The limits either side states: zod's checks, and the counts in Decap's pattern. */
function limitsOf(schema: ZodTypeAny, field: DecapField): number[] {
  const fromSchema = (def(schema).checks ?? []).flatMap((check) => (check.value === undefined ? [] : [check.value]));
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
function stringProbes(schema: ZodTypeAny, field: DecapField): string[] {
  const lengths = [1, 2, 3, ...limitsOf(schema, field).flatMap((limit) => [limit - 1, limit, limit + 1])].filter(
    (length) => length > 0,
  );
  return [
    ...lengths.map((length) => "a".repeat(length)),
    ...lengths.map((length) => `  ${"đ".repeat(length)}  `),
    ...FORMS,
  ];
}

function numberProbes(schema: ZodTypeAny, field: DecapField): number[] {
  const around = (value: number) => [value - 1, value - 0.5, value, value + 0.5, value + 1];
  const probes = [0, 1, 2, 1.5, 20.25, 105.97, 1900, 2020, ...limitsOf(schema, field).flatMap(around)];
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

const zodAccepts = (schema: ZodTypeAny, value: unknown) => schema.safeParse(value).success;

function fieldDisagreements(
  name: string,
  schema: ZodTypeAny,
  field: DecapField | undefined,
  insideOptional: boolean,
): string[] {
  if (!field) return [`${name}: not in the CMS`];
  const { schema: inner, optional, hasDefault, defaultValue } = peel(schema);
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
  const target = referenceTargets.get(inner);
  if (target) {
    if (field.widget !== "relation" || field.collection !== target || field.multiple)
      problems.push(`${name}: a reference to ${target}, the CMS offers ${field.collection ?? field.widget}`);
    return problems;
  }
  if (input.isImage(inner))
    return field.widget === "image" ? problems : [...problems, `${name}: an image, the CMS has a ${field.widget}`];
  const { typeName } = def(inner);
  const mismatch = (value: unknown, accepted: boolean, decap: boolean) =>
    `${name}: ${JSON.stringify(value).slice(0, 40)} is ${accepted ? "accepted" : "refused"} by the schema, ${decap ? "accepted" : "refused"} by the CMS`;
  switch (typeName) {
    case "ZodString": {
      if (field.widget === "datetime") {
        if (field.format !== "YYYY-MM-DD" || !zodAccepts(inner, "2020-10-15") || zodAccepts(inner, "2020-02-30"))
          problems.push(`${name}: not a calendar day`);
        break;
      }
      for (const value of stringProbes(inner, field)) {
        const accepted = zodAccepts(inner, value);
        const decap = decapAccepts(field, value);
        if (decap && !accepted) problems.push(mismatch(value, accepted, decap));
        else if (!decap && accepted && value === value.trim()) problems.push(mismatch(value, accepted, decap));
      }
      break;
    }
    case "ZodNumber":
      if (field.widget !== "number") return [...problems, `${name}: a number, the CMS has a ${field.widget}`];
      for (const value of numberProbes(inner, field)) {
        const accepted = zodAccepts(inner, value);
        const decap = decapAccepts(field, value);
        if (accepted !== decap) problems.push(mismatch(value, accepted, decap));
      }
      if (zodAccepts(inner, 1.5) && field.value_type === "int")
        problems.push(`${name}: decimals allowed by the schema, not by the CMS`);
      break;
    case "ZodEnum": {
      const options = (field.options ?? []).map((option) => option.value);
      if (JSON.stringify(options) !== JSON.stringify(def(inner).values))
        problems.push(`${name}: options ${def(inner).values.join("/")} in the schema, ${options.join("/")} in the CMS`);
      break;
    }
    case "ZodBoolean":
      if (field.widget !== "boolean") problems.push(`${name}: a yes/no, the CMS has a ${field.widget}`);
      break;
    case "ZodObject":
      problems.push(...objectDisagreements(name, inner, field.fields ?? [], insideOptional || optional || hasDefault));
      break;
    case "ZodArray": {
      const { minLength, maxLength, exactLength } = def(inner);
      const [min, max] = [exactLength?.value ?? minLength?.value, exactLength?.value ?? maxLength?.value];
      if (field.min !== min || field.max !== max)
        problems.push(
          `${name}: ${String(min)}–${String(max)} items in the schema, ${String(field.min)}–${String(field.max)} in the CMS`,
        );
      const element = peel(def(inner).type).schema;
      const elementTarget = referenceTargets.get(element);
      if (elementTarget) {
        if (field.collection !== elementTarget || !field.multiple)
          problems.push(`${name}: references to ${elementTarget}, the CMS offers ${String(field.collection)}`);
      } else if (def(element).typeName === "ZodObject") {
        problems.push(...objectDisagreements(name, element, field.fields ?? [], false));
      } else if (field.widget !== "list") {
        problems.push(`${name}: a list, the CMS has a ${field.widget}`);
      }
      break;
    }
    default:
      problems.push(`${name}: ${typeName} has no CMS equivalent`);
  }
  return problems;
}

function objectDisagreements(
  name: string,
  schema: ZodTypeAny,
  fields: DecapField[],
  insideOptional: boolean,
): string[] {
  const shape = def(peel(schema).schema).shape();
  const extra = fields.filter(
    (field) => !(field.name in shape) && !(name.split(".").length === 1 && field.name === "body"),
  );
  return [
    ...Object.entries(shape).flatMap(([key, child]) =>
      fieldDisagreements(
        `${name}.${key}`,
        child,
        fields.find((field) => field.name === key),
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
      schemas[collection.name],
      collection.fields ?? collection.files?.[0]?.fields ?? [],
      false,
    ),
  );
}

/** The schemas with one field of one collection replaced (or added), everything else as it is. */
function withField(
  collection: CollectionName,
  path: string[],
  replace: (old: ZodTypeAny | undefined) => ZodTypeAny,
): Schemas {
  const rebuild = (schema: ZodTypeAny, [head, ...rest]: string[]): ZodTypeAny => {
    const object = peel(schema).schema as z.AnyZodObject;
    const child = object.shape[head as string] as ZodTypeAny | undefined;
    return object.extend({ [head as string]: rest.length === 0 ? replace(child) : rebuild(child as ZodTypeAny, rest) });
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
    () => withField("models", ["registeredOn"], (old) => (old as ZodTypeAny).optional()),
  ],
  [
    "an optional field made required",
    "models.updatedOn",
    "follows",
    () => withField("models", ["updatedOn"], () => z.string().date()),
  ],
  ["a new field", "models.budget", "refuses", () => withField("models", ["budget"], () => z.string())],
  [
    "fewer photos allowed",
    "models.gallery",
    "follows",
    () =>
      withField("models", ["gallery"], (old) =>
        z
          .array(def(peel(old as ZodTypeAny).schema).type)
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

describe("the CMS config agrees with the schemas", () => {
  it("field by field, value by value", () => {
    expect(disagreements(writtenConfig(input.schemas), input.schemas)).toEqual([]);
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
