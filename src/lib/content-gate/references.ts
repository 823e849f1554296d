import type { ZodTypeAny } from "astro/zod";
import type { CollectionName } from "../../schemas/shared";
import type { GateProblem } from "./report";
import { referencesIn } from "./schema";
import type { CheckedEntry, DataPath } from "./types";

/**
 * Every reference of a published entry must point at an entry that exists and is published
 * too: a link to a draft or to a person without consent would print their name.
 */
export function referenceProblems(
  entries: CheckedEntry[],
  schemas: Record<CollectionName, ZodTypeAny>,
  lineOf: (entry: CheckedEntry, field: DataPath) => number | undefined,
): GateProblem[] {
  const problems: GateProblem[] = [];
  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  for (const entry of entries) {
    if (!entry.publishable) continue;
    for (const reference of referencesIn(schemas[entry.collection], entry.data)) {
      const target = byKey.get(`${reference.collection}/${reference.id}`);
      const field = reference.path.join(".");
      const line = lineOf(entry, reference.path);
      if (!target) {
        problems.push({
          severity: "error",
          file: entry.path,
          field,
          line,
          vi: `không có mục “${reference.id}” trong ${reference.collection}`,
          en: `${field} points at "${reference.id}", which does not exist in ${reference.collection}`,
        });
      } else if (!target.publishable) {
        problems.push({
          severity: "error",
          file: entry.path,
          field,
          line,
          vi: `mục “${reference.id}” chưa được công bố (bản nháp hoặc không có đồng ý) nên không thể liên kết`,
          en: `${field} points at "${reference.id}", which is not published`,
        });
      }
    }
  }
  return problems;
}
