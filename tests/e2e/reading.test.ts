import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { isPublished, rawEntries } from "../support/entries";

const base = inject("baseUrl");
const models = rawEntries("models").filter(isPublished);
const model = models.find((m) => m.data.sample === true) ?? models[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
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
    const context = browser.context;
    const page = await context.newPage();
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
