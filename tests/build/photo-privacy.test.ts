import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import sharp from "sharp";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED_PHOTO } from "../../src/lib/published-check";
import { readPrivateMetadata } from "../../src/loaders/photo-metadata";
import { TEST_ONLY_ALLOW_PHOTO_METADATA } from "../../src/loaders/read-content";
import { copyProject, type ProjectCopy } from "../support/project-copy";
import { TEST_BUILD_DAY } from "./setup";
import { GPS_IN_NINH_BINH as GPS } from "../support/phone-photo";

/**
 * A phone photo's GPS position, maker and model never reach the web server. On a copy of the
 * project, the portrait of whichever published person comes first (a photo whose original
 * Astro publishes as it is, for the open data's `portraitUrl`) is replaced by the same photo
 * carrying a position, and a maker and model that are made-up words found nowhere else. Three
 * layers, each shown on its own:
 * 1. the content gate refuses the photo, naming it and saying to run `npm run fix:images`;
 * 2. with the gate's metadata rule bypassed (the one test-only seam), the build still
 *    publishes no file carrying them: Astro's byte-for-byte original is cleaned after the build;
 * 3. the build's last step refuses any photo in `dist/` that still carries them: the photo is
 *    planted in a copy of the built site, as the original would be without layer 2.
 */

const MAKER = "Hangkiemtraqx";
const MODEL = "Doimaykiemtraqx";
let copy: ProjectCopy;
/** The replaced photo, from the copy's root, and its bytes with metadata. */
let photoPath: string;
let photoWithGps: Buffer;
let gate: { status: number | null; output: string };
let build: { status: number | null; output: string };
let planted: { status: number | null; output: string };

/** The portrait of the first person shown with their photo, whatever the sample content is. */
function firstPublishedPortrait(root: string): string {
  const folder = join(root, "src", "content", "people");
  for (const name of readdirSync(folder).sort()) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, name), "utf8"))?.[1];
    const data = parse(front ?? "") as {
      portrait?: { src?: string };
      consent?: { name?: boolean; photo?: boolean; withdrawn?: boolean };
      draft?: boolean;
    } | null;
    const shown = data?.consent?.name && data.consent.photo && !data.consent.withdrawn && !data.draft;
    if (shown && data.portrait?.src) return relative(root, join(folder, data.portrait.src));
  }
  throw new Error("no person shown with a portrait");
}

/** Every built file, with its path in `dist/`. */
function builtFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)));
}

beforeAll(async () => {
  copy = copyProject("dvk-photo-privacy-");
  photoPath = firstPublishedPortrait(copy.root);
  photoWithGps = await sharp(join(copy.root, photoPath))
    .withExif({ IFD0: { Make: MAKER, Model: MODEL }, IFD3: GPS })
    .jpeg({ quality: 90 })
    .toBuffer();
  copy.write({ [photoPath]: photoWithGps });
  gate = await copy.run("npx", ["tsx", "scripts/check-content.ts"]);
  build = await copy.run("npm", ["run", "build"], { BUILD_DAY: TEST_BUILD_DAY, [TEST_ONLY_ALLOW_PHOTO_METADATA]: "1" });
  const leaky = join(copy.root, "dist-anh-gps");
  cpSync(join(copy.root, "dist"), leaky, { recursive: true });
  copy.write({ "dist-anh-gps/_astro/anh-goc.Gps123.jpg": photoWithGps });
  planted = await copy.run("npx", ["tsx", "scripts/check-published.ts"], { DIST: leaky });
});

afterAll(() => copy?.remove());

describe("a photo with a GPS position, maker and model in the content", () => {
  it("carries them, as the test meant (the control of everything below)", async () => {
    expect(await readPrivateMetadata(photoWithGps)).toEqual(["gps", "make", "model"]);
  });

  it("is refused by the content gate, which names it and says what to do", () => {
    expect(gate.status).toBe(1);
    expect(gate.output).toContain(
      "còn mang thông tin riêng trong tệp (EXIF): vị trí GPS nơi chụp, hãng máy ảnh, đời máy",
    );
    expect(gate.output).toContain(photoPath.split("/").at(-1));
    expect(gate.output).toContain("hãy chạy “npm run fix:images”");
  });
});

describe("the build, with the gate's metadata rule bypassed", () => {
  it("builds, and says it cleaned the original Astro copied", () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const name =
      photoPath
        .split("/")
        .at(-1)
        ?.replace(/\.jpg$/, "") ?? "";
    expect(build.output).toContain(`removed GPS position, camera maker, camera model from _astro/${name}.`);
  });

  it("publishes no photo carrying a position, maker or model", async () => {
    const dist = join(copy.root, "dist");
    const photos = builtFiles(dist).filter((path) => PUBLISHED_PHOTO.test(path));
    expect(photos.length).toBeGreaterThan(0);
    const carrying: string[] = [];
    for (const path of photos) if ((await readPrivateMetadata(join(dist, path))).length > 0) carrying.push(path);
    expect(carrying).toEqual([]);
  });

  it("publishes the maker and model nowhere, in no file of any kind", () => {
    const dist = join(copy.root, "dist");
    const found = builtFiles(dist).filter((path) => {
      const bytes = readFileSync(join(dist, path));
      return bytes.includes(MAKER) || bytes.includes(MODEL);
    });
    expect(found).toEqual([]);
  });
});

describe("the build's last step, on a built site where the original was left as it was", () => {
  it("refuses the photo, naming it", () => {
    expect(planted.status).toBe(1);
    expect(planted.output).toContain(
      "LỖI dist/_astro/anh-goc.Gps123.jpg: ảnh đã đăng còn mang vị trí GPS nơi chụp, hãng máy ảnh, đời máy",
    );
    expect(planted.output).toContain("1 ảnh còn thông tin riêng");
  });
});
