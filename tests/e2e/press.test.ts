import { mkdirSync, writeFileSync } from "node:fs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { isPublished, rawEntries } from "../support/entries";

/**
 * What a reporter does on a phone: read the press box, select the address without any
 * script, download the original photo; and what a reader gets on paper.
 */

const base = inject("baseUrl");
const SITE = "https://dvk.ccbninhbinh.vn";
const model = rawEntries("models").find((m) => isPublished(m) && m.data.updatedOn) ?? rawEntries("models")[0]!;
const path = `/mo-hinh/${model.id}/`;
const cover = model.data.cover as { credit: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync("test-results", { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

describe("the press box on a 360 px phone", () => {
  it("shows quick facts, the citation with the page address and the last update, without overflowing", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}${path}`);
    const box = page.getByRole("complementary", { name: "Dành cho báo chí" });
    await box.scrollIntoViewIfNeeded();
    expect(await box.isVisible()).toBe(true);
    const text = await box.innerText();
    expect(text).toContain("Thông tin nhanh");
    expect(text).toContain(`“${String(model.data.title)}”, ${SITE}${path}, ngày `);
    expect(text).toContain(String(model.data.updatedOn).split("-").reverse().join("/"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await box.screenshot({ path: "test-results/press-box-360.png" });
    await page.close();
  });

  it("selects the whole address with one click, with no script on the page", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}${path}`);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.locator(".press-box .url").click();
    expect(await page.evaluate(() => window.getSelection()?.toString().trim())).toBe(`${SITE}${path}`);
    await page.close();
  });

  it("downloads the original photo, as large as the upload, and names its credit", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    const link = page.locator(".press-box a[download]");
    expect(await page.locator(".press-box").innerText()).toContain(cover.credit);
    const response = await page.request.get(new URL((await link.getAttribute("href"))!, base).href);
    expect(response.headers()["content-type"]).toBe("image/jpeg");
    const meta = await sharp(await response.body()).metadata();
    expect(await link.innerText()).toContain(`${meta.width} × ${meta.height}`);
    expect(meta.width).toBeGreaterThanOrEqual(1200);
    await page.close();
  });

  it("shares through plain links to Zalo, Facebook and e-mail", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    const share = page.locator(".press-box .share a");
    expect(await share.allInnerTexts()).toEqual(["Zalo", "Facebook", "Thư điện tử"]);
    const hrefs = await share.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs[0]).toBe(`https://sp.zalo.me/share_inline?url=${encodeURIComponent(`${SITE}${path}`)}`);
    expect(hrefs[2]).toMatch(/^mailto:\?subject=/);
    await page.close();
  });
});

describe("printing a story", () => {
  it("leaves out the navigation, keeps the photo and its credit, and prints the address", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".site-footer", "nav", ".press-box .share"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const photo = page.locator(".cover img");
    expect(await photo.isVisible()).toBe(true);
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.locator(".cover figcaption").innerText()).toContain(cover.credit);
    expect(await page.locator(".print-url").innerText()).toContain(`${SITE}${path}`);
    writeFileSync("test-results/story-print.pdf", await page.pdf({ format: "A4" }));
    await page.close();
  });
});

describe("the share image", () => {
  it("is served as a 1200×630 JPEG at the address the page announces", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    const response = await page.request.get(`${base}${new URL(image!).pathname}`);
    const bytes = await response.body();
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1200, 630]);
    await sharp(bytes).png().toFile("test-results/share-image.png");
    await page.close();
  });
});
