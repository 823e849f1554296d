import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMAGE_LIMITS, formatProblems, type GateResult } from "../lib/content-gate";
import { checkContent, decodesToEnd, readImageFacts, TEST_ONLY_ALLOW_PHOTO_METADATA } from "./read-content";
import { GPS_IN_NINH_BINH, HEIC_HEADER } from "../../tests/support/phone-photo";

/**
 * The gate's I/O layer on a real disk: a copy of the good fixtures as `src/content/`, with
 * images drawn here at run time, some of them over the limits (no big file is committed).
 */
const GOOD = fileURLToPath(new URL("../../tests/fixtures/good/", import.meta.url));
let root: string;
const assets = () => join(root, "src", "assets");

/** A plain JPEG of the given size. */
function jpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#7a8b5c" } })
    .jpeg()
    .toBuffer();
}

/** A phone photo as a phone writes it: where it was taken, and by which camera. */
function jpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#5c7a8b" } })
    .withExif({
      IFD0: { Make: "Samsung", Model: "SM-A546E" },
      IFD3: GPS_IN_NINH_BINH,
    })
    .jpeg()
    .toBuffer();
}

/** A PNG of random pixels stored without compression: heavy in bytes, modest in pixels. */
function heavyPng(): Promise<Buffer> {
  const side = 1900;
  return sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

function modelUsing(image: string): string {
  const model = readFileSync(join(GOOD, "models", "duong-lang-dong-tam.mdx"), "utf8");
  return model
    .replace("../../assets/duong-lang.jpg", `../../assets/${image}`)
    .replace("featured: true", "featured: false");
}

let result: GateResult;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "dvk-gate-io-"));
  cpSync(GOOD, join(root, "src", "content"), { recursive: true });
  mkdirSync(assets(), { recursive: true });
  for (const name of ["duong-lang.jpg", "chan-dung.jpg", "so-ket.jpg"])
    writeFileSync(join(assets(), name), await jpeg(800, 600));
  writeFileSync(join(assets(), "qua-rong.jpg"), await jpeg(IMAGE_LIMITS.maxPixels + 1, 40));
  writeFileSync(join(assets(), "qua-nang.png"), await heavyPng());
  writeFileSync(join(assets(), "khong-phai-anh.jpg"), "Đây là một tệp chữ mang đuôi .jpg\n");
  writeFileSync(join(assets(), "co-gps.jpg"), await jpegWithGps(640, 480));
  writeFileSync(join(assets(), "dien-thoai-8000.jpg"), await jpeg(8000, 6000));
  writeFileSync(join(assets(), "iphone.jpg"), HEIC_HEADER);
  const models = join(root, "src", "content", "models");
  writeFileSync(join(models, "anh-qua-rong.mdx"), modelUsing("qua-rong.jpg"));
  writeFileSync(join(models, "anh-qua-nang.mdx"), modelUsing("qua-nang.png"));
  writeFileSync(join(models, "anh-hong.mdx"), modelUsing("khong-phai-anh.jpg"));
  writeFileSync(join(models, "anh-co-gps.mdx"), modelUsing("co-gps.jpg"));
  writeFileSync(join(models, "anh-8000.mdx"), modelUsing("dien-thoai-8000.jpg"));
  writeFileSync(join(models, "anh-heic.mdx"), modelUsing("iphone.jpg"));
  result = await checkContent(root);
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("readImageFacts", () => {
  it("reads the size in bytes and the pixel dimensions", async () => {
    const path = join(assets(), "qua-rong.jpg");
    expect(await readImageFacts(path)).toEqual({
      format: "jpeg",
      bytes: statSync(path).size,
      width: IMAGE_LIMITS.maxPixels + 1,
      height: 40,
      privateMetadata: [],
    });
  });

  it("reads a phone's GPS position, maker and model", async () => {
    expect(await readImageFacts(join(assets(), "co-gps.jpg"))).toMatchObject({
      privateMetadata: ["gps", "make", "model"],
    });
  });

  it("knows an iPhone HEIC by its first bytes, whatever its name", async () => {
    expect(await readImageFacts(join(assets(), "iphone.jpg"))).toMatchObject({ format: "heic" });
  });

  it("reads a file over 10 MB", async () => {
    const facts = await readImageFacts(join(assets(), "qua-nang.png"));
    expect(facts?.bytes).toBeGreaterThan(IMAGE_LIMITS.maxBytes);
    expect(facts).toMatchObject({ width: 1900, height: 1900 });
  });

  it.each([
    ["a text file named .jpg", "khong-phai-anh.jpg"],
    ["a missing file", "khong-co.jpg"],
  ])("gives nothing for %s", async (_what, name) => {
    expect(await readImageFacts(join(assets(), name))).toBeUndefined();
  });
});

describe("checkContent on generated images", () => {
  const errorOf = (id: string) =>
    result.problems.filter((p) => p.file === `src/content/models/${id}.mdx` && p.severity === "error");

  it("passes the good fixtures with small images", () => {
    const others = result.problems.filter((p) => !/anh-(qua-rong|qua-nang|hong|co-gps|8000|heic)\.mdx$/.test(p.file));
    expect(others, formatProblems(others)).toEqual([]);
  });

  it.each([
    [
      "anh-qua-rong",
      `rộng 2561 × cao 40 điểm ảnh, quá giới hạn 2560 điểm ảnh mỗi chiều: hãy chạy “npm run fix:images”`,
    ],
    ["anh-8000", "rộng 8000 × cao 6000 điểm ảnh, quá giới hạn 2560 điểm ảnh"],
    ["anh-qua-nang", "MB, quá giới hạn 10 MB"],
    ["anh-hong", "không đọc được như một ảnh"],
    [
      "anh-co-gps",
      "còn mang thông tin riêng trong tệp (EXIF): vị trí GPS nơi chụp, hãng máy ảnh, đời máy; vị trí chụp thường là nhà hay ruộng vườn của người trong ảnh, không được đưa lên trang: hãy chạy “npm run fix:images”",
    ],
    ["anh-heic", "là ảnh HEIC của iPhone, trang không đọc được dạng này: hãy chuyển ảnh sang JPEG"],
  ])("refuses %s: “%s”, at cover.src", (id, message) => {
    const problems = errorOf(id);
    expect(problems, formatProblems(result.problems)).toEqual([
      expect.objectContaining({ field: "cover.src", vi: expect.stringContaining(message) }),
    ]);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it.each(["anh-qua-rong", "anh-qua-nang", "anh-hong", "anh-co-gps", "anh-8000", "anh-heic"])(
    "does not keep %s, whose image is refused",
    (id) => {
      const ids = result.entries.map((entry) => entry.id);
      expect(ids).toContain("duong-lang-dong-tam");
      expect(ids).not.toContain(id);
    },
  );
});

describe("the test-only seam that lets photo metadata through", () => {
  it("passes the GPS photo only when set, and still refuses the rest", async () => {
    process.env[TEST_ONLY_ALLOW_PHOTO_METADATA] = "1";
    try {
      const seamed = await checkContent(root);
      const files = new Set(seamed.problems.filter((p) => p.severity === "error").map((p) => p.file));
      expect(files.has("src/content/models/anh-co-gps.mdx")).toBe(false);
      expect(files.has("src/content/models/anh-8000.mdx")).toBe(true);
    } finally {
      delete process.env[TEST_ONLY_ALLOW_PHOTO_METADATA];
    }
  });
});

describe("decodesToEnd", () => {
  it.each([
    ["a whole JPEG", "duong-lang.jpg", true],
    ["a whole PNG", "qua-nang.png", true],
  ])("%s decodes to its end", async (_what, name, complete) => {
    expect(await decodesToEnd(join(assets(), name))).toBe(complete);
  });

  it("a JPEG cut in half does not, though its header reads", async () => {
    const whole = readFileSync(join(assets(), "duong-lang.jpg"));
    const cut = join(assets(), "cat-doi.jpg");
    writeFileSync(cut, whole.subarray(0, whole.length / 2));
    expect(await readImageFacts(cut)).toMatchObject({ format: "jpeg", width: 800, height: 600 });
    expect(await decodesToEnd(cut)).toBe(false);
  });
});
