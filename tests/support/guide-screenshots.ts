import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";

/**
 * The pictures of the editors' guide (`docs/huong-dan-bien-tap.md`), taken by the CMS
 * end-to-end test as it goes, so that they always show the CMS as it is. During `npm test` they
 * go to a temporary folder (the working tree stays clean); `npm run docs:screenshots` sets
 * `GUIDE_SCREENSHOTS_DIR` to `docs/images/huong-dan/` and they replace the committed ones.
 */
export const GUIDE_SCREENSHOTS = [
  "dang-nhap",
  "danh-sach",
  "bao-loi-o-bat-buoc",
  "chon-anh",
  "them-mo-hinh",
  "duyet-bai",
  "gui-duyet",
  "da-dang",
  "bao-loi-noi-dung",
  "dong-y",
  "rut-dong-y",
] as const;
export type GuideScreenshot = (typeof GUIDE_SCREENSHOTS)[number];

/** Where the guide's pictures are committed, from the project root, and how the guide links them. */
export const GUIDE_IMAGES = "docs/images/huong-dan";
export const GUIDE = "docs/huong-dan-bien-tap.md";

/** The folder this run writes the pictures to. */
export function screenshotFolder(): string {
  const chosen = process.env.GUIDE_SCREENSHOTS_DIR;
  const folder = chosen ? resolve(chosen) : mkdtempSync(join(tmpdir(), "dvk-huong-dan-"));
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * Takes one picture of the page as the editor sees it, as a PNG of at most 256 colours (a
 * tenth of the size, the text as sharp), and returns its path.
 */
export async function shoot(page: Page, folder: string, name: GuideScreenshot): Promise<string> {
  const path = join(folder, `${name}.png`);
  const shot = await page.screenshot();
  await sharp(shot).png({ palette: true, colours: 256, effort: 7 }).toFile(path);
  return path;
}

/** The pictures a guide's text links, by name, in order of first use. */
export function picturesIn(markdown: string): string[] {
  const names = [...markdown.matchAll(/!\[[^\]]*\]\(images\/huong-dan\/([^)\s]+)\.png\)/g)].map(
    (match) => match[1] ?? "",
  );
  return [...new Set(names)];
}

/**
 * What is wrong between the guide and the pictures: a picture it links that no test takes or
 * that is missing on disk, or a picture the test takes that it never shows.
 */
export function guideProblems(markdown: string, taken: readonly string[], exists: (name: string) => boolean): string[] {
  const linked = picturesIn(markdown);
  return [
    ...linked.filter((name) => !taken.includes(name)).map((name) => `${name}: linked, but no test takes it`),
    ...linked.filter((name) => !exists(name)).map((name) => `${name}: linked, but missing`),
    ...taken.filter((name) => !linked.includes(name)).map((name) => `${name}: taken, but the guide never shows it`),
  ];
}

/** Whether every picture of the guide was written to a folder. */
export const missingIn = (folder: string) =>
  GUIDE_SCREENSHOTS.filter((name) => !existsSync(join(folder, `${name}.png`)));
