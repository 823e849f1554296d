import { z } from "astro/zod";
import { schemasFor } from "../../schemas";
import type { CollectionName } from "../../schemas/shared";
import { describeSchema, valuesIn, type FieldShape } from "../../schemas/walk";
import { PARSE_IN_VIETNAMESE, englishFor, issuePath } from "../zod-messages";
import type { DataPath } from "./types";

/**
 * Everything of the gate that touches zod: the schemas, validation with the Vietnamese
 * messages, and where references and images are, asked of the schema walker
 * (src/schemas/walk.ts, the one module that reads zod's internals). Kept apart so that a change
 * of zod's API stays in this file.
 */

/** The schemas of every collection, and each one's description by the walker, made once. */
export interface GateSchemas {
  schemaOf: (collection: CollectionName) => z.ZodType;
  shapeOf: (collection: CollectionName) => FieldShape;
}

/** The schemas with an image as its path: the gate checks the file itself (see `images.ts`). */
export function gateSchemas(): GateSchemas {
  const schemas = schemasFor({ image: () => z.string() });
  const shapes = new Map<CollectionName, FieldShape>();
  return {
    schemaOf: (collection) => schemas[collection],
    shapeOf: (collection) => {
      if (!shapes.has(collection)) shapes.set(collection, describeSchema(schemas[collection]));
      return shapes.get(collection) as FieldShape;
    },
  };
}

/** One way the data breaks its schema. */
export interface SchemaIssue {
  path: DataPath;
  vi: string;
  en: string;
  /** Text was expected but YAML read a number: the message then quotes what was typed. */
  numberForText: boolean;
  /** The field is required and absent. */
  missing: boolean;
}

/** Validates data against its schema: the data with defaults filled in, or every issue. */
export function validate(
  schema: z.ZodType,
  raw: unknown,
): { ok: true; data: Record<string, unknown> } | { ok: false; issues: SchemaIssue[] } {
  const parsed = schema.safeParse(raw, PARSE_IN_VIETNAMESE);
  if (parsed.success) return { ok: true, data: parsed.data as Record<string, unknown> };
  return {
    ok: false,
    issues: parsed.error.issues.flatMap((issue) => {
      const at = issuePath(issue);
      const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...at, key]) : [at];
      return paths.map((path) => ({
        path,
        vi: issue.message,
        en: `${path.join(".") || "entry"}: ${englishFor(issue)}`,
        numberForText: issue.code === "invalid_type" && issue.expected === "string" && typeof issue.input === "number",
        missing: issue.code === "invalid_type" && issue.input === undefined,
      }));
    }),
  };
}

/** Every image path of an entry's data, with its field. */
export function* imagesIn(shape: FieldShape, data: unknown): Generator<{ path: DataPath; src: string }> {
  for (const { path, value } of valuesIn(shape, data, "image")) {
    if (typeof value === "string") yield { path, src: value };
  }
}

/** Every reference of an entry's data, with its field and the collection it points into. */
export function* referencesIn(
  shape: FieldShape,
  data: unknown,
): Generator<{ path: DataPath; collection: CollectionName; id: string }> {
  for (const { path, shape: field, value } of valuesIn(shape, data, "reference")) {
    yield { path, collection: field.collection, id: String(value) };
  }
}
