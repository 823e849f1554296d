import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import sharp from "sharp";
import { collectionFormats } from "../schemas";
import { COLLECTIONS } from "../schemas/shared";
import { bodyCacheOf } from "./body-cache";
import { imageCheckCacheOf } from "./image-check-cache";
import { privateMetadataFrom } from "./photo-metadata";
import { headerFormatName, sniffedFormat } from "../lib/photo-formats";
import {
  IMAGE_LIMITS,
  runContentGate,
  type GateIo,
  type GateResult,
  type ImageFacts,
  type SourceFile,
} from "../lib/content-gate";

const EXTENSIONS = { mdx: /\.mdx$/, yaml: /\.ya?ml$/ } as const;

/** Reads every entry file under the project's `src/content/`. */
export function readSourceFiles(root: string): SourceFile[] {
  const contentDir = join(root, "src", "content");
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

/** The first bytes of a file, enough to tell its format. */
function headOf(absolutePath: string): Uint8Array {
  const head = new Uint8Array(16);
  const file = openSync(absolutePath, "r");
  try {
    return head.subarray(0, readSync(file, head, 0, head.length, 0));
  } finally {
    closeSync(file);
  }
}

/**
 * Format, size, pixel dimensions and private metadata of an image file, from its content
 * whatever its name. sharp reads only the file's header, so this is cheap even for a photo far
 * over the limits (its own pixel limit is lifted here, or a huge image would read as no image
 * at all, and the gate's limits say more); a file that is not an image gives `undefined`, but
 * for an iPhone HEIC photo, known by its first bytes, which sharp cannot open without its
 * decoder.
 */
export async function readImageFacts(absolutePath: string): Promise<Omit<ImageFacts, "complete"> | undefined> {
  try {
    const metadata = await sharp(absolutePath, { limitInputPixels: false }).metadata();
    const { width, height } = metadata;
    if (!width || !height) return undefined;
    const privateMetadata = privateMetadataFrom(metadata);
    return { format: headerFormatName(metadata), bytes: statSync(absolutePath).size, width, height, privateMetadata };
  } catch {
    const sniffed = existsSync(absolutePath) ? sniffedFormat(headOf(absolutePath)) : undefined;
    return sniffed && { format: sniffed, bytes: statSync(absolutePath).size, width: 0, height: 0 };
  }
}

/**
 * The one way to build a site whose photos still carry private metadata, for the test that
 * shows the later layers (originals cleaned in `dist/`, the final check) on their own. Never
 * set it anywhere else: the gate then lets a photo's GPS position through to the build.
 */
export const TEST_ONLY_ALLOW_PHOTO_METADATA = "DVK_TEST_ONLY_ALLOW_PHOTO_METADATA";

/**
 * Whether an image decodes to its end. A photo whose upload stopped halfway has a good header
 * and passes every other check; the site's images are drawn from it at the end of the build,
 * and only then would it fail, in English, without the entry's name. Decoded small (JPEG
 * decodes at an eighth of its size), so a phone photo takes tens of milliseconds.
 */
export async function decodesToEnd(absolutePath: string): Promise<boolean> {
  try {
    await sharp(absolutePath, { failOn: "truncated", limitInputPixels: false })
      .resize(64, 64, { fit: "inside" })
      .raw()
      .toBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Whether a path under `root` reaches its file through a symbolic link, of the file or of a folder on the way. */
export function viaSymlink(root: string, path: string): boolean {
  try {
    return realpathSync(join(root, path)) !== join(realpathSync(root), path);
  } catch {
    return false;
  }
}

/**
 * Reads and checks all content of a project root, telling `progress` how far it is. Bodies
 * unchanged since the last run are not parsed again (see `bodyCacheOf`).
 */
export async function checkContent(root: string, progress?: GateIo["progress"]): Promise<GateResult> {
  const bodyCache = bodyCacheOf(root);
  const decoded = imageCheckCacheOf(root);
  const imageFacts = async (path: string): Promise<ImageFacts | undefined> => {
    const absolute = join(root, path);
    const read = await readImageFacts(absolute);
    if (!read) return undefined;
    const facts = process.env[TEST_ONLY_ALLOW_PHOTO_METADATA] === "1" ? { ...read, privateMetadata: [] } : read;
    if (facts.format === "heic") return { ...facts, complete: undefined };
    // An image over the limits is refused without decoding it: that could take minutes.
    const withinLimits =
      facts.bytes <= IMAGE_LIMITS.maxBytes && Math.max(facts.width, facts.height) <= IMAGE_LIMITS.maxPixels;
    if (!withinLimits) return { ...facts, complete: undefined };
    const modified = statSync(absolute).mtimeMs;
    const complete = decoded.get(path, facts.bytes, modified) ?? (await decodesToEnd(absolute));
    decoded.set(path, facts.bytes, modified, complete);
    return { ...facts, complete };
  };
  const result = await runContentGate(readSourceFiles(root), {
    assetsDir: "src/assets",
    fileExists: (path) => existsSync(join(root, path)),
    viaSymlink: (path) => viaSymlink(root, path),
    imageFacts,
    bodyCache,
    progress,
  });
  bodyCache.save();
  decoded.save();
  return result;
}

const GATE_RUNS = Symbol.for("dan-van-kheo:gate-runs");

/**
 * Gate runs by project root. Astro loads the content loader and the config (whose sitemap asks
 * for the entries' dates) as separate module instances in one process; kept on the global
 * object, one run serves both, instead of checking thousands of files twice per build.
 */
function gateRuns(): Map<string, Promise<GateResult>> {
  const shared = globalThis as { [GATE_RUNS]?: Map<string, Promise<GateResult>> };
  return (shared[GATE_RUNS] ??= new Map());
}

/** The content of `root`, checked once per process until `forgetContent(root)`. */
export function contentOf(root: string, progress?: GateIo["progress"]): Promise<GateResult> {
  const runs = gateRuns();
  const known = runs.get(root);
  if (known) return known;
  const run = checkContent(root, progress);
  runs.set(root, run);
  return run;
}

/** Drops the checked content of `root`, so that the next `contentOf` reads the files again. */
export function forgetContent(root: string): void {
  gateRuns().delete(root);
}
