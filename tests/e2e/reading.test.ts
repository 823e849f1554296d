import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { isPublished, rawEntries } from "../support/entries";

const base = inject("baseUrl");
const models = rawEntries("models").filter(isPublished);
const model = models.find((m) => m.data.sample === true) ?? models[0]!;

/**
 * Whether a tab runs scripts, asked of the tab itself: a probe page (served by the test on the
 * site's origin, as the site's pages never run one) whose script marks the page, and whose
 * `<noscript>` is shown as HTML only when scripts are off.
 */
async function runsScripts(page: Page): Promise<{ scriptRan: boolean; noscriptShown: boolean }> {
  const probe = `${base}/__tham-do-js__/`;
  await page.route(probe, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: '<!doctype html><title>probe</title><noscript><p id="off">off</p></noscript><script src="run.js"></script>',
    }),
  );
  await page.route(`${probe}run.js`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "document.documentElement.dataset.ran = 'yes';" }),
  );
  await page.goto(probe);
  const result = {
    scriptRan: (await page.getAttribute("html", "data-ran")) === "yes",
    noscriptShown: (await page.locator("#off").count()) === 1,
  };
  await page.unrouteAll();
  return result;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser.close();
});

describe("the JavaScript probe", () => {
  // The control: the same probe in a browser with scripts on sees them run.
  it("sees scripts run in a browser that runs them", async () => {
    const withScripts = await launchBrowser();
    try {
      expect(await runsScripts(await withScripts.newPage())).toEqual({ scriptRan: true, noscriptShown: false });
    } finally {
      await withScripts.close();
    }
  });

  it("sees no script run in the browser these reading tests use", async () => {
    const page = await browser.newPage();
    expect(await runsScripts(page)).toEqual({ scriptRan: false, noscriptShown: true });
    await page.close();
  });
});

describe("reading without JavaScript on a phone", () => {
  it("the home page shows the movement, its figures and the search box", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}/`);
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.locator("h1").first().innerText()).toContain("Dân vận khéo");
    expect(await page.getByRole("search").first().isVisible()).toBe(true);
    const figures = await page.locator(".figures strong").allInnerTexts();
    expect(figures.map(Number)[0]).toBe(models.length);
    await page.screenshot({ path: "test-results/home-360.png", fullPage: true });
    await page.close();
  });

  it("a model story fits a 360 px screen and shows its cover, facts and body", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}/mo-hinh/${model.id}/`);
    expect(await page.locator("h1").innerText()).toBe(model.data.title);
    expect(await page.locator(".facts").isVisible()).toBe(true);
    expect(await page.locator(".facts").innerText()).toContain("Lĩnh vực");
    const cover = page.locator(".cover img");
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await cover.getAttribute("alt")).toBe((model.data.cover as { alt: string }).alt);
    if (model.data.sample === true) expect(await page.getByText("Nội dung minh hoạ").first().isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // JSON-LD is data for search engines, not code: the page runs no script.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.screenshot({ path: "test-results/model-360.png", fullPage: true });
    await page.close();
  });
});
