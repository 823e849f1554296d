import type { CollectionName } from "../schemas/shared";
import { lastUpdated } from "./press";
import { PAGE_PATHS, fieldPath, storyKindOf, storyPath } from "./urls";

/**
 * `lastmod` of the sitemap: the day each page last changed, from the dates its entries carry.
 * A story changed when it was updated (or published); a list changed when its newest story did.
 * Pages whose content depends on the day of the build (targets, units, reports) get none.
 */

/** An entry as the content gate returns it: validated front matter, and whether it is published. */
export interface GateEntry {
  collection: CollectionName;
  id: string;
  publishable: boolean;
  data: Record<string, unknown>;
}

const stringOf = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Site-relative path → `YYYY-MM-DD` of its last change. */
export function lastModifiedByPath(entries: readonly GateEntry[]): Map<string, string> {
  const result = new Map<string, string>();
  const touch = (path: string, date: string) => {
    const known = result.get(path);
    if (!known || date > known) result.set(path, date);
  };
  for (const entry of entries) {
    const kind = storyKindOf(entry.collection);
    const publishedOn = stringOf(entry.data.publishedOn);
    if (!kind || !entry.publishable || !publishedOn) continue;
    const changed = lastUpdated({ publishedOn, updatedOn: stringOf(entry.data.updatedOn) });
    const path = storyPath(kind, entry.id);
    touch(path, changed);
    touch(path.slice(0, path.indexOf("/", 1) + 1), changed);
    touch(PAGE_PATHS.home, changed);
    const field = stringOf(entry.data.field);
    if (field) touch(fieldPath(field), changed);
  }
  return result;
}
