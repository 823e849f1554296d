import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { handoutContent, HANDOUT_FIT, type HandoutContent } from "../../src/lib/handout";
import { DIST } from "../build/setup";
import { launchBrowser, type Browser } from "../support/browser";
import { pdfPages } from "../support/pdf";
import { decodeQr } from "../support/qr";

/**
 * The handouts on paper: Chromium prints the longest ones to PDF on A4, each must be exactly one
 * page, and the QR code, photographed as printed, must read back as the story's address.
 * The handouts are chosen by the length of their printed text, from whatever entries exist.
 */
const base = inject("baseUrl");
const SITE = "https://dvk.ccbninhbinh.vn";
/** A4 in PDF points (210 × 297 mm); Chromium rounds to whole CSS pixels, hence the tolerance. */
const A4 = { width: 595.28, height: 841.89 };
const SIZE_TOLERANCE = 2;

interface Handout {
  /** `/mo-hinh/<id>/in/` */
  path: string;
  /** The story's absolute address, which the QR code must hold. */
  storyUrl: string;
  /** Characters of text on the sheet. */
  length: number;
}

function handoutsOf(segment: "mo-hinh" | "dien-hinh"): Handout[] {
  return readdirSync(join(DIST, segment), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(DIST, segment, entry.name, "in", "index.html")))
    .map((entry) => {
      const html = readFileSync(join(DIST, segment, entry.name, "in", "index.html"), "utf8");
      const sheet = /<article class="handout"[\s\S]*?<\/article>/.exec(html)?.[0] ?? "";
      return {
        path: `/${segment}/${entry.name}/in/`,
        storyUrl: `${SITE}/${segment}/${entry.name}/`,
        length: sheet.replace(/<[^>]+>/g, "").length,
      };
    })
    .sort((a, b) => b.length - a.length);
}

const models = handoutsOf("mo-hinh");
const people = handoutsOf("dien-hinh");
/** The two longest model handouts and the longest person's. */
const longest = [...models.slice(0, 2), ...people.slice(0, 1)];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function printed(path: string, grow?: string) {
  const page = await browser.newPage();
  const response = await page.goto(`${base}${path}`);
  expect(response?.status(), path).toBe(200);
  if (grow) {
    await page.evaluate((text) => {
      const block = document.createElement("p");
      block.textContent = text;
      document.querySelector(".handout")?.append(block);
    }, grow);
  }
  const pdf = pdfPages(await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "print" });
  return { page, pdf };
}

describe("the print checks themselves", () => {
  it("there are handouts of both kinds to choose from", () => {
    expect(models.length).toBeGreaterThan(2);
    expect(people.length).toBeGreaterThan(0);
    expect(longest.map((h) => h.length).every((length) => length > 500)).toBe(true);
  });

  it("see a handout that runs onto a second page", async () => {
    const { page, pdf } = await printed(longest[0]!.path, "Một đoạn rất dài. ".repeat(400));
    expect(pdf.length).toBeGreaterThan(1);
    await page.close();
  });

  it("find no QR code where there is none", async () => {
    const { page } = await printed(longest[0]!.path);
    expect(await decodeQr(await page.locator(".handout h1").screenshot())).toBeUndefined();
    await page.close();
  });
});

/** Vietnamese words to fill a text of `length` characters. */
const words = (length: number) => "Cựu chiến binh vận động hội viên cùng làm đường ".repeat(40).slice(0, length);

/** An entry past every limit: what the handout prints of it is what HANDOUT_FIT allows. */
const worstCase: HandoutContent = handoutContent({
  title: words(400),
  summary: words(400),
  results: Array.from({ length: 9 }, () => ({ label: words(300), value: words(60) })),
  steps: Array.from({ length: 10 }, () => ({ title: words(200), detail: words(600) })),
  awards: Array.from({ length: 5 }, () => words(300)),
});

describe("a handout filled to every limit of src/lib/handout.ts", () => {
  it("is cut, and says where to read the rest", () => {
    expect(worstCase.clipped).toBe(true);
    expect(worstCase.results).toHaveLength(HANDOUT_FIT.results);
    expect(worstCase.awards).toHaveLength(HANDOUT_FIT.awards);
  });

  it("still prints on exactly one A4 page", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${longest[0]!.path}`);
    await page.evaluate((content) => {
      const sheet = document.querySelector(".handout")!;
      const list = (selector: string, items: string[], fill: (item: Element, text: string) => void) => {
        const parent = sheet.querySelector(selector)!;
        const template = parent.firstElementChild!;
        parent.replaceChildren(
          ...items.map((text) => {
            const item = template.cloneNode(true) as Element;
            fill(item, text);
            return item;
          }),
        );
      };
      sheet.querySelector("h1")!.textContent = content.title;
      sheet.querySelector(".lede")!.textContent = content.summary;
      list(
        ".results",
        content.results.map((r) => JSON.stringify(r)),
        (item, text) => {
          const result = JSON.parse(text) as { label: string; value: string };
          item.querySelector("dd")!.textContent = result.value;
          item.querySelector("dt")!.textContent = result.label;
        },
      );
      list(
        ".steps",
        content.steps.map((s) => JSON.stringify(s)),
        (item, text) => {
          const step = JSON.parse(text) as { title: string; detail?: string };
          item.querySelector("strong")!.textContent = step.title;
          item.querySelector("span")!.textContent = `: ${step.detail ?? ""}`;
        },
      );
      list(".awards", content.awards, (item, text) => {
        item.textContent = text;
      });
      if (!sheet.querySelector(".more")) {
        const more = document.createElement("p");
        more.className = "more";
        more.textContent = "Xem tiếp tại https://dvk.ccbninhbinh.vn/mo-hinh/ten-mo-hinh-rat-dai/";
        sheet.querySelector(".source")!.before(more);
      }
    }, worstCase);
    const pdf = pdfPages(await page.pdf({ format: "A4" }));
    expect(pdf.length).toBe(1);
    await page.close();
  });
});

describe.each(longest.map((handout) => [handout.path, handout] as const))("%s on paper", (path, handout) => {
  it(`is exactly one A4 page (${handout.length} characters of text)`, async () => {
    const { page, pdf } = await printed(path);
    expect(pdf.length).toBe(1);
    expect(Math.abs(pdf[0]!.width - A4.width)).toBeLessThanOrEqual(SIZE_TOLERANCE);
    expect(Math.abs(pdf[0]!.height - A4.height)).toBeLessThanOrEqual(SIZE_TOLERANCE);
    await page.close();
  });

  it(`its QR code, as printed, reads ${handout.storyUrl}`, async () => {
    const { page } = await printed(path);
    const code = page.locator(".handout .qr .code");
    expect(await code.isVisible()).toBe(true);
    expect(await decodeQr(await code.screenshot({ scale: "device" }))).toBe(handout.storyUrl);
    expect(await page.locator(".handout .qr figcaption").innerText()).toContain(handout.storyUrl);
    await page.close();
  });

  it("prints the sheet alone: no site header, footer or screen note", async () => {
    const { page } = await printed(path);
    for (const selector of [".site-header", ".site-footer", ".screen-note"]) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator(".handout h1").isVisible()).toBe(true);
    await page.close();
  });
});
