import type { Unit } from "../../schemas/unit";
import { historyProblems } from "../unit-history";
import type { GateProblem } from "./report";
import { referencesIn, type GateSchemas } from "./schema";
import type { CheckedEntry, DataPath } from "./types";

/**
 * Every reference of a published entry must point at an entry that exists and is published
 * too: a link to a draft or to a person without consent would print their name.
 */
export function referenceProblems(
  entries: CheckedEntry[],
  schemas: GateSchemas,
  lineOf: (entry: CheckedEntry, field: DataPath) => number | undefined,
): GateProblem[] {
  const problems: GateProblem[] = [];
  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  for (const entry of entries) {
    if (!entry.publishable) continue;
    for (const reference of referencesIn(schemas.shapeOf(entry.collection), entry.data)) {
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

/** Dates and links across unit files (successors, parents) that no single file can check. */
export function unitHistoryProblems(
  entries: CheckedEntry[],
  lineOf: (entry: CheckedEntry, field: DataPath) => number | undefined,
): GateProblem[] {
  const units = entries.filter((entry) => entry.collection === "units");
  const byId = new Map(units.map((entry) => [entry.id, entry]));
  return historyProblems(units.map((entry) => ({ id: entry.id, ...(entry.data as Unit) }))).map((problem) => {
    const entry = byId.get(problem.unit);
    return {
      severity: "error",
      file: entry?.path ?? problem.unit,
      field: problem.field,
      line: entry ? lineOf(entry, [problem.field]) : undefined,
      vi: problem.message,
      en: problem.en,
    };
  });
}
