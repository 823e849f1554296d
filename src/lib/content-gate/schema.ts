import { z, type ZodTypeAny } from "astro/zod";
import { schemasFor } from "../../schemas";
import { referenceTargets, type CollectionName } from "../../schemas/shared";
import { englishFor, vietnameseErrorMap } from "../zod-messages";
import type { DataPath } from "./types";

/**
 * Everything of the gate that touches zod: the schemas with an image stand-in, validation with
 * the Vietnamese error map, and the walk that finds references. Kept apart so that a change of
 * zod's API stays in this file.
 */

/**
 * The schemas of every collection; `image` is told of each photo path with its field, and the
 * gate checks the file itself (see `images.ts`).
 */
export function gateSchemas(image: (src: string, path: DataPath) => void): Record<CollectionName, ZodTypeAny> {
  return schemasFor({
    image: () =>
      z.string().superRefine((src, ctx) => {
        image(src, ctx.path);
      }),
  });
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
  schema: ZodTypeAny,
  raw: unknown,
): { ok: true; data: Record<string, unknown> } | { ok: false; issues: SchemaIssue[] } {
  const parsed = schema.safeParse(raw, { errorMap: vietnameseErrorMap });
  if (parsed.success) return { ok: true, data: parsed.data as Record<string, unknown> };
  return {
    ok: false,
    issues: parsed.error.issues.flatMap((issue) => {
      const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      return paths.map((path) => ({
        path,
        vi: issue.message,
        en: `${path.join(".") || "entry"}: ${englishFor(issue)}`,
        numberForText: issue.code === "invalid_type" && issue.expected === "string" && issue.received === "number",
        missing: issue.code === "invalid_type" && issue.received === "undefined",
      }));
    }),
  };
}

/** Walks a schema beside its data and yields every reference found, with its data path. */
export function* referencesIn(
  schema: ZodTypeAny,
  data: unknown,
  path: DataPath = [],
): Generator<{ path: DataPath; collection: CollectionName; id: string }> {
  const target = referenceTargets.get(schema);
  if (target && typeof data === "string") {
    yield { path, collection: target, id: data };
    return;
  }
  const def = schema._def as { typeName?: string; schema?: ZodTypeAny; innerType?: ZodTypeAny; type?: ZodTypeAny };
  switch (def.typeName) {
    case "ZodEffects":
      if (def.schema) yield* referencesIn(def.schema, data, path);
      return;
    case "ZodOptional":
    case "ZodNullable":
    case "ZodDefault":
      if (def.innerType) yield* referencesIn(def.innerType, data, path);
      return;
    case "ZodArray":
      if (def.type && Array.isArray(data)) {
        for (const [index, item] of data.entries()) yield* referencesIn(def.type, item, [...path, index]);
      }
      return;
    case "ZodObject":
      if (data && typeof data === "object") {
        const shape = (schema as z.AnyZodObject).shape as Record<string, ZodTypeAny>;
        for (const [key, child] of Object.entries(shape)) {
          yield* referencesIn(child, (data as Record<string, unknown>)[key], [...path, key]);
        }
      }
      return;
    default:
      return;
  }
}
