import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPrivateMetadata } from "../src/loaders/photo-metadata";

/** `npm run fix:images` as an administrator runs it, on a folder of photos made here. */
let assets: string;
let printed: string;

beforeAll(async () => {
  assets = mkdtempSync(join(tmpdir(), "dvk-fix-images-"));
  mkdirSync(join(assets, "uploads"));
  await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#7a5c8b" } })
    .withExif({
      IFD0: { Make: "OPPO", Model: "Reno 11" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "20/1 5/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 50/1 0/1" },
    })
    .jpeg()
    .toFile(join(assets, "uploads", "dien-thoai.jpg"));
  await sharp({ create: { width: 640, height: 480, channels: 3, background: "#8b7a5c" } })
    .png()
    .toFile(join(assets, "sach.png"));
  printed = execFileSync("npx", ["tsx", "scripts/fix-images.ts"], {
    env: { ...process.env, ASSETS: assets },
    encoding: "utf8",
  });
}, 60_000);

afterAll(() => rmSync(assets, { recursive: true, force: true }));

describe("npm run fix:images", () => {
  it("removes the position and camera from a phone photo in a subfolder, and makes it fit", async () => {
    const path = join(assets, "uploads", "dien-thoai.jpg");
    expect(await readPrivateMetadata(path)).toEqual([]);
    expect(await sharp(path).metadata()).toMatchObject({ format: "jpeg", width: 2560, height: 1920 });
    expect(printed).toContain("xoá vị trí GPS nơi chụp, hãng máy ảnh, đời máy; 8000 × 6000 → 2560 × 1920 điểm ảnh");
  });

  it("says what it looked at and what it fixed, and leaves a clean photo alone", async () => {
    expect(printed).toContain("ảnh: đã xem 2 tệp, sửa 1");
    const clean = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#8b7a5c" } })
      .png()
      .toBuffer();
    expect(readFileSync(join(assets, "sach.png")).equals(clean)).toBe(true);
  });
});
