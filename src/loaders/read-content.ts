import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import sharp from "sharp";
import { collectionFormats } from "../schemas";
import { COLLECTIONS } from "../schemas/shared";
import { runContentGate, type GateResult, type ImageFacts, type SourceFile } from "../lib/content-gate";

const EXTENSIONS = { mdx: /\.mdx$/, yaml: /\.ya?ml$/ } as const;

/** Reads every entry file under `src/content/` (or another content root). */
export function readSourceFiles(root: string, contentDir = join(root, "src", "content")): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    const pattern = EXTENSIONS[collectionFormats[collection]];
    for (const name of readdirSync(dir).sort()) {
      if (!pattern.test(name)) continue;
      const absolute = join(dir, name);
      files.push({
        collection,
        path: relative(root, absolute).split(sep).join("/"),
        text: readFileSync(absolute, "utf8"),
      });
    }
  }
  return files;
}

/**
 * Size and pixel dimensions of an image file. sharp reads only the file's header, so this is
 * cheap even for a photo far over the limits; a file that is not an image gives `undefined`.
 */
export async function readImageFacts(absolutePath: string): Promise<ImageFacts | undefined> {
  try {
    const { width, height } = await sharp(absolutePath).metadata();
    if (!width || !height) return undefined;
    return { bytes: statSync(absolutePath).size, width, height };
  } catch {
    return undefined;
  }
}

/** Reads and checks all content of a project root. */
export function checkContent(root: string, contentDir?: string): Promise<GateResult> {
  return runContentGate(readSourceFiles(root, contentDir), {
    fileExists: (path) => existsSync(join(root, path)),
    imageFacts: (path) => readImageFacts(join(root, path)),
  });
}
