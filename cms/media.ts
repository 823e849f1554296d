import { PHOTO_LIMITS } from "../src/lib/photo-limits";

/** Where uploads go, seen from the repository root and from an entry in `src/content/<kind>/`. */
export const MEDIA_FOLDER = "src/assets/uploads";
export const ENTRY_MEDIA_FOLDER = "../../assets/uploads";

/**
 * Whether the CMS can show an image an entry points at. Decap finds an image by its file name in
 * the media folder, so it shows uploads, not the images that came with the code (the sample
 * photos in `src/assets/samples/`).
 */
export const isUpload = (src: string) => src.startsWith(`${ENTRY_MEDIA_FOLDER}/`);

/**
 * The options of every image field: uploads only (Astro optimises files, not URLs). No
 * `max_file_size`: Decap checks it against the file as picked, before it is made smaller, and a
 * phone photo is never refused for its size.
 */
export const IMAGE_FIELD_OPTIONS = { choose_url: false } as const;

/**
 * Decap's `media_processing` as decap-cms 3.16.3 implements it (`decap-cms-core`,
 * `lib/imageTransformations.ts` and the config schema): `enabled`; `format: { enabled, default:
 * "jpeg" | "webp" }`; `quality` 1–100; `strip_metadata`; `width`, `height`, `aspect_ratio`.
 * Every JPEG, PNG and WebP upload is drawn on a canvas and encoded again as JPEG, which keeps
 * no metadata: no GPS position, maker, model or serial number reaches the repository.
 * Its `width` and `height` are an exact size, not a limit (a portrait given `width` grows
 * taller than it, a small photo is enlarged), so they stay unset: `admin.ts` makes a photo fit
 * `PHOTO_LIMITS.longSide` just before Decap gets it.
 */
export const MEDIA_PROCESSING = {
  enabled: true,
  format: { enabled: true, default: "jpeg" },
  quality: PHOTO_LIMITS.jpegQuality,
  strip_metadata: true,
} as const;
