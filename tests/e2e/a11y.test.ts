import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DIST } from "../build/setup";
import { launchBrowser, type Browser } from "../support/browser";
import { isPublished, rawEntries } from "../support/entries";

/**
 * axe-core over every page of the sitemap, the search page with results and the 404 page at
 * a phone's width (360 px, where most readers are), and over one page of each kind at a
 * desktop's width (1280 px, where tables and menus lay out differently), against WCAG 2.0, 2.1
 * and 2.2 level A and AA. Zero violations; no rule is turned off.
 */
const base = inject("baseUrl");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const sitemap = readFileSync(join(DIST, "sitemap-0.xml"), "utf8");
const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
const model = rawEntries("models").filter(isPublished)[0]!;
const word = String(model.data.title)
  .split(/\s+/)
  .sort((a, b) => b.length - a.length)[0]!
  .replace(/[“”"(),.:]/g, "");
const SEARCH = `/tim-kiem/?q=${encodeURIComponent(word)}`;
/** The handouts, which the sitemap leaves out (their story is the page to index). */
const handoutPaths = (["mo-hinh", "dien-hinh"] as const).flatMap((segment) =>
  readdirSync(join(DIST, segment), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(DIST, segment, entry.name, "in", "index.html")))
    .map((entry) => `/${segment}/${entry.name}/in/`),
);
const paths = [...sitemapPaths, ...handoutPaths, SEARCH, "/khong-co-trang-nay/"];

/** The first page of each kind: `/mo-hinh/a/` and `/mo-hinh/b/` are one kind, stories of models. */
function onePerKind(all: string[]): string[] {
  const kinds = new Map<string, string>();
  for (const path of all) {
    const kind = path
      .replace(/\?.*/, "?")
      .split("/")
      .map((segment, index) => (index >= 2 && segment ? "*" : segment))
      .join("/");
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}
const WIDTHS: [width: number, paths: string[]][] = [
  [360, paths],
  [1280, onePerKind(paths)],
];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function violationsOf(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(`${base}${path}`);
  expect(response?.status(), path).toBe(path === "/khong-co-trang-nay/" ? 404 : 200);
  if (path === SEARCH) await page.locator(".results li").first().waitFor({ timeout: 15_000 });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (
          window as unknown as {
            axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
          }
        ).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
      ).violations,
    TAGS,
  );
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${path} ${violation.id} (${violation.help}): ${node.target.join(" ")}`),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("axe, WCAG 2.2 AA", () => {
  it("has every page of the sitemap to check, the handouts, and the search and 404 pages", () => {
    expect(sitemapPaths.length).toBeGreaterThan(50);
    expect(sitemapPaths).toContain(`/mo-hinh/${model.id}/`);
    expect(sitemapPaths).toEqual(
      expect.arrayContaining(["/quyen-cua-nguoi-duoc-gioi-thieu/", "/ho-tro-tiep-can/", "/bieu-mau/"]),
    );
    expect(handoutPaths).toContain(`/mo-hinh/${model.id}/in/`);
    expect(handoutPaths.some((path) => path.startsWith("/dien-hinh/"))).toBe(true);
  });

  it("checks one page of each kind at desktop width, stories and reports included", () => {
    const desktop = WIDTHS[1]?.[1] ?? [];
    expect(desktop).toEqual(expect.arrayContaining(["/", "/mo-hinh/", SEARCH, "/khong-co-trang-nay/"]));
    expect(desktop.filter((path) => /^\/mo-hinh\/[^/]+\/$/.test(path))).toHaveLength(1);
    expect(desktop.filter((path) => /^\/mo-hinh\/[^/]+\/in\/$/.test(path))).toHaveLength(1);
    expect(desktop.filter((path) => /^\/bao-cao\/[^/]+\/[^/]+\/$/.test(path))).toHaveLength(1);
    expect(desktop.filter((path) => /^\/bao-cao\/[^/]+\/[^/]+\/[^/]+\/$/.test(path))).toHaveLength(1);
  });

  describe.each(WIDTHS)("at %i px", (width, pagesAtWidth) => {
    it(
      `finds no violation on any of its ${pagesAtWidth.length} pages`,
      async () => {
        // Two tabs at a time: the machine has two cores and axe spends its time in the page.
        const tabs = await Promise.all([browser.newPage(), browser.newPage()]);
        for (const tab of tabs) await tab.setViewportSize({ width, height: 800 });
        const queue = [...pagesAtWidth];
        const found: string[] = [];
        await Promise.all(
          tabs.map(async (tab) => {
            for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
              found.push(...(await violationsOf(tab, path)));
            }
          }),
        );
        await Promise.all(tabs.map((tab) => tab.close()));
        expect(found).toEqual([]);
        // About a second a page on two busy cores; the 28 handouts were added to the 360 px run.
      },
      Math.max(240_000, pagesAtWidth.length * 2_000),
    );
  });

  it("would report a violation (axe runs and reports inside our pages)", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "/favicon.svg";
      document.querySelector("main")?.append(image);
    });
    await page.evaluate(axeSource);
    const ids = await page.evaluate(async () => {
      const { violations } = await (
        window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string }[] }> } }
      ).axe.run(document);
      return violations.map((violation) => violation.id);
    });
    expect(ids).toContain("image-alt");
    await page.close();
  });
});
