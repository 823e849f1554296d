import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const CONTENT = join(import.meta.dirname, "..", "..", "src", "content");

/** An entry's id and front matter, read straight from its file, independently of the site code. */
export interface RawEntry {
  id: string;
  data: Record<string, unknown>;
}

/** Every entry of a collection as written on disk. */
export function rawEntries(collection: string): RawEntry[] {
  const dir = join(CONTENT, collection);
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

/** The body of an entry file (what follows the front matter), as written. */
export function rawBody(collection: string, id: string): string {
  const text = readFileSync(join(CONTENT, collection, `${id}.mdx`), "utf8");
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, "");
}
