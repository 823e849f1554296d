import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FORM_IDS, type FormId } from "../../src/lib/forms";
import { PAGE_PATHS, formPath } from "../../src/lib/urls";
import { launchBrowser, type Browser } from "../support/browser";
import { pdfPages, type PdfPage } from "../support/pdf";

/**
 * `/bieu-mau/` on paper, printed by Chromium on A4 without JavaScript. What we define: every
 * form starts at the top of a new sheet, so that each can be printed and handed out on its
 * own; the whole page prints as exactly the sheets of its forms printed one by one, nothing
 * more (the screen's introduction and list stay off paper) and nothing shared; the consent
 * form and the withdrawal form, which a person signs, are one sheet each. Each form's address
 * is a link at its top, which tells on which sheet and how high it landed.
 */
const base = inject("baseUrl");
const SITE = "https://dvk.ccbninhbinh.vn";
/** A4 in PDF points (210 × 297 mm); Chromium rounds to whole CSS pixels, hence the tolerance. */
const A4 = { width: 595.28, height: 841.89 };
const SIZE_TOLERANCE = 2;
/** The top margin is 12 mm (34 pt): a form's first line sits right under it. */
const TOP_OF_SHEET = 60;
/** The forms a person signs: one sheet each. */
const ONE_SHEET: readonly FormId[] = ["dong-y-cong-bo", "rut-lai-dong-y"];

const addressOf = (id: FormId) => `${SITE}${formPath(id)}`;

/** Where each form's address landed: its sheet, and how far below the sheet's top edge. */
function starts(pdf: PdfPage[]): Map<FormId, { sheet: number; fromTop: number }> {
  const found = new Map<FormId, { sheet: number; fromTop: number }>();
  pdf.forEach((sheet, index) => {
    for (const link of sheet.links) {
      const id = FORM_IDS.find((candidate) => link.uri === addressOf(candidate));
      if (id && !found.has(id)) found.set(id, { sheet: index, fromTop: sheet.height - link.rect[3] });
    }
  });
  return found;
}

/** What is wrong with where the forms start, given the sheets each takes alone; empty when all is well. */
function layoutProblems(pdf: PdfPage[], sheetsAlone: ReadonlyMap<FormId, number>): string[] {
  const problems: string[] = [];
  const found = starts(pdf);
  let expectedSheet = 0;
  for (const id of FORM_IDS) {
    const start = found.get(id);
    if (!start) problems.push(`${id}: its address is on no sheet`);
    else if (start.sheet !== expectedSheet)
      problems.push(`${id}: starts on sheet ${start.sheet + 1}, not ${expectedSheet + 1}`);
    else if (start.fromTop > TOP_OF_SHEET)
      problems.push(`${id}: starts ${Math.round(start.fromTop)} pt down its sheet`);
    expectedSheet += sheetsAlone.get(id) ?? 0;
  }
  if (pdf.length !== expectedSheet) problems.push(`${pdf.length} sheets, not the ${expectedSheet} of the forms alone`);
  return problems;
}

let browser: Browser;
let page: Page;
let whole: PdfPage[];
const sheetsAlone = new Map<FormId, number>();

async function open(): Promise<Page> {
  const tab = await browser.newPage();
  const response = await tab.goto(`${base}${PAGE_PATHS.forms}`);
  expect(response?.status()).toBe(200);
  return tab;
}

beforeAll(async () => {
  browser = await launchBrowser({ javaScriptEnabled: false });
  page = await open();
  whole = pdfPages(await page.pdf({ format: "A4" }));
  for (const id of FORM_IDS) {
    const alone = await open();
    // The test's own script, run by the driver: the page itself has none.
    await alone.evaluate((keep) => {
      for (const form of document.querySelectorAll(".form-sheet")) if (form.id !== keep) form.remove();
    }, id);
    sheetsAlone.set(id, pdfPages(await alone.pdf({ format: "A4" })).length);
    await alone.close();
  }
});

afterAll(async () => {
  await browser.close();
});

describe("the print check itself", () => {
  it("sees forms that run on into each other when the page breaks are gone", async () => {
    const tab = await open();
    // Through the style object: the Content-Security-Policy refuses an added style sheet.
    await tab.evaluate(() => {
      for (const form of document.querySelectorAll<HTMLElement>(".form-sheet")) {
        form.style.setProperty("break-before", "auto", "important");
      }
    });
    const joined = pdfPages(await tab.pdf({ format: "A4" }));
    expect(layoutProblems(joined, sheetsAlone)).not.toEqual([]);
    await tab.close();
  });

  it("sees a sheet too many", () => {
    expect(layoutProblems([...whole, whole[0]!], sheetsAlone)).toEqual([
      `${whole.length + 1} sheets, not the ${whole.length} of the forms alone`,
    ]);
  });
});

describe("/bieu-mau/ printed on A4", () => {
  it(`holds the ${FORM_IDS.length} forms, each from the top of a new sheet, and nothing else`, () => {
    expect(layoutProblems(whole, sheetsAlone)).toEqual([]);
    const total = [...sheetsAlone.values()].reduce((sum, sheets) => sum + sheets, 0);
    expect(whole.length).toBe(total);
    expect(whole.length).toBeGreaterThanOrEqual(FORM_IDS.length);
    console.log(
      `forms printed: ${whole.length} sheets (${FORM_IDS.map((id) => `${id} ${sheetsAlone.get(id)}`).join(", ")})`,
    );
  });

  it("every sheet is A4", () => {
    for (const sheet of whole) {
      expect(Math.abs(sheet.width - A4.width)).toBeLessThanOrEqual(SIZE_TOLERANCE);
      expect(Math.abs(sheet.height - A4.height)).toBeLessThanOrEqual(SIZE_TOLERANCE);
    }
  });

  it.each(ONE_SHEET.map((id) => [id]))("%s is one sheet, to sign and keep", (id) => {
    expect(sheetsAlone.get(id)).toBe(1);
  });

  it("prints the forms alone: no site header, footer or screen introduction", async () => {
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".site-footer", "h1", ".breadcrumb"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator(".form-sheet h2").first().isVisible()).toBe(true);
  });
});
