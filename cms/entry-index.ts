import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { isPublishable, type PersonEntry } from "../src/schemas/person";
import { collectionFormats } from "../src/schemas";

/**
 * The entries the site publishes, by id, with the name they are shown by: what the CMS knows
 * without asking the repository. The preview names units, campaigns and related entries with
 * it, and a save pointing at an entry not in it (a draft, a person without consent: the build
 * would stop) is refused. It is bundled into the public `admin.js`, so it holds published
 * entries only: a draft's title or the name of a person who withdrew consent must appear in no
 * file of the site. Built when the admin is generated, so it is as current as the deployed
 * site. It reads only the front matter, by the rules the content gate applies (`isPublishable`,
 * `draft`), which keeps generation fast; the test checks it against the gate.
 */
export const INDEXED_COLLECTIONS = ["units", "campaigns", "models", "people"] as const;
export type IndexedCollection = (typeof INDEXED_COLLECTIONS)[number];

/**
 * Published entries by collection: id → display name; and what a preview needs to write a
 * campaign's title and a unit's present name the way the site does (`story-facts.ts`): each
 * campaign's dates, each unit's successor.
 */
export interface EntryIndex extends Record<IndexedCollection, Record<string, string>> {
  campaignDates: Record<string, { startsOn: string; endsOn: string }>;
  successors: Record<string, string>;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * The front matter of an entry file (or the whole of a data file); `undefined` when it is not
 * valid YAML. Such a file is left out: the content gate reports it and stops the build.
 */
function frontMatter(source: string, format: "mdx" | "yaml"): Record<string, unknown> | undefined {
  const yamlText = format === "yaml" ? source : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "");
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch {
    return undefined;
  }
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}

/** The name an entry is shown by wherever another entry points at it. */
function displayName(collection: IndexedCollection, id: string, data: Record<string, unknown>): string {
  if (collection === "people") return `${text(data.honorific)} ${text(data.name)}`.trim() || id;
  return text(data.title) || text(data.name) || id;
}

function isPublished(collection: IndexedCollection, data: Record<string, unknown>): boolean {
  if (data.draft === true) return false;
  if (collection !== "people") return true;
  return (
    typeof data.consent === "object" && data.consent !== null && Boolean(isPublishable(data as unknown as PersonEntry))
  );
}

/** The index of the published entries under a content folder (`src/content/`). */
export function entryIndex(contentDir: string): EntryIndex {
  const index: EntryIndex = { units: {}, campaigns: {}, models: {}, people: {}, campaignDates: {}, successors: {} };
  for (const collection of INDEXED_COLLECTIONS) {
    const format = collectionFormats[collection];
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      const id = file.replace(format === "mdx" ? /\.mdx$/ : /\.ya?ml$/, "");
      if (id === file) continue;
      const data = frontMatter(readFileSync(join(dir, file), "utf8"), format);
      if (!data || !isPublished(collection, data)) continue;
      index[collection][id] = displayName(collection, id, data);
      // YAML reads `2016-08-12` as text (core schema); anything else is left out.
      if (collection === "campaigns" && text(data.startsOn) && text(data.endsOn)) {
        index.campaignDates[id] = { startsOn: text(data.startsOn), endsOn: text(data.endsOn) };
      }
      if (collection === "units" && text(data.successor)) index.successors[id] = text(data.successor);
    }
  }
  return index;
}
