import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isPublished, rawEntries, type RawEntry } from "../support/entries";
import {
  coverPicturesOf,
  imageChoices,
  imagesOverBudget,
  kb,
  pageOverBudget,
  pageWeight,
  picturesOf,
  weighChoices,
  type PageWeight,
  type ReadSiteFile,
  type WeighedChoice,
} from "../support/page-weight";
import type { Viewport } from "../support/responsive-image";
import { DIST } from "./setup";

/**
 * The page budget (issue 8) over the built site: every story page and the home page download
 * at most 60 KB before images and no JavaScript, and the photo a 360 px phone at DPR 1 takes from
 * each format of the story's cover (the home page: of every image) weighs at most 100 KB. Bytes
 * are what a gzip-serving host sends (tests/support/page-weight.ts); the summary at the end gives
 * the figures, and test-results/page-weight.json keeps them.
 */

const BUDGET = { beforeImages: 60 * 1024, javaScript: 0 };
const IMAGE_LIMIT = 100 * 1024;
const PHONE: Viewport = { width: 360, dpr: 1 };
const PHONE_2X: Viewport = { width: 360, dpr: 2 };

const readSite: ReadSiteFile = (path) => {
  try {
    const file = join(DIST, path);
    return statSync(file).isFile() ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
};

/** The story paths of PRODUCT.md's site map, and which entries have a photo on their page. */
const SEGMENTS = { models: "mo-hinh", people: "dien-hinh", news: "tin-tuc" } as const;

function hasPhoto(kind: keyof typeof SEGMENTS, entry: RawEntry): boolean {
  if (kind !== "people") return entry.data.cover !== undefined;
  const consent = entry.data.consent as { photo?: boolean } | undefined;
  return entry.data.portrait !== undefined && consent?.photo === true;
}

const stories = (Object.keys(SEGMENTS) as (keyof typeof SEGMENTS)[]).flatMap((kind) =>
  rawEntries(kind)
    .filter(isPublished)
    .map((entry) => ({ path: `/${SEGMENTS[kind]}/${entry.id}/`, photo: hasPhoto(kind, entry) })),
);

/** Story pages as they are in `dist/`: every directory of a story segment but the list's page numbers. */
function builtStoryPaths(): string[] {
  return Object.values(SEGMENTS).flatMap((segment) =>
    readdirSync(join(DIST, segment), { withFileTypes: true })
      .filter((item) => item.isDirectory() && !/^\d+$/.test(item.name))
      .map((item) => `/${segment}/${item.name}/`),
  );
}

const html = (page: string) => readSite(`${page}index.html`)!.toString("utf8");

interface Measured {
  weight: PageWeight;
  /** Per format, what a 360 px phone downloads at DPR 1 and 2. */
  images: { dpr1: WeighedChoice[]; dpr2: WeighedChoice[] }[];
}
const storyResults = new Map<string, Measured>();
let homeResult: Measured | undefined;

function measure(page: string, pictures: string[]): Measured {
  return {
    weight: pageWeight(page, readSite),
    images: pictures.map((picture) => ({
      dpr1: weighChoices(imageChoices(picture, page, PHONE), readSite),
      dpr2: weighChoices(imageChoices(picture, page, PHONE_2X), readSite),
    })),
  };
}

describe("page budget", () => {
  it("finds every published story in dist/, and no other story page", () => {
    expect(stories.length).toBeGreaterThan(0);
    expect(builtStoryPaths().sort()).toEqual(stories.map((story) => story.path).sort());
  });

  it.each(stories)("$path: ≤ 60 KB before images, no JavaScript, cover ≤ 100 KB at 360 px", ({ path, photo }) => {
    const covers = coverPicturesOf(html(path));
    expect(covers, "one cover on a story with a photo, none without").toHaveLength(photo ? 1 : 0);
    const measured = measure(path, covers);
    storyResults.set(path, measured);
    expect(pageOverBudget(measured.weight, BUDGET)).toEqual([]);
    for (const { dpr1 } of measured.images) {
      expect(dpr1.map((choice) => choice.format)).toContain("img");
      expect(imagesOverBudget(path, dpr1, IMAGE_LIMIT)).toEqual([]);
    }
  });

  it("/: ≤ 60 KB before images, no JavaScript, every image ≤ 100 KB at 360 px", () => {
    const pictures = picturesOf(html("/"));
    // The home page shows the featured models' photos; the fixture site has one.
    const featured = rawEntries("models").some((entry) => isPublished(entry) && entry.data.featured === true);
    expect(featured).toBe(true);
    expect(pictures.length, "the home page shows photos").toBeGreaterThan(0);
    homeResult = measure("/", pictures);
    expect(pageOverBudget(homeResult.weight, BUDGET)).toEqual([]);
    expect(homeResult.images.flatMap(({ dpr1 }) => imagesOverBudget("/", dpr1, IMAGE_LIMIT))).toEqual([]);
  });
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Max and median of some measurements, with the page of the max. */
function spread(rows: { page: string; bytes: number }[]): string {
  if (rows.length === 0) return "none";
  const max = rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return `max ${kb(max.bytes)} (${max.page}), median ${kb(median(rows.map((row) => row.bytes)))}, n=${rows.length}`;
}

/** Per format, the choices of every measured image at one pixel ratio. */
function byFormat(results: [string, Measured][], dpr: "dpr1" | "dpr2"): Map<string, { page: string; bytes: number }[]> {
  const formats = new Map<string, { page: string; bytes: number }[]>();
  for (const [page, { images }] of results) {
    for (const image of images) {
      for (const choice of image[dpr]) {
        formats.set(choice.format, [...(formats.get(choice.format) ?? []), { page, bytes: choice.bytes }]);
      }
    }
  }
  return formats;
}

afterAll(() => {
  const storyRows = [...storyResults];
  const lines = [
    "Page budget (gzip as a host sends it; fonts and images as they are; phone 360 px wide):",
    `  story pages, before images: ${spread(storyRows.map(([page, { weight }]) => ({ page, bytes: weight.beforeImages })))}`,
    `  story pages, JavaScript: max ${kb(Math.max(0, ...storyRows.map(([, { weight }]) => weight.javaScript)))}`,
  ];
  for (const dpr of ["dpr1", "dpr2"] as const) {
    for (const [format, rows] of byFormat(storyRows, dpr)) {
      lines.push(`  story covers, ${dpr.toUpperCase()}, ${format}: ${spread(rows)}`);
    }
  }
  if (homeResult) {
    lines.push(
      `  home, before images: ${kb(homeResult.weight.beforeImages)}, JavaScript ${kb(homeResult.weight.javaScript)}`,
    );
    for (const dpr of ["dpr1", "dpr2"] as const) {
      for (const [format, rows] of byFormat([["/", homeResult]], dpr)) {
        lines.push(
          `  home images, ${dpr.toUpperCase()}, ${format}: largest ${kb(Math.max(...rows.map((r) => r.bytes)))}`,
        );
      }
    }
  }
  console.log(lines.join("\n"));
  mkdirSync("test-results", { recursive: true });
  const record = ({ weight, images }: Measured) => ({ ...weight, images });
  const json = { stories: storyRows.map(([, measured]) => record(measured)), home: homeResult && record(homeResult) };
  writeFileSync("test-results/page-weight.json", `${JSON.stringify(json, null, 2)}\n`);
});
