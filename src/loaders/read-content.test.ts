import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMAGE_LIMITS, formatProblems, type GateResult } from "../lib/content-gate";
import { checkContent, decodesToEnd, readImageFacts } from "./read-content";

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
  const models = join(root, "src", "content", "models");
  writeFileSync(join(models, "anh-qua-rong.mdx"), modelUsing("qua-rong.jpg"));
  writeFileSync(join(models, "anh-qua-nang.mdx"), modelUsing("qua-nang.png"));
  writeFileSync(join(models, "anh-hong.mdx"), modelUsing("khong-phai-anh.jpg"));
  result = await checkContent(root);
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("readImageFacts", () => {
  it("reads the size in bytes and the pixel dimensions", async () => {
    const path = join(assets(), "qua-rong.jpg");
    expect(await readImageFacts(path)).toEqual({ format: "jpeg", bytes: statSync(path).size, width: 6001, height: 40 });
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
    const others = result.problems.filter((p) => !/anh-(qua-rong|qua-nang|hong)\.mdx$/.test(p.file));
    expect(others, formatProblems(others)).toEqual([]);
  });

  it.each([
    ["anh-qua-rong", "rộng 6001 × cao 40 điểm ảnh, quá giới hạn 6000 điểm ảnh mỗi chiều"],
    ["anh-qua-nang", "MB, quá giới hạn 10 MB"],
    ["anh-hong", "không đọc được như một ảnh"],
  ])("refuses %s: “%s”, at cover.src", (id, message) => {
    const problems = errorOf(id);
    expect(problems, formatProblems(result.problems)).toEqual([
      expect.objectContaining({ field: "cover.src", vi: expect.stringContaining(message) }),
    ]);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it.each(["anh-qua-rong", "anh-qua-nang", "anh-hong"])("does not keep %s, whose image is refused", (id) => {
    const ids = result.entries.map((entry) => entry.id);
    expect(ids).toContain("duong-lang-dong-tam");
    expect(ids).not.toContain(id);
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
