import type { CollectionName } from "../../schemas/shared";
import { isPublishable, type PersonEntry } from "../../schemas/person";
import type { GateProblem } from "./report";
import type { CheckedEntry, DataPath } from "./types";

/** Whether an entry may appear on the site: not a draft, and for a person, a standing consent. */
export function isEntryPublishable(collection: CollectionName, data: Record<string, unknown>): boolean {
  return collection === "people" ? isPublishable(data as unknown as PersonEntry) : data.draft !== true;
}

/** A person's story may be published only with consent to it. */
export function storyWithoutConsent(
  collection: CollectionName,
  data: Record<string, unknown>,
  hasBody: boolean,
): { vi: string; en: string } | undefined {
  if (collection !== "people" || !hasBody || (data as unknown as PersonEntry).consent.story) return undefined;
  return {
    vi: "người này không đồng ý công bố câu chuyện (consent.story): hãy để trống phần nội dung",
    en: "the person did not consent to publishing the story, but the body is filled",
  };
}

/** Every string of an entry's data, with its path. */
function* stringsIn(value: unknown, path: DataPath = []): Generator<{ path: DataPath; text: string }> {
  if (typeof value === "string") yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, index]);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
  }
}

/** A full name as a whole word sequence: “Văn Minh” inside “Nguyễn Văn Minh” counts, “Minhh” does not. */
function namePattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u");
}

/** Where the gate places a problem of an entry it has checked. */
export interface EntryPlaces {
  lineOf: (entry: CheckedEntry, field: DataPath) => number | undefined;
  bodyLineOffset: (entry: CheckedEntry) => number;
}

/**
 * A person who has not agreed, or no longer agrees, to be named must not be named elsewhere
 * either: in a news item, a quote's attribution or another story. Only full names of two
 * words or more are looked for, and a published namesake's own entry is left alone.
 */
export function mentionsOfHiddenPeople(entries: CheckedEntry[], places: EntryPlaces): GateProblem[] {
  const hidden = entries
    .filter((entry) => entry.collection === "people" && !entry.publishable)
    .map((entry) => ({ id: entry.id, name: String(entry.data.name) }))
    .filter((person) => person.name.trim().split(/\s+/).length >= 2);
  const problems: GateProblem[] = [];
  for (const entry of entries.filter((e) => e.publishable)) {
    for (const person of hidden) {
      if (entry.collection === "people" && entry.data.name === person.name) continue;
      const pattern = namePattern(person.name);
      const inData = [...stringsIn(entry.data)].find(({ text }) => pattern.test(text));
      const bodyIndex = entry.body.split("\n").findIndex((line) => pattern.test(line));
      if (!inData && bodyIndex < 0) continue;
      const field = inData ? inData.path.join(".") : "body";
      problems.push({
        severity: "error",
        file: entry.path,
        field,
        line: inData ? places.lineOf(entry, inData.path) : places.bodyLineOffset(entry) + bodyIndex + 1,
        vi: `nhắc tên “${person.name}”, người chưa đồng ý hoặc đã rút lại đồng ý công bố tên (${person.id}): hãy bỏ tên này`,
        en: `${field} names ${person.id}, who has not agreed (or no longer agrees) to be named`,
      });
    }
  }
  return problems;
}
