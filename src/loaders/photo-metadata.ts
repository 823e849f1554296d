import { readFileSync, renameSync, writeFileSync } from "node:fs";
import exifReader from "exif-reader";
import sharp, { type Metadata, type Sharp } from "sharp";
import { headerFormatName, photoFormatOf, type PhotoFormat } from "../lib/photo-formats";
import { PHOTO_LIMITS } from "../lib/photo-limits";
import { privateMetadataOf, type PrivateMetadata } from "../lib/photo-metadata";

/**
 * The private facts a photo file carries (see `privateMetadataOf`), read from its header by
 * sharp and its EXIF by exif-reader. An EXIF block that cannot be parsed counts as
 * `unreadable`: what it holds is unknown, so it is treated as private. A file that is not an
 * image has none.
 */
export async function readPrivateMetadata(input: string | Buffer): Promise<PrivateMetadata[]> {
  try {
    return privateMetadataFrom(await sharp(input, { limitInputPixels: false }).metadata());
  } catch {
    return [];
  }
}

/** The private facts in what sharp read of a photo's header (see `readPrivateMetadata`). */
export function privateMetadataFrom({ exif, xmp }: Pick<Metadata, "exif" | "xmp">): PrivateMetadata[] {
  const xmpText = xmp ? xmp.toString("utf8") : "";
  if (!exif) return privateMetadataOf(undefined, xmpText);
  try {
    return privateMetadataOf(exifReader(exif), xmpText);
  } catch {
    return ["unreadable", ...privateMetadataOf(undefined, xmpText)];
  }
}

/** The same photo, turned as it is shown, without any metadata but its colour profile. */
function cleanCopy(input: Buffer, format: PhotoFormat, resize: boolean): Sharp {
  let image = sharp(input, { limitInputPixels: false }).rotate().keepIccProfile();
  const side = PHOTO_LIMITS.longSide;
  if (resize) image = image.resize({ width: side, height: side, fit: "inside", withoutEnlargement: true });
  switch (format) {
    case "png":
      return image.png();
    case "webp":
      return image.webp({ quality: PHOTO_LIMITS.jpegQuality });
    case "avif":
      return image.avif({ quality: PHOTO_LIMITS.jpegQuality });
    case "jpeg":
      return image.jpeg({ quality: PHOTO_LIMITS.jpegQuality, mozjpeg: true });
  }
}

/** What `fixPhoto` did to a file. */
export interface PhotoFix {
  removed: PrivateMetadata[];
  before: { width: number; height: number; bytes: number };
  after: { width: number; height: number; bytes: number };
}

/**
 * Makes a photo fit to publish, in place: its private metadata removed (the orientation the
 * camera wrote is applied to the pixels first, so the photo stays upright), and, with
 * `resize`, made to fit `PHOTO_LIMITS.longSide`. Keeps the format. Leaves a file that needs
 * neither untouched, byte for byte, and returns `undefined` for it or for a file that is not
 * a photo sharp can read.
 */
export async function fixPhoto(path: string, { resize }: { resize: boolean }): Promise<PhotoFix | undefined> {
  // The header first (sharp reads only that from a path): the build runs this over every
  // published photo, and almost none needs a fix.
  let metadata: Metadata;
  try {
    metadata = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    return undefined;
  }
  const { width, height } = metadata;
  const format = photoFormatOf(headerFormatName(metadata));
  if (!width || !height || !format) return undefined;
  const removed = privateMetadataFrom(metadata);
  const tooLarge = resize && Math.max(width, height) > PHOTO_LIMITS.longSide;
  if (removed.length === 0 && !tooLarge) return undefined;
  const bytes = readFileSync(path);
  const output = await cleanCopy(bytes, format, tooLarge).toBuffer({ resolveWithObject: true });
  // A new file renamed over the old one: a reader never sees half a photo, and a file hard-linked
  // from a cache (as the build links share images) is replaced, not written through.
  const fresh = `${path}.${process.pid}.tmp`;
  writeFileSync(fresh, output.data);
  renameSync(fresh, path);
  return {
    removed,
    before: { width, height, bytes: bytes.length },
    after: { width: output.info.width, height: output.info.height, bytes: output.data.length },
  };
}
