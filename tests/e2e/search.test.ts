import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { isPublished, rawEntries } from "../support/entries";

const base = inject("baseUrl");
const model = rawEntries("models").filter(isPublished)[0]!;
const title = String(model.data.title);
/** The longest word of the title: specific enough to find the model among the others. */
const word = title
  .split(/\s+/)
  .sort((a, b) => b.length - a.length)[0]!
  .replace(/[“”"(),.:]/g, "");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("search", () => {
  it(`finds a model by a word of its title (“${word}”), from the header box`, async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const box = page.locator("header").getByRole("searchbox");
    await box.fill(word);
    await box.press("Enter");
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    const result = page.locator(`.results a[href="/mo-hinh/${model.id}/"]`);
    await result.waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toBe(title);
    expect(await page.getByRole("status").innerText()).toMatch(/Tìm thấy \d+ kết quả/);
    await page.screenshot({ path: "test-results/search.png", fullPage: true });
    await page.close();
  });

  it("says so in Vietnamese when nothing matches", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/tim-kiem/?q=zzzkhongcozzz`);
    await page.getByText("Không tìm thấy kết quả nào").waitFor({ timeout: 15_000 });
    expect(await page.locator(".results li").count()).toBe(0);
    await page.close();
  });
});
