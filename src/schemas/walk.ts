import { z } from "astro/zod";
import type { CollectionName } from "./collections";

/**
 * The schema walker: describes a zod schema field by field (kind, optional or not, default,
 * bounds, options, references, images), so that the content gate, the CMS config generator and
 * the tests can ask what a field is without knowing how zod stores it. It is the ONLY module
 * that reads zod's internals (`_zod.def`); a zod upgrade changes this file and no other
 * (`walk.test.ts` fails when another file reads them).
 */

/** Schemas that name an entry of a collection by its id (`ref()` in `shared.ts`). */
const references = z.registry<{ collection: CollectionName }>();

/** Schemas that are a photo's image file (`image()` of Astro, or a stand-in outside Astro). */
const images = z.registry<{ image: true }>();

/** Marks `schema` as a reference to an entry of `collection`; copies made from it keep the mark. */
export function markReference<T extends z.ZodType>(schema: T, collection: CollectionName): T {
  references.add(schema, { collection });
  return schema;
}

/** Marks `schema` as an image file; copies made from it keep the mark. */
export function markImage<T extends z.ZodType>(schema: T): T {
  images.add(schema, { image: true });
  return schema;
}

/** Inclusive limits of a length or a count. */
export interface Bounds {
  min?: number;
  max?: number;
  /** `.length(n)`: exactly this many. */
  exact?: number;
}

/** A number's limit, and whether the limit itself is allowed (`.min()`) or not (`.positive()`). */
export interface NumberBound {
  value: number;
  inclusive: boolean;
}

/** A form the text must have: a regular expression or a named format such as `email`. */
export interface TextForm {
  /** `regex`, `email`, `url`… */
  name: string;
  /** The expression zod tests, when it tests one (a `url` is parsed instead). */
  pattern?: RegExp;
  /** The schema's own message when the form is wrong. */
  message?: string;
}

interface ShapeBase {
  /** zod's name of the type, for messages: `ZodString`, `ZodDate`. */
  typeName: string;
  /** The schema inside its wrappers (optional, nullable, default…): what a value is checked against. */
  schema: z.ZodType;
  /** `undefined` is accepted (`.optional()`). */
  optional: boolean;
  /** `null` is accepted (`.nullable()`). */
  nullable: boolean;
  /** What zod puts in place of a missing value: the outermost `.default()`. */
  default?: { value: unknown };
  /**
   * Every rule of the field by the name of the zod method that adds it (`trim`, `min`, `regex`,
   * `startsWith`, `int`, `multipleOf`…), described or not: a consumer that cannot express one
   * of them should refuse the schema rather than drop the rule.
   */
  rules: readonly string[];
  /** Has rules of its own code (`.refine()`, `.superRefine()`), which no description can carry. */
  refined: boolean;
}

/** One field's description; `kind` says which of the parts below it has. */
export type FieldShape = ShapeBase &
  (
    | { kind: "string"; trimmed: boolean; length: Bounds; forms: TextForm[] }
    /** A calendar day written `YYYY-MM-DD`, kept as text. */
    | { kind: "date" }
    | { kind: "number"; integer: boolean; min?: NumberBound; max?: NumberBound }
    | { kind: "boolean" }
    | { kind: "enum"; options: readonly (string | number)[] }
    | { kind: "literal"; values: readonly unknown[] }
    /** The id of an entry of `collection`. */
    | { kind: "reference"; collection: CollectionName }
    /** An image file, by its path. */
    | { kind: "image" }
    /** `strict`: keys that are not fields are refused. */
    | { kind: "object"; fields: Field[]; strict: boolean }
    | { kind: "array"; element: FieldShape; items: Bounds }
    | { kind: "union"; variants: FieldShape[] }
    | { kind: "intersection"; parts: FieldShape[] }
    | { kind: "tuple"; items: FieldShape[] }
    | { kind: "record"; value: FieldShape }
    /** Anything else (`z.date()`, `z.any()`…): see `typeName`. */
    | { kind: "other" }
  );

export type FieldKind = FieldShape["kind"];

/** A named field of an object. */
export interface Field {
  name: string;
  shape: FieldShape;
}

/** What zod keeps of a schema or a check: its definition. Only this file reads it. */
interface Def {
  type?: string;
  check?: string;
  format?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  defaultValue?: unknown;
  checks?: readonly { _zod: { def: Def } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  options?: readonly z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  items?: readonly z.ZodType[];
  valueType?: z.ZodType;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  tx?: (value: unknown) => unknown;
  error?: (issue: unknown) => unknown;
}

const defOf = (schema: z.ZodType | { _zod: { def: Def } }): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The wrappers that say something about the value around a schema, and what is inside. */
function peel(schema: z.ZodType): Pick<ShapeBase, "schema" | "optional" | "nullable" | "default"> {
  let current = schema;
  let optional = false;
  let nullable = false;
  let fallback: ShapeBase["default"];
  for (;;) {
    if (references.get(current) || images.get(current)) break;
    const def = defOf(current);
    if (def.type === "optional") optional = true;
    else if (def.type === "nullable") nullable = true;
    else if (def.type === "default" || def.type === "prefault") fallback ??= { value: def.defaultValue };
    else if (def.type === "nonoptional") optional = false;
    else if (def.type !== "readonly" && def.type !== "catch" && def.type !== "pipe" && def.type !== "lazy") break;
    // A transform's input is what is written; what it becomes is the code's business.
    current = def.type === "pipe" ? def.in! : def.type === "lazy" ? def.getter!() : def.innerType!;
  }
  return { schema: current, optional, nullable, ...(fallback ? { default: fallback } : {}) };
}

/** The schema's own message for a failed rule, when it has a fixed one. */
function messageOf(def: Def, issue: object): string | undefined {
  const said = def.error?.(issue);
  if (typeof said === "string") return said;
  const message = (said as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/** zod method names of the text formats that have one of their own. */
const FORM_RULES: Readonly<Record<string, string>> = {
  starts_with: "startsWith",
  ends_with: "endsWith",
  includes: "includes",
};

/** What an `.overwrite()` does, found by trying it: `.trim()`, `.toLowerCase()`… */
function overwriteRule(def: Def): string {
  const written = def.tx?.("  Ab ");
  if (written === "Ab") return "trim";
  if (written === "  ab ") return "toLowerCase";
  if (written === "  AB ") return "toUpperCase";
  return "overwrite";
}

interface Read {
  rules: string[];
  refined: boolean;
  length: Bounds;
  forms: TextForm[];
  trimmed: boolean;
  integer: boolean;
  min?: NumberBound;
  max?: NumberBound;
}

/** Reads a format that is part of the schema itself (`z.email()`, `z.iso.date()`, `z.int()`). */
function readFormat(def: Def, read: Read): void {
  if (!def.format) return;
  if (def.type === "number") {
    read.integer = true;
    read.rules.push("int");
    return;
  }
  const name = def.format === "regex" ? "regex" : (FORM_RULES[def.format] ?? def.format);
  read.rules.push(name);
  const message = messageOf(def, { code: "invalid_format", format: def.format, input: "" });
  read.forms.push({
    name,
    ...(def.pattern ? { pattern: def.pattern } : {}),
    ...(message !== undefined ? { message } : {}),
  });
}

/** Reads the checks of a schema into rules, bounds and forms. */
function readChecks(schema: z.ZodType): Read {
  const def = defOf(schema);
  const read: Read = { rules: [], refined: false, length: {}, forms: [], trimmed: false, integer: false };
  readFormat(def, read);
  for (const check of def.checks ?? []) {
    const rule = check._zod.def;
    switch (rule.check) {
      case "custom":
        read.refined = true;
        break;
      case "overwrite": {
        const name = overwriteRule(rule);
        if (name === "trim") read.trimmed = true;
        read.rules.push(name);
        break;
      }
      case "min_length":
        read.length.min = Math.max(read.length.min ?? 0, rule.minimum ?? 0);
        read.rules.push("min");
        break;
      case "max_length":
        read.length.max = Math.min(read.length.max ?? Infinity, rule.maximum ?? Infinity);
        read.rules.push("max");
        break;
      case "length_equals":
        read.length.exact = rule.length ?? 0;
        read.rules.push("length");
        break;
      case "string_format":
      case "number_format":
        readFormat({ ...rule, type: def.type ?? "" }, read);
        break;
      case "greater_than":
        read.min = { value: rule.value ?? 0, inclusive: rule.inclusive ?? true };
        read.rules.push(read.min.inclusive ? "min" : "gt");
        break;
      case "less_than":
        read.max = { value: rule.value ?? 0, inclusive: rule.inclusive ?? true };
        read.rules.push(read.max.inclusive ? "max" : "lt");
        break;
      case "multiple_of":
        read.rules.push("multipleOf");
        break;
      default:
        read.rules.push(rule.check ?? "?");
    }
  }
  return read;
}

/** The name zod gives the type in its classes: `ZodString`, `ZodDate`. */
function typeNameOf(type: string): string {
  return `Zod${type
    .split("_")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("")}`;
}

/** Describes a schema: the field it stands for, with its wrappers, rules and parts. */
export function describeSchema(schema: z.ZodType): FieldShape {
  const peeled = peel(schema);
  const inner = peeled.schema;
  const def = defOf(inner);
  const read = readChecks(inner);
  const base: ShapeBase = {
    typeName: typeNameOf(def.type ?? "unknown"),
    ...peeled,
    rules: read.rules,
    refined: read.refined,
  };
  const collection = references.get(inner)?.collection;
  if (collection) return { ...base, kind: "reference", collection };
  if (images.get(inner)) return { ...base, kind: "image" };
  switch (def.type) {
    case "string":
      if (read.forms.some((form) => form.name === "date")) return { ...base, kind: "date" };
      return { ...base, kind: "string", trimmed: read.trimmed, length: read.length, forms: read.forms };
    case "number":
      return {
        ...base,
        kind: "number",
        integer: read.integer,
        ...(read.min ? { min: read.min } : {}),
        ...(read.max ? { max: read.max } : {}),
      };
    case "boolean":
      return { ...base, kind: "boolean" };
    case "enum":
      return { ...base, kind: "enum", options: Object.values(def.entries ?? {}) };
    case "literal":
      return { ...base, kind: "literal", values: def.values ?? [] };
    case "object":
      return {
        ...base,
        kind: "object",
        fields: Object.entries(def.shape ?? {}).map(([name, child]) => ({ name, shape: describeSchema(child) })),
        strict: def.catchall !== undefined && defOf(def.catchall).type === "never",
      };
    case "array":
      return { ...base, kind: "array", element: describeSchema(def.element!), items: read.length };
    case "union":
      return { ...base, kind: "union", variants: (def.options ?? []).map(describeSchema) };
    case "intersection":
      return { ...base, kind: "intersection", parts: [describeSchema(def.left!), describeSchema(def.right!)] };
    case "tuple":
      return { ...base, kind: "tuple", items: (def.items ?? []).map(describeSchema) };
    case "record":
      return { ...base, kind: "record", value: describeSchema(def.valueType!) };
    default:
      return { ...base, kind: "other" };
  }
}

/** A field found anywhere in a schema, with the names that lead to it (list items add none). */
export interface FieldAt {
  path: string[];
  shape: FieldShape;
}

/** Every named field of a description, depth first, through objects, lists, unions and records. */
export function* fieldsIn(shape: FieldShape, path: string[] = []): Generator<FieldAt> {
  switch (shape.kind) {
    case "object":
      for (const field of shape.fields) {
        const at = [...path, field.name];
        yield { path: at, shape: field.shape };
        yield* fieldsIn(field.shape, at);
      }
      return;
    case "array":
      yield* fieldsIn(shape.element, path);
      return;
    case "union":
      for (const variant of shape.variants) yield* fieldsIn(variant, path);
      return;
    case "intersection":
      for (const part of shape.parts) yield* fieldsIn(part, path);
      return;
    case "tuple":
      for (const item of shape.items) yield* fieldsIn(item, path);
      return;
    case "record":
      yield* fieldsIn(shape.value, path);
      return;
    default:
      return;
  }
}

/** The field of an object description by name. */
export function fieldNamed(shape: FieldShape, name: string): FieldShape | undefined {
  return shape.kind === "object" ? shape.fields.find((field) => field.name === name)?.shape : undefined;
}

/** A value found in an entry's data at a field of a given kind, with its place in the data. */
export interface ValueAt<Shape extends FieldShape> {
  path: (string | number)[];
  shape: Shape;
  value: unknown;
}

/**
 * Every value of `data` that sits at a field of kind `kind` (every reference, every image),
 * found by walking the description beside the data; list items add their index to the path.
 */
export function* valuesIn<Kind extends FieldKind>(
  shape: FieldShape,
  data: unknown,
  kind: Kind,
  path: (string | number)[] = [],
): Generator<ValueAt<Extract<FieldShape, { kind: Kind }>>> {
  if (data === undefined || data === null) return;
  if (shape.kind === kind) {
    yield { path, shape: shape as Extract<FieldShape, { kind: Kind }>, value: data };
  } else if (shape.kind === "array" && Array.isArray(data)) {
    for (const [index, item] of data.entries()) yield* valuesIn(shape.element, item, kind, [...path, index]);
  } else if (shape.kind === "object" && typeof data === "object") {
    for (const field of shape.fields) {
      yield* valuesIn(field.shape, (data as Record<string, unknown>)[field.name], kind, [...path, field.name]);
    }
  }
}
