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
  const long =
    "Cựu chiến binh vận động hiến đất, góp công mở rộng đường làng, xây dựng nông thôn mới ở xã Gia Sinh, huyện Gia Viễn, giai đoạn 2016–2020 và những năm sau";
  it.each([
    ["a short name", "Ông Đặng Quốc Khánh", true, 72],
    ["a usual title beside a photo", input.title, true, 64],
    ["a 160-letter title beside a photo", long, true, 38],
    ["the same title across the whole width", long, false, 50],
  ])("%s: %s", (_, title, withPhoto, size) => {
    expect(titleFontSize(title, withPhoto)).toBe(size);
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
  /** Every letter of Vietnamese, lower and upper case, plus the quotes and dashes of our titles. */
  const base = "aăâeêioôơuưy";
  const tones = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
  const letters = [...base].flatMap((letter) => [letter, ...tones.map((tone) => (letter + tone).normalize("NFC"))]);
  const alphabet = [...letters, ...letters.map((l) => l.toLocaleUpperCase("vi")), "đ", "Đ", "“", "”", "–", "…"];

  it.each([400, 700, 800])("have a glyph for every Vietnamese letter at weight %i", async (weight) => {
    // One element per character: satori draws each as its own path, and a missing glyph draws none.
    const svg = await satori(
      {
        type: "div",
        props: {
          style: { display: "flex", flexWrap: "wrap", fontFamily: SHARE_IMAGE_FONT_FAMILY, fontWeight: weight },
          children: alphabet.map((char) => ({ type: "div", props: { style: { fontSize: 20 }, children: char } })),
        },
      } as unknown as Parameters<typeof satori>[0],
      { width: 1200, height: 630, fonts: shareImageFonts() },
    );
    const drawn = [...svg.matchAll(/<path[^>]*\sd="([^"]*)"/g)].filter((match) => match[1]!.trim() !== "");
    expect(alphabet.length).toBe(base.length * 12 + 6);
    expect(drawn.length).toBe(alphabet.length);
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
