import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { COLLECTIONS, type CollectionName } from "../../schemas/shared";
import type { GateIo, ImageFacts, SourceFile } from "./types";

/**
 * What the gate's tests share. The gate is pure: it gets the files' text and two questions it
 * may ask about image files. The fixtures live under `tests/fixtures/`:
 * `good/<collection>/<id>.<ext>` is a small complete site that must pass; each
 * `bad/<case>.<ext>` states on its first line what it must produce. The real file system and
 * sharp stand behind the same questions in `src/loaders/read-content.ts`, tested with generated
 * images in `read-content.test.ts`.
 */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const GOOD = "tests/fixtures/good";
export const BAD = "tests/fixtures/bad";

/** A fixture file, as the gate gets it. */
export function read(path: string, collection: CollectionName): SourceFile {
  return { collection, path, text: readFileSync(`${ROOT}${path}`, "utf8") };
}

/** The small complete site that must pass. */
export const goodFiles: SourceFile[] = COLLECTIONS.flatMap((collection) => {
  let names: string[] = [];
  try {
    names = readdirSync(`${ROOT}${GOOD}/${collection}`).sort();
  } catch {
    return [];
  }
  return names.map((name) => read(`${GOOD}/${collection}/${name}`, collection));
});

/** A photo as a phone takes it. */
export const PHOTO: ImageFacts = { format: "jpeg", bytes: 2_400_000, width: 4000, height: 3000, complete: true };

/**
 * Image files that exist, as paths from the project root, with what sharp would read from
 * them; `undefined` is a file that is not an image. Everything else is missing.
 */
const IMAGES = new Map<string, ImageFacts | undefined>([
  ["tests/fixtures/assets/duong-lang.jpg", PHOTO],
  ["tests/fixtures/assets/chan-dung.jpg", { ...PHOTO, bytes: 800_000, width: 1200, height: 1600 }],
  ["tests/fixtures/assets/so-ket.jpg", PHOTO],
  ["tests/fixtures/assets/qua-lon.jpg", { ...PHOTO, bytes: 9_000_000, width: 9000, height: 6000 }],
  ["tests/fixtures/assets/qua-nang.jpg", { ...PHOTO, bytes: 14 * 1024 * 1024, width: 5000, height: 4000 }],
  ["tests/fixtures/assets/hong.jpg", undefined],
]);

/** Every path the gate asked about, in order. */
export const asked: string[] = [];

/** The gate's questions, answered from `IMAGES`. */
export const io: GateIo = {
  assetsDir: "tests/fixtures/assets",
  fileExists: (path) => {
    asked.push(path);
    return IMAGES.has(path);
  },
  viaSymlink: () => false,
  imageFacts: (path) => Promise.resolve(IMAGES.get(path)),
};
