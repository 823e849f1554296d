import type { AstroIntegration } from "astro";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PRIVATE_METADATA_NAMES } from "../lib/photo-metadata";
import { PUBLISHED_PHOTO } from "../lib/published-check";
import { fixPhoto } from "../loaders/photo-metadata";

/**
 * Astro publishes every original photo byte for byte beside the copies it draws (in
 * `dist/_astro/`), and the copies it draws carry no metadata. The gate keeps private metadata
 * out of `src/assets/`, so the originals are clean already; this is the second line, for a
 * photo that reached the build another way: after the build, every photo of `dist/` that
 * still holds a GPS position, camera maker, model, serial number or owner is written again
 * without them (upright, same size and format). The last step of the build
 * (`scripts/check-published.ts`) then checks that none is left.
 */
export function cleanPublishedPhotos(): AstroIntegration {
  return {
    name: "dan-van-kheo:clean-published-photos",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await readdir(root, { recursive: true, withFileTypes: true });
        let cleaned = 0;
        for (const entry of files) {
          if (!entry.isFile() || !PUBLISHED_PHOTO.test(entry.name)) continue;
          const fix = await fixPhoto(join(entry.parentPath, entry.name), { resize: false });
          if (!fix) continue;
          cleaned += 1;
          const removed = fix.removed.map((what) => PRIVATE_METADATA_NAMES[what].en).join(", ");
          logger.warn(`removed ${removed} from ${relative(root, join(entry.parentPath, entry.name))}`);
        }
        logger.info(`ảnh đã đăng: ${cleaned} tệp được xoá thông tin riêng (photos cleaned of private metadata)`);
      },
    },
  };
}
