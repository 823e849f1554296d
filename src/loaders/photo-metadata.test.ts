import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PHOTO_LIMITS } from "../lib/photo-limits";
import { fixPhoto, readPrivateMetadata } from "./photo-metadata";
import { GPS_IN_NINH_BINH as GPS } from "../../tests/support/phone-photo";

/** Photos made here, as a phone writes them. */
let dir: string;
/** A photo whose left half is dark and right half light, to see which way it was turned. */
function halves(width: number, height: number) {
  const left = {
    input: { create: { width: width / 2, height, channels: 3, background: "#000" } },
    left: 0,
    top: 0,
  } as const;
  return sharp({ create: { width, height, channels: 3, background: "#fff" } }).composite([left]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dvk-photo-metadata-"));
  // Taken on its side: the camera says "turn 90° clockwise to show" (orientation 6).
  const sideways = await halves(400, 200).jpeg().toBuffer();
  await sharp(sideways)
    .withExif({ IFD0: { Make: "Xiaomi", Model: "Redmi Note 13" }, IFD2: { BodySerialNumber: "SN-8842" }, IFD3: GPS })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toFile(join(dir, "nghieng.jpg"));
  await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#8b5c7a" } })
    .withExif({ IFD0: { Make: "Samsung", Model: "SM-S918B" }, IFD3: GPS })
    .jpeg()
    .toFile(join(dir, "8000.jpg"));
  await sharp({ create: { width: 300, height: 200, channels: 4, background: "#5c8b7a" } })
    .withExif({ IFD0: { Make: "Canon" } })
    .png()
    .toFile(join(dir, "co-hang.png"));
  await halves(300, 200).jpeg().toFile(join(dir, "sach.jpg"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readPrivateMetadata", () => {
  it.each([
    ["nghieng.jpg", ["gps", "make", "model", "serial"]],
    ["8000.jpg", ["gps", "make", "model"]],
    ["co-hang.png", ["make"]],
    ["sach.jpg", []],
  ])("%s → %j", async (name, expected) => {
    expect(await readPrivateMetadata(join(dir, name))).toEqual(expected);
  });

  it("reads nothing private in a file that is not an image", async () => {
    expect(await readPrivateMetadata(Buffer.from("không phải ảnh"))).toEqual([]);
  });
});

describe("fixPhoto", () => {
  it("removes GPS, maker, model and serial, and keeps the photo upright", async () => {
    const path = join(dir, "nghieng.jpg");
    const fix = await fixPhoto(path, { resize: true });
    expect(fix?.removed).toEqual(["gps", "make", "model", "serial"]);
    expect(await readPrivateMetadata(path)).toEqual([]);
    const { width, height, orientation } = await sharp(path).metadata();
    // Turned as the camera said: 400 × 200 on its side is 200 × 400 upright, nothing left to turn.
    expect([width, height, orientation ?? 1]).toEqual([200, 400, 1]);
    // The dark half, on the left when taken, is on top once turned clockwise.
    const { data } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[(y * 200 + x) * 3] ?? -1;
    expect([at(100, 50) < 60, at(100, 350) > 200]).toEqual([true, true]);
  });

  it("makes an 8,000 px phone photo fit the long side, as the CMS does", async () => {
    const path = join(dir, "8000.jpg");
    const fix = await fixPhoto(path, { resize: true });
    expect(fix?.after).toMatchObject({ width: PHOTO_LIMITS.longSide, height: 1920 });
    expect(await sharp(path).metadata()).toMatchObject({ format: "jpeg", width: 2560, height: 1920 });
    expect(await readPrivateMetadata(path)).toEqual([]);
  });

  it("keeps a PNG a PNG", async () => {
    const path = join(dir, "co-hang.png");
    expect((await fixPhoto(path, { resize: true }))?.removed).toEqual(["make"]);
    expect((await sharp(path).metadata()).format).toBe("png");
    expect(await readPrivateMetadata(path)).toEqual([]);
  });

  it("leaves a clean photo byte for byte (the control: only what needs fixing is rewritten)", async () => {
    const path = join(dir, "sach.jpg");
    const before = readFileSync(path);
    expect(await fixPhoto(path, { resize: true })).toBeUndefined();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("does not resize without being asked (originals in dist/ keep their size)", async () => {
    const path = join(dir, "lon.jpg");
    writeFileSync(
      path,
      await sharp({ create: { width: 3000, height: 100, channels: 3, background: "#333" } })
        .withExif({ IFD3: GPS })
        .jpeg()
        .toBuffer(),
    );
    expect((await fixPhoto(path, { resize: false }))?.after).toMatchObject({ width: 3000, height: 100 });
  });
});
