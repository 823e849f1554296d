import type { CollectionName } from "../../schemas/shared";
import { holdsKey, mentionKey, mentionText } from "../mention-text";
import { storyPath } from "../urls";
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

/** A person the site may not name, and the forms in which a mention of them is looked for. */
export interface HiddenPerson {
  id: string;
  name: string;
  /**
   * The name as `mentionText` reads it; absent for a one-word name (too common a word to
   * look for) and, in the check of the built site, for a name a published person shares.
   */
  nameKey?: string | undefined;
  /** The address of the person's page, `/dien-hinh/<id>/`, as `mentionText` reads it. */
  linkKey: string;
}

/**
 * The people the site may not name (a draft, no consent to the name, consent withdrawn), with
 * what to look for. `forOutput` leaves out the name a published person shares: the built site
 * names that person, and only the sources can tell the two apart.
 */
export function hiddenPeople(entries: CheckedEntry[], { forOutput = false } = {}): HiddenPerson[] {
  const people = entries.filter((entry) => entry.collection === "people");
  const published = new Set(people.filter((p) => p.publishable).map((p) => mentionKey(String(p.data.name))));
  return people
    .filter((person) => !person.publishable)
    .map((person) => {
      const name = String(person.data.name);
      const key = mentionKey(name);
      const wholeName = key.split(" ").length >= 2 && !(forOutput && published.has(key));
      return {
        id: person.id,
        name,
        nameKey: wholeName ? key : undefined,
        linkKey: mentionKey(storyPath("people", person.id)),
      };
    });
}

/** How a normalised text mentions a hidden person: by name, by a link to their page, or not. */
export function mentionOf(normalised: string, person: HiddenPerson): "name" | "link" | undefined {
  // The link first: it also holds the name when the id is the name's slug, as it usually is.
  if (holdsKey(normalised, person.linkKey)) return "link";
  if (person.nameKey && holdsKey(normalised, person.nameKey)) return "name";
  return undefined;
}

/** What to tell an editor about a mention. */
export function mentionMessage(person: HiddenPerson, how: "name" | "link", field: string): { vi: string; en: string } {
  const not = "người chưa đồng ý, hoặc đã rút lại đồng ý, cho công bố tên, hoặc đang là bản nháp";
  return how === "name"
    ? {
        vi: `nhắc tên “${person.name}” (${person.id}), ${not}: hãy bỏ tên này, kể cả khi viết không dấu, viết hoa, tách dòng hay làm tên tệp`,
        en: `${field} names ${person.id}, who may not be named (no consent, consent withdrawn, or a draft)`,
      }
    : {
        vi: `liên kết tới trang của ${person.id}, ${not}: hãy bỏ liên kết này`,
        en: `${field} links to the page of ${person.id}, who may not be named`,
      };
}

/**
 * The first line (0-based) where a body mentions a person: the shortest run of lines from the
 * start that holds the mention, then the latest line that run can start at. A mention may span
 * lines (a soft line break, an attribute over two lines), so lines are read together, never
 * one at a time.
 */
function lineOfMention(lines: string[], person: HiddenPerson): number {
  const holds = (from: number, to: number) => mentionOf(mentionText(lines.slice(from, to + 1).join("\n")), person);
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (holds(0, middle)) high = middle;
    else low = middle + 1;
  }
  const end = low;
  let start = 0;
  let last = end;
  while (start < last) {
    const middle = Math.ceil((start + last) / 2);
    if (holds(middle, end)) start = middle;
    else last = middle - 1;
  }
  return start;
}

/** Where the gate places a problem of an entry it has checked. */
export interface EntryPlaces {
  lineOf: (entry: CheckedEntry, field: DataPath) => number | undefined;
  bodyLineOffset: (entry: CheckedEntry) => number;
}

/**
 * A person who has not agreed, or no longer agrees, to be named must not be named elsewhere
 * either: in a news item, a quote's attribution, a tag, an image's file name or another story,
 * however the name is written (see `mentionText`), nor linked to. Only full names of two words
 * or more are looked for, and a published namesake's own entry is left alone.
 */
export function mentionsOfHiddenPeople(entries: CheckedEntry[], places: EntryPlaces): GateProblem[] {
  const hidden = hiddenPeople(entries);
  const problems: GateProblem[] = [];
  for (const entry of entries.filter((e) => e.publishable)) {
    const ownKey = entry.collection === "people" ? mentionKey(String(entry.data.name)) : undefined;
    const body = entry.body === "" ? "" : mentionText(entry.body);
    const fields = [...stringsIn(entry.data)].map(({ path, text }) => ({ path, text: mentionText(text) }));
    const id = mentionText(entry.id);
    for (const person of hidden) {
      const looked = ownKey !== undefined && ownKey === person.nameKey ? { ...person, nameKey: undefined } : person;
      const report = (how: "name" | "link", field: string, line: number | undefined) =>
        problems.push({ severity: "error", file: entry.path, field, line, ...mentionMessage(looked, how, field) });
      const byId = mentionOf(id, looked);
      if (byId) report(byId, "id", undefined);
      for (const { path, text } of fields) {
        const how = mentionOf(text, looked);
        if (how) report(how, path.join("."), places.lineOf(entry, path));
      }
      const inBody = body === "" ? undefined : mentionOf(body, looked);
      if (inBody) {
        const line = places.bodyLineOffset(entry) + lineOfMention(entry.body.split("\n"), looked) + 1;
        report(inBody, "body", line);
      }
    }
  }
  return problems;
}
