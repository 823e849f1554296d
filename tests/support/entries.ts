import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SITE_CONTENT } from "./paths";

/** The test site's content folder: the project's entries and the fixture site's (see tests/build/setup.ts). */
export const CONTENT = SITE_CONTENT;

/** An entry's id and front matter, read straight from its file, independently of the site code. */
export interface RawEntry {
  id: string;
  data: Record<string, unknown>;
}

/** Every entry of a collection of the test site, as written on disk. */
export function rawEntries(collection: string): RawEntry[] {
  return rawEntriesIn(CONTENT, collection);
}

/** Every entry of a collection under a content folder (a project's `src/content/`), as written on disk. */
export function rawEntriesIn(content: string, collection: string): RawEntry[] {
  const dir = join(content, collection);
  return readdirSync(dir)
    .filter((name) => /\.(mdx|ya?ml)$/.test(name))
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const yamlText = name.endsWith(".mdx") ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "") : text;
      return { id: name.replace(/\.(mdx|ya?ml)$/, ""), data: parse(yamlText) as Record<string, unknown> };
    });
}

/** Whether an entry may be published: not a draft and, for a person, a standing consent. */
export function isPublished(entry: RawEntry): boolean {
  if (entry.data.draft === true) return false;
  const consent = entry.data.consent as { name?: boolean; withdrawn?: boolean } | undefined;
  if ("consent" in entry.data || "honorific" in entry.data) return consent?.name === true && consent.withdrawn !== true;
  return true;
}

/** The body of an entry file of the test site (what follows the front matter), as written. */
export function rawBody(collection: string, id: string): string {
  return rawBodyIn(CONTENT, collection, id);
}

/** The body of an entry file under a content folder, as written. */
export function rawBodyIn(content: string, collection: string, id: string): string {
  const text = readFileSync(join(content, collection, `${id}.mdx`), "utf8");
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, "");
}
