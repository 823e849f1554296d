import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import satori from "satori";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import {
  SHARE_IMAGE_FONT_FAMILY,
  renderShareImage,
  shareImageFonts,
  shareImageTree,
  titleFontSize,
  type ShareImageInput,
} from "./share-image";

const input: ShareImageInput = {
  title: "Tổ hợp tác nuôi ong của cựu chiến binh xã Cúc Phương",
  kicker: "Mô hình “Dân vận khéo”",
  brand: "Dân vận khéo",
  organisation: "Hội Cựu chiến binh tỉnh Ninh Bình",
  footer: "Hội Cựu chiến binh xã Cúc Phương",
  host: "dvk.ccbninhbinh.vn",
  sampleLabel: "Nội dung minh hoạ",
  photoPath: join(import.meta.dirname, "..", "assets", "samples", "nuoi-ong-cuc-phuong.jpg"),
};

/** Every text of an element tree, in order. */
function textsOf(node: unknown): string[] {
  if (typeof node === "string") return [node];
  const children = (node as { props?: { children?: unknown } }).props?.children;
  if (children === undefined) return [];
  return Array.isArray(children) ? children.flatMap(textsOf) : textsOf(children);
}

describe("titleFontSize", () => {
  /*
   * Worked by hand, not by the function's own loop. The text box is 1200 − 2 × 64 = 1072 px
   * wide, 652 px beside the 420 px photo; a letter takes 0.58 em; a title may be 320 px tall at
   * a line height of 1.18. So, per size (letters per line beside the photo / across the width;
   * most lines):
   *   72: 15 / 25; 3      64: 17 / 28; 4      56: 20 / 33; 4
   *   50: 22 / 36; 5      44: 25 / 42; 6      38: 29 / 48; 7      anything longer: 34
   * A title of n four-letter words puts k words on a line when 5k − 1 letters fit, so beside the
   * photo 3, 3, 4, 4, 5, 6 words a line (at most 9, 12, 16, 20, 30, 42 words), across the width
   * 5, 5, 6, 7, 8, 9 (at most 15, 20, 24, 35, 48, 63 words).
   */
  const words = (n: number, word = "abcd") => Array.from({ length: n }, () => word).join(" ");
  it.each([
    [9, true, 72],
    [10, true, 64],
    [12, true, 64],
    [13, true, 56],
    [16, true, 56],
    [17, true, 50],
    [20, true, 50],
    [21, true, 44],
    [30, true, 44],
    [31, true, 38],
    [42, true, 38],
    [43, true, 34],
    [15, false, 72],
    [16, false, 64],
    [20, false, 64],
    [21, false, 56],
    [24, false, 56],
    [25, false, 50],
    [35, false, 50],
    [36, false, 44],
    [48, false, 44],
    [49, false, 38],
    [63, false, 38],
    [64, false, 34],
  ])("%i four-letter words, photo %s: %i px", (n, withPhoto, size) => {
    expect(titleFontSize(words(n), withPhoto)).toBe(size);
  });

  it("counts a Vietnamese letter with its marks as one letter", () => {
    expect(titleFontSize(words(9, "nuôi"), true)).toBe(72);
    expect(titleFontSize(words(10, "Đặng"), true)).toBe(64);
  });

  it("never grows as the title gets longer", () => {
    const sizes = [10, 40, 80, 120, 160, 240].map((n) => titleFontSize("chữ ".repeat(n / 4).trim(), true));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });
});

describe("shareImageTree", () => {
  it("shows brand, organisation, kicker, sample label, title, footer and host", () => {
    expect(textsOf(shareImageTree(input, "data:image/jpeg;base64,AA=="))).toEqual([
      "DÂN VẬN KHÉO",
      input.organisation,
      input.kicker,
      "Nội dung minh hoạ",
      input.title,
      input.footer,
      input.host,
    ]);
  });

  it("labels only sample entries, and draws the photo only when there is one", () => {
    const plain = shareImageTree({ ...input, sampleLabel: undefined });
    expect(textsOf(plain)).not.toContain("Nội dung minh hoạ");
    expect(JSON.stringify(plain)).not.toContain('"img"');
    expect(JSON.stringify(shareImageTree(input, "data:image/jpeg;base64,AA=="))).toContain('"img"');
  });
});

describe("the fonts", () => {
  /** Every letter of Vietnamese, typed out (not composed here), and the marks of our titles. */
  const VIETNAMESE = [
    "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị",
    "o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ",
    "A À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ E È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ I Ì Í Ỉ Ĩ Ị",
    "O Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ U Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự Y Ỳ Ý Ỷ Ỹ Ỵ",
    "b c d đ g h k l m n p q r s t v x B C D Đ G H K L M N P Q R S T V X “ ” – …",
  ]
    .join(" ")
    .split(" ");

  /** How many of `chars` the fonts draw: satori draws each as its own path, a missing glyph as none. */
  async function drawnGlyphs(chars: readonly string[], weight: number, fonts = shareImageFonts()) {
    const svg = await satori(
      {
        type: "div",
        props: {
          style: { display: "flex", flexWrap: "wrap", fontFamily: SHARE_IMAGE_FONT_FAMILY, fontWeight: weight },
          children: chars.map((char) => ({ type: "div", props: { style: { fontSize: 20 }, children: char } })),
        },
      } as unknown as Parameters<typeof satori>[0],
      { width: 1200, height: 630, fonts },
    );
    return [...svg.matchAll(/<path[^>]*\sd="([^"]*)"/g)].filter((match) => match[1]!.trim() !== "").length;
  }

  it("the list is 12 vowels × 6 tones and 17 consonants, in both cases, plus 4 marks", () => {
    expect(VIETNAMESE).toHaveLength((12 * 6 + 17) * 2 + 4);
    expect(new Set(VIETNAMESE).size).toBe(VIETNAMESE.length);
    expect(VIETNAMESE.every((char) => char.length === 1 && char.normalize("NFC") === char)).toBe(true);
  });

  it.each([400, 700, 800])("have a glyph for every Vietnamese letter at weight %i", async (weight) => {
    expect(await drawnGlyphs(VIETNAMESE, weight)).toBe(VIETNAMESE.length);
  });

  // The control: without the Vietnamese subset of the font, the same check counts missing glyphs.
  it("the check fails without the font's Vietnamese subset", async () => {
    const withoutVietnamese = shareImageFonts().filter((font) => !font.name.includes("vietnamese"));
    expect(withoutVietnamese.length).toBeLessThan(shareImageFonts().length);
    expect(await drawnGlyphs(VIETNAMESE, 700, withoutVietnamese)).toBeLessThan(VIETNAMESE.length);
  });
});

describe("renderShareImage", () => {
  const cacheDir = mkdtempSync(join(tmpdir(), "dvk-share-"));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it("draws a 1200×630 JPEG into the cache, then finds the same file there untouched", async () => {
    const first = await renderShareImage(input, cacheDir);
    expect(first.cached).toBe(false);
    const meta = await sharp(first.file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1200, 630]);
    const written = statSync(first.file).mtimeMs;
    const second = await renderShareImage(input, cacheDir);
    expect(second).toEqual({ file: first.file, cached: true });
    expect(statSync(second.file).mtimeMs).toBe(written);
    expect(readdirSync(cacheDir)).toEqual([basename(first.file)]);
  });

  it.each([
    ["a new title", { title: "Tổ tự quản an ninh trật tự" }],
    ["no photo", { photoPath: undefined }],
    ["a different photo", { photoPath: join(import.meta.dirname, "..", "assets", "samples", "chan-dung-1.jpg") }],
  ])("draws again for %s", async (_, change) => {
    expect((await renderShareImage({ ...input, ...change }, cacheDir)).cached).toBe(false);
  });
});
