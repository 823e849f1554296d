import type { CollectionName } from "../../schemas/shared";
import type { BodyResult } from "../body";

/** A content file as read from disk; `path` is relative to the project root, with `/`. */
export interface SourceFile {
  collection: CollectionName;
  path: string;
  text: string;
}

/** A place in an entry's data: keys and list indexes from the root of the front matter. */
export type DataPath = (string | number)[];

/** An entry that passed its own checks. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  path: string;
  /** Front matter validated by the schema (images still as paths). */
  data: Record<string, unknown>;
  /** The MDX body, NFC-normalised; empty for data files. */
  body: string;
  /**
   * The body as HTML with the sources of its figures, rendered while it was checked so that
   * the build need not parse it twice; absent for data files and empty bodies.
   */
  rendered?: { html: string; imageSources: string[] };
  /** Whether the entry may appear anywhere on the site (not a draft, consent standing). */
  publishable: boolean;
}

/** What the gate needs to know about an image file. */
export interface ImageFacts {
  /** The format read from the file's content (`jpeg`, `png`, `webp`, `avif`, `gif`, `svg`…), whatever its name says. */
  format: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** Width in pixels, as stored. */
  width: number;
  /** Height in pixels, as stored. */
  height: number;
  /**
   * Whether it decodes to its end (not an upload that stopped halfway); not known of an image
   * over the limits, which is never decoded.
   */
  complete: boolean | undefined;
}

/** Body pipeline results by body text. */
export interface BodyCache {
  get(body: string): BodyResult | undefined;
  set(body: string, result: BodyResult): void;
}

/** What the gate needs from the outside world. */
export interface GateIo {
  /** Whether a file exists, given its path relative to the project root. */
  fileExists: (path: string) => boolean;
  /**
   * Whether a path reaches its file through a symbolic link (the file itself, or a folder on
   * the way): such a file may be anywhere on the machine, so it is never published.
   */
  viaSymlink: (path: string) => boolean;
  /** The folder images must be in, relative to the project root: `src/assets`. */
  assetsDir: string;
  /** Size and dimensions of an existing image file; `undefined` when it cannot be read as an image. */
  imageFacts: (path: string) => Promise<ImageFacts | undefined>;
  /**
   * Results of the body pipeline kept from an earlier run, by body text. Parsing is most of
   * the gate's work, and a body's verdict and HTML depend on nothing but its text and the
   * pipeline's code (whose change empties the cache, see `src/loaders/body-cache.ts`).
   */
  bodyCache?: BodyCache | undefined;
  /** Told after every `PROGRESS_EVERY` files, so that a long check is not silent. */
  progress?: ((checked: number, total: number) => void) | undefined;
}

/** How many files (or pages, or images) between two progress lines of a long build. */
export const PROGRESS_EVERY = 1000;
