import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import satori from "satori";
import sharp from "sharp";
import { SHARE_IMAGE_SIZE } from "./press";

/**
 * The 1200×630 image that Zalo, Facebook and other link previews show for a page: the story's
 * title set in Be Vietnam Pro (self-hosted from npm, with its Vietnamese glyphs) beside its
 * photo. Drawn with satori to SVG, rasterised with sharp, and kept in a cache keyed by
 * everything that goes into the picture, so an unchanged story is never drawn twice.
 */

/** Bump when the drawing changes, so that cached images are redrawn. */
const DRAWING_VERSION = "2";

/** Width of the photo strip on the right. */
const PHOTO_WIDTH = 420;
const PADDING_X = 64;

/** What a share image shows. */
export interface ShareImageInput {
  /** The big text: a title or a person's name. */
  title: string;
  /** The small label above it: what kind of page this is. */
  kicker: string;
  /** The site's name, top left. */
  brand: string;
  /** The publisher, beside the brand. */
  organisation: string;
  /** The bottom line: the unit, or the site's tagline. */
  footer: string;
  /** The site's host name, bottom right. */
  host: string;
  /** The "illustrative content" label of sample entries; absent for real ones. */
  sampleLabel?: string | undefined;
  /** Path of the photo file on disk, shown on the right; absent for none. */
  photoPath?: string | undefined;
}

/*
 * Fontsource splits Be Vietnam Pro into subsets by Unicode range. Satori uses one file per
 * family name and weight, so each subset is registered under its own family name; satori then
 * falls back across all registered fonts for a glyph the first one lacks (ậ, ơ, Đ …).
 */
const FONT_SUBSETS = ["latin", "vietnamese", "latin-ext"] as const;
const FONT_WEIGHTS = [400, 700, 800] as const;
/* Resolved from the project root: the prerendered endpoint runs from a bundle elsewhere. */
const requireFromRoot = createRequire(join(process.cwd(), "package.json"));

type Fonts = Parameters<typeof satori>[1]["fonts"];
let fontCache: { fonts: Fonts; version: string } | undefined;

function loadFonts() {
  fontCache ??= {
    fonts: FONT_SUBSETS.flatMap((subset) =>
      FONT_WEIGHTS.map((weight) => ({
        name: `Be Vietnam Pro ${subset}`,
        data: readFileSync(
          requireFromRoot.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`),
        ),
        weight,
        style: "normal" as const,
      })),
    ),
    version: (
      JSON.parse(readFileSync(requireFromRoot.resolve("@fontsource/be-vietnam-pro/package.json"), "utf8")) as {
        version: string;
      }
    ).version,
  };
  return fontCache;
}

/** The fonts every share image is drawn with, one family name per subset. */
export function shareImageFonts(): Fonts {
  return loadFonts().fonts;
}

/** The family the drawing asks for first; the other subsets fill in what it lacks. */
export const SHARE_IMAGE_FONT_FAMILY = `Be Vietnam Pro ${FONT_SUBSETS[0]}`;

/** Candidate title sizes, largest first, and the size of a title too long for any of them. */
const TITLE_SIZES = [72, 64, 56, 50, 44, 38] as const;
const SMALLEST_TITLE_SIZE = 34;
const TITLE_LINE_HEIGHT = 1.18;
/** Height left for the title between the top line, the labels and the bottom line. */
const TITLE_HEIGHT = 320;

/**
 * The largest title size at which the title, wrapped at spaces, fits the height left for it,
 * estimating a glyph of Be Vietnam Pro Bold at 0.58 em on average.
 */
export function titleFontSize(title: string, withPhoto: boolean): number {
  const width = SHARE_IMAGE_SIZE.width - 2 * PADDING_X - (withPhoto ? PHOTO_WIDTH : 0);
  const words = title.split(/\s+/);
  for (const size of TITLE_SIZES) {
    const perLine = Math.floor(width / (size * 0.58));
    let lines = 1;
    let used = 0;
    for (const word of words) {
      const next = used === 0 ? word.length : used + 1 + word.length;
      if (next > perLine && used > 0) {
        lines += 1;
        used = word.length;
      } else {
        used = next;
      }
    }
    if (lines * size * TITLE_LINE_HEIGHT <= TITLE_HEIGHT) return size;
  }
  return SMALLEST_TITLE_SIZE;
}

/** An element for satori: a tag, its style and its children. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | string; src?: string };
}

const node = (type: string, style: Record<string, string | number>, children?: Node["props"]["children"]): Node => ({
  type,
  props: { style, ...(children !== undefined && { children }) },
});

const pill = (text: string, background: string, color: string) =>
  node(
    "div",
    { display: "flex", background, color, fontSize: 24, fontWeight: 700, padding: "6px 14px", borderRadius: 6 },
    text,
  );

/** The picture as a tree of elements; the photo, if any, is already a data URL. */
export function shareImageTree(input: ShareImageInput, photoDataUrl?: string): Node {
  const withPhoto = photoDataUrl !== undefined;
  const labels = [pill(input.kicker, "#f3efe4", "#8a1c1c")];
  if (input.sampleLabel) labels.push(pill(input.sampleLabel, "#fff3cd", "#5c4500"));
  const text = node(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      boxSizing: "border-box",
      width: SHARE_IMAGE_SIZE.width - (withPhoto ? PHOTO_WIDTH : 0),
      height: SHARE_IMAGE_SIZE.height,
      padding: `52px ${PADDING_X}px 44px`,
      background: "#8a1c1c",
      color: "#ffffff",
      borderBottom: "12px solid #ffbf47",
    },
    [
      node("div", { display: "flex", alignItems: "baseline", fontSize: 24 }, [
        node("div", { fontWeight: 800, letterSpacing: 2, marginRight: 16 }, input.brand.toLocaleUpperCase("vi")),
        node("div", { opacity: 0.85 }, input.organisation),
      ]),
      node("div", { display: "flex", flexDirection: "column" }, [
        node("div", { display: "flex", gap: 12 }, labels),
        node(
          "div",
          {
            marginTop: 22,
            fontSize: titleFontSize(input.title, withPhoto),
            fontWeight: 700,
            lineHeight: TITLE_LINE_HEIGHT,
          },
          input.title,
        ),
      ]),
      node("div", { display: "flex", justifyContent: "space-between", width: "100%", fontSize: 24, opacity: 0.9 }, [
        node("div", { display: "flex", maxWidth: "75%" }, input.footer),
        node("div", { display: "flex" }, input.host),
      ]),
    ],
  );
  const children: Node[] = [text];
  if (photoDataUrl) {
    children.push({
      type: "img",
      props: { src: photoDataUrl, style: { width: PHOTO_WIDTH, height: SHARE_IMAGE_SIZE.height, objectFit: "cover" } },
    });
  }
  return node(
    "div",
    {
      display: "flex",
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      fontFamily: SHARE_IMAGE_FONT_FAMILY,
    },
    children,
  );
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * The photo cropped to the strip, as a data URL satori can draw. A centred crop: the "attention"
 * crop cost five times as much per image, which a build of thousands of stories pays in full.
 */
async function photoDataUrl(photo: Buffer): Promise<string> {
  const strip = await sharp(photo)
    .resize(PHOTO_WIDTH, SHARE_IMAGE_SIZE.height, { fit: "cover" })
    .jpeg({ quality: 85 })
    .toBuffer();
  return `data:image/jpeg;base64,${strip.toString("base64")}`;
}

/**
 * Draws the share image as a JPEG, without the cache. Plain libjpeg rather than mozjpeg: mozjpeg
 * took about 150 ms of an image's 200 ms to save a few kilobytes that only link-preview crawlers fetch.
 */
async function drawShareImage(input: ShareImageInput, photo?: Buffer): Promise<Buffer> {
  const tree = shareImageTree(input, photo && (await photoDataUrl(photo)));
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    ...SHARE_IMAGE_SIZE,
    fonts: shareImageFonts(),
  });
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

/**
 * The cached file of `input`'s share image, drawn into the cache directory first unless
 * everything that goes into it (text, photo bytes, font version, drawing version) is unchanged.
 */
export async function renderShareImage(
  input: ShareImageInput,
  cacheDir: string,
): Promise<{ file: string; cached: boolean }> {
  const photo = input.photoPath ? readFileSync(input.photoPath) : undefined;
  const key = sha256(
    JSON.stringify({
      drawing: DRAWING_VERSION,
      font: loadFonts().version,
      input: { ...input, photoPath: undefined },
      photo: photo && sha256(photo),
    }),
  );
  const file = join(cacheDir, `${key}.jpg`);
  if (existsSync(file)) return { file, cached: true };
  const image = await drawShareImage(input, photo);
  mkdirSync(cacheDir, { recursive: true });
  // Written beside and renamed, so that a build stopped halfway never leaves half an image.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, image);
  renameSync(partial, file);
  return { file, cached: false };
}
