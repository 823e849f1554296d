import type { CheckedEntry } from "../src/lib/content-gate";

/**
 * What the CMS knows about existing entries without asking the repository: their display names
 * (for the preview's facts box and related lists) and whether the site publishes them (so that
 * a save pointing at a draft, which would stop the build, is refused). Built from the content
 * gate when the admin is generated, so it is as current as the deployed site.
 */
export type IndexedCollection = "units" | "campaigns" | "models" | "people";

export interface IndexedEntry {
  name: string;
  publishable: boolean;
}

export type EntryIndex = Record<IndexedCollection, Record<string, IndexedEntry>>;

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The name an entry is shown by wherever another entry points at it. */
function displayName(entry: CheckedEntry): string {
  const { data } = entry;
  if (entry.collection === "people") return `${text(data.honorific)} ${text(data.name)}`.trim();
  return text(data.title) || text(data.name) || entry.id;
}

/** The index of the entries that passed the gate. */
export function entryIndex(entries: CheckedEntry[]): EntryIndex {
  const index: EntryIndex = { units: {}, campaigns: {}, models: {}, people: {} };
  for (const entry of entries) {
    if (!(entry.collection in index)) continue;
    index[entry.collection as IndexedCollection][entry.id] = {
      name: displayName(entry),
      publishable: entry.publishable,
    };
  }
  return index;
}
