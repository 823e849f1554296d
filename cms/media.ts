import { MAX_UPLOAD_BYTES } from "./upload-limits";

/** Where uploads go, seen from the repository root and from an entry in `src/content/<kind>/`. */
export const MEDIA_FOLDER = "src/assets/uploads";
export const ENTRY_MEDIA_FOLDER = "../../assets/uploads";

/**
 * Whether the CMS can show an image an entry points at. Decap finds an image by its file name in
 * the media folder, so it shows uploads, not the images that came with the code (the sample
 * photos in `src/assets/samples/`).
 */
export const isUpload = (src: string) => src.startsWith(`${ENTRY_MEDIA_FOLDER}/`);

/** The options of every image field: uploads only (Astro optimises files, not URLs), size-limited. */
export const IMAGE_FIELD_OPTIONS = {
  choose_url: false,
  media_library: { max_file_size: MAX_UPLOAD_BYTES },
} as const;
