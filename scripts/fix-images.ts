import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { extensionOf, PHOTO_EXTENSIONS } from "../src/lib/photo-formats";
import { PHOTO_LIMITS } from "../src/lib/photo-limits";
import { PRIVATE_METADATA_NAMES } from "../src/lib/photo-metadata";
import { fixPhoto, type PhotoFix } from "../src/loaders/photo-metadata";

/**
 * `npm run fix:images`: makes every photo under `src/assets/` fit to publish, in place, as the
 * CMS does at upload: the GPS position, camera maker, model, serial number and owner removed
 * (the photo turned upright first, as the camera said), and a photo over
 * `PHOTO_LIMITS.longSide` made to fit it. Photos that need nothing are not touched. Symbolic
 * links are not followed (the gate refuses them anyway). `ASSETS` chooses another folder.
 */
async function fixImages(folder: string): Promise<PhotoFix[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const photos = entries.filter(
    (entry) => entry.isFile() && (PHOTO_EXTENSIONS as readonly string[]).includes(extensionOf(entry.name)),
  );
  const fixes: PhotoFix[] = [];
  for (const entry of photos) {
    const path = join(entry.parentPath, entry.name);
    const fix = await fixPhoto(path, { resize: true });
    if (!fix) continue;
    fixes.push(fix);
    const shown = relative(process.cwd(), path).split(sep).join("/");
    const removed = fix.removed.map((what) => PRIVATE_METADATA_NAMES[what].vi).join(", ");
    const size = `${fix.before.width} × ${fix.before.height} → ${fix.after.width} × ${fix.after.height} điểm ảnh`;
    console.log(`đã sửa ${shown}: ${removed ? `xoá ${removed}; ` : ""}${size} (fixed)`);
  }
  console.log(
    `ảnh: đã xem ${photos.length} tệp, sửa ${fixes.length} (cạnh dài tối đa ${PHOTO_LIMITS.longSide} điểm ảnh, không còn GPS, hãng, đời máy, số sê-ri)`,
  );
  return fixes;
}

await fixImages(process.env.ASSETS ?? join(process.cwd(), "src", "assets"));
