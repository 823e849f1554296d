import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DIST } from "../build/setup";
import { launchBrowser, type Browser } from "../support/browser";
import { pdfPages, type PdfPage } from "../support/pdf";

/**
 * Every periodic report prints on A4 without a cut table: Chromium makes the PDF, and each
 * table row carries two invisible links, one down its left edge and one down its right edge.
 * Chromium turns each link into an annotation on the page where it lands, so a row split by a
 * page break shows up on two pages, and a row wider than the printable area ends past the
 * right margin. No external tool reads the PDF; tests/support/pdf.ts does.
 */

const base = inject("baseUrl");

/** A4 in PDF points (210 × 297 mm); Chromium rounds to whole CSS pixels, hence the tolerance. */
const A4 = { width: 595.28, height: 841.89 };
const SIZE_TOLERANCE = 2;
/** The reports' `@page` margin: 15 mm. */
const MARGIN = (15 / 25.4) * 72;

function reportPaths(): string[] {
  const root = join(DIST, "bao-cao");
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name === "index.html" ? [dir] : [],
    );
  return walk(root)
    .filter((dir) => dir !== root)
    .map((dir) => `/${relative(DIST, dir).split(sep).join("/")}/`)
    .sort();
}

/** The ruler: an invisible link this many CSS pixels wide, 150 pt on paper at full size. */
const RULER_PX = 200;
const RULER_PT = RULER_PX * 0.75;

/**
 * Adds the edge links to every body row of the report's tables, and the ruler at the top of
 * the report (Chromium shrinks a page whose content is wider than the paper instead of cutting
 * it; the ruler shows the scale). Returns how many rows were marked.
 */
async function markRows(page: Page): Promise<number> {
  return page.evaluate((rulerPx) => {
    const report = document.querySelector<HTMLElement>(".report");
    if (report) {
      report.style.position = "relative";
      const ruler = document.createElement("a");
      ruler.href = "https://row.invalid/ruler";
      ruler.setAttribute("aria-hidden", "true");
      ruler.style.cssText = `position:absolute;top:0;left:0;width:${rulerPx}px;height:2px;display:block`;
      report.prepend(ruler);
    }
    const rows = [...document.querySelectorAll<HTMLTableRowElement>(".report tbody tr")];
    rows.forEach((row, index) => {
      const cells = [...row.cells];
      const edges = [
        { cell: cells[0], side: "left", name: "start" },
        { cell: cells.at(-1), side: "right", name: "end" },
      ];
      for (const { cell, side, name } of edges) {
        if (!cell) continue;
        cell.style.position = "relative";
        const link = document.createElement("a");
        link.href = `https://row.invalid/${index}/${name}`;
        link.setAttribute("aria-hidden", "true");
        link.style.cssText = `position:absolute;top:0;bottom:0;${side}:0;width:2px;display:block`;
        cell.append(link);
      }
    });
    return rows.length;
  }, RULER_PX);
}

interface RowPlacement {
  /** Pages (0-based) on which each edge of the row lands. */
  start: number[];
  end: number[];
  /** The right edge of the row's last cell, in points. */
  right: number;
}

function placements(pages: PdfPage[]): Map<string, RowPlacement> {
  const rows = new Map<string, RowPlacement>();
  pages.forEach((page, index) => {
    for (const link of page.links) {
      const match = /^https:\/\/row\.invalid\/(\d+)\/(start|end)$/.exec(link.uri);
      if (!match) continue;
      const [, row = "", edge] = match;
      const placement = rows.get(row) ?? { start: [], end: [], right: 0 };
      if (edge === "start") placement.start.push(index);
      else {
        placement.end.push(index);
        placement.right = Math.max(placement.right, link.rect[2]);
      }
      rows.set(row, placement);
    }
  });
  return rows;
}

/** Problems of one printed report, in words. */
function problems(pages: PdfPage[], rowCount: number): string[] {
  const found: string[] = [];
  pages.forEach((page, index) => {
    if (Math.abs(page.width - A4.width) > SIZE_TOLERANCE || Math.abs(page.height - A4.height) > SIZE_TOLERANCE) {
      found.push(`page ${index + 1} is ${page.width} × ${page.height} pt, not A4`);
    }
  });
  const ruler = pages.flatMap((page) => page.links).find((link) => link.uri === "https://row.invalid/ruler");
  if (!ruler) found.push("the ruler is missing from the PDF");
  else {
    const scale = (ruler.rect[2] - ruler.rect[0]) / RULER_PT;
    if (scale < 0.99) {
      found.push(`printed at ${Math.round(scale * 100)} %: something is wider than the printable area`);
    }
  }
  const rows = placements(pages);
  for (let row = 0; row < rowCount; row += 1) {
    const placement = rows.get(String(row));
    if (!placement) {
      found.push(`row ${row} is missing from the PDF`);
      continue;
    }
    if (placement.end.length === 0) {
      found.push(`row ${row} runs off the right edge of the paper`);
      continue;
    }
    const spread = new Set([...placement.start, ...placement.end]);
    if (placement.start.length !== 1 || placement.end.length !== 1 || spread.size !== 1) {
      found.push(`row ${row} is split across pages ${[...spread].map((p) => p + 1).join(", ")}`);
    }
    const page = pages[placement.end[0] ?? 0];
    if (page && placement.right > page.width - MARGIN + 1) {
      found.push(`row ${row} ends at ${placement.right.toFixed(1)} pt, past the right margin`);
    }
  }
  return found;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("the print check itself", () => {
  it("sees a row that a page break splits", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/bao-cao/2016-2020/2018-ca-nam/`);
    const rows = await markRows(page);
    // A row taller than a page must break whatever the style sheet asks.
    await page.evaluate(() => {
      const row = document.querySelector<HTMLTableRowElement>(".report tbody tr");
      if (row?.cells[0]) row.cells[0].style.height = "1400px";
    });
    const found = problems(pdfPages(await page.pdf({ format: "A4" })), rows);
    expect(found.some((problem) => problem.startsWith("row 0 is split"))).toBe(true);
    await page.close();
  });

  it("sees a table wider than the paper", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/bao-cao/2016-2020/2018-ca-nam/`);
    const rows = await markRows(page);
    await page.evaluate(() => {
      const table = document.querySelector<HTMLTableElement>(".report table");
      if (table) table.style.minWidth = "1200px";
    });
    const found = problems(pdfPages(await page.pdf({ format: "A4" })), rows);
    expect(found.some((problem) => /wider than the printable area|off the right edge/.test(problem))).toBe(true);
    await page.close();
  });
});

describe("on paper", () => {
  it.each(["/bao-cao/2016-2020/2018-ca-nam/", "/chi-tieu/2016-2020/"])(
    "%s prints on white, not on the screen's paper tint",
    async (path) => {
      const page = await browser.newPage();
      await page.goto(`${base}${path}`);
      const screen = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.emulateMedia({ media: "print" });
      const paper = await page.evaluate(() =>
        [document.documentElement, document.body].map((element) => getComputedStyle(element).backgroundColor),
      );
      expect(screen).not.toBe("rgb(255, 255, 255)");
      expect(paper).toEqual(["rgb(255, 255, 255)", "rgb(255, 255, 255)"]);
      await page.close();
    },
  );
});

describe("every report prints on A4 without cut tables", () => {
  const paths = reportPaths();

  it("there are province and district-level reports to print", () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.some((path) => path.split("/").length === 6)).toBe(true);
  });

  it(`${paths.length} reports: A4 pages, no row split by a page break, no row past the margin`, async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    let printedPages = 0;
    let printedRows = 0;
    for (const path of paths) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(200);
      const rows = await markRows(page);
      const pdf = pdfPages(await page.pdf({ format: "A4" }));
      printedPages += pdf.length;
      printedRows += rows;
      failures.push(...problems(pdf, rows).map((problem) => `${path}: ${problem}`));
    }
    await page.close();
    console.log(`print: ${paths.length} reports, ${printedPages} A4 pages, ${printedRows} table rows checked`);
    expect(failures).toEqual([]);
  }, 300_000);
});
