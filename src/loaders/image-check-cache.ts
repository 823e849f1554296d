import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** What is kept of an image file's check: the file's size and time, and whether it decoded to its end. */
interface Kept {
  bytes: number;
  modified: number;
  complete: boolean;
}

/**
 * Whether each image decoded to its end, kept in `.cache/content-gate/images.json` between runs
 * by the file's path, size and modification time: decoding is the one costly image check, and
 * an unchanged file gives the same answer. It holds the images of the last run only.
 */
export function imageCheckCacheOf(root: string): {
  get(path: string, bytes: number, modified: number): boolean | undefined;
  set(path: string, bytes: number, modified: number, complete: boolean): void;
  save(): void;
} {
  const file = join(root, ".cache", "content-gate", "images.json");
  let known: Record<string, Kept> = {};
  try {
    known = JSON.parse(readFileSync(file, "utf8")) as Record<string, Kept>;
  } catch {
    // No cache yet, or an unreadable one: every image is decoded.
  }
  const seen: Record<string, Kept> = {};
  return {
    get: (path, bytes, modified) => {
      const kept = known[path];
      return kept && kept.bytes === bytes && kept.modified === modified ? kept.complete : undefined;
    },
    set: (path, bytes, modified, complete) => {
      seen[path] = { bytes, modified, complete };
    },
    save: () => {
      mkdirSync(dirname(file), { recursive: true });
      // Written beside and renamed, so that a build stopped halfway never leaves half a file.
      const partial = `${file}.${process.pid}.part`;
      writeFileSync(partial, JSON.stringify(seen));
      renameSync(partial, file);
    },
  };
}
