import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { rawEntries } from "../support/entries";
import {
  allResultUrls,
  announcedCount,
  hasFoldedPrefix,
  hasWord,
  openSearch,
  searchableEntries,
  shownUrls,
  waitForResults,
} from "../support/search";

/**
 * The search page as a person uses it: from the header box, with a keyboard, on a 360 px
 * phone, with a screen reader's status line, and without JavaScript.
 */
const base = inject("baseUrl");
const entries = searchableEntries();
const units = new Map(rawEntries("units").map((u) => [u.id, u.data]));
/** The model of a page about the Party, and the words of its title. */
const partyModel = entries.find((e) => e.collection === "models" && hasWord(e.title, "Đảng"))!;
const FIELD_LABELS: Record<string, string> = {
  "kinh-te": "Phát triển kinh tế",
  "van-hoa-xa-hoi": "Văn hoá – xã hội",
  "quoc-phong-an-ninh": "Quốc phòng – an ninh",
  "he-thong-chinh-tri": "Xây dựng hệ thống chính trị",
};
const ddmmyyyy = (iso: string) => iso.split("-").reverse().join("/");
/** Words that each find pages but never stand together in one: a trade and a seaside word. */
const apart = ["mật", "biển"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("search", () => {
  it("the header box of any page leads to the search page and its results", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/mo-hinh/`);
    const box = page.locator("header").getByRole("searchbox");
    await box.fill("nuoi ong");
    await box.press("Enter");
    await page.waitForURL(/\/tim-kiem\/\?q=nuoi\+ong$/);
    await waitForResults(page);
    expect(await page.locator("dvk-search input[name=q]").inputValue()).toBe("nuoi ong");
    expect(await announcedCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it(`a result shows title, type, unit, field, date, thumbnail and an excerpt with the real word: “dang” → ${partyModel.url}`, async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: "dang" });
    const item = page.locator("dvk-search .results li").filter({ has: page.locator(`a[href="${partyModel.url}"]`) });
    expect(await item.locator("h3").innerText()).toBe(partyModel.title);
    const unit = units.get(String(partyModel.data.unit));
    expect(await item.locator(".kind").innerText()).toBe(
      [
        "Mô hình",
        String(unit?.shortName),
        FIELD_LABELS[String(partyModel.data.field)],
        ddmmyyyy(String(partyModel.data.publishedOn)),
      ].join(" · "),
    );
    const thumb = item.locator("img.thumb");
    await thumb.scrollIntoViewIfNeeded();
    await expect
      .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await thumb.getAttribute("alt")).toBe("");
    const marks = await item.locator("mark").allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(hasFoldedPrefix(mark, "dang")).toBe(true);
    expect(marks.some((mark) => /^[Đđ]ảng/.test(mark))).toBe(true);
    await page.close();
  });

  it("announces the number of results in a polite live region", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: "dân vận khéo" });
    const status = page.locator("dvk-search [role=status]");
    expect(await status.getAttribute("aria-live")).toBe("polite");
    expect(await status.innerText()).toMatch(/^Tìm thấy \d+ kết quả cho “dân vận khéo”\.$/);
    expect(await announcedCount(page)).toBeGreaterThan(10);
    expect(await page.locator("dvk-search .results li").count()).toBe(10);
    await page.close();
  });

  it("waits for a pause in typing and keeps one history entry for it", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/tim-kiem/`);
    const entriesBefore = await page.evaluate(() => history.length);
    await page.locator("dvk-search input[name=q]").pressSequentially("nuoi ong", { delay: 40 });
    await page.waitForURL(/\?q=nuoi\+ong$/);
    await waitForResults(page);
    expect(await page.evaluate(() => history.length)).toBe(entriesBefore);
    expect(await announcedCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it("says so in Vietnamese when nothing matches, and offers the browse pages", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: "zzzkhongcozzz" });
    expect(await page.locator("dvk-search [role=status]").innerText()).toBe(
      "Không tìm thấy kết quả nào cho “zzzkhongcozzz”.",
    );
    expect(await page.locator("dvk-search .results li").count()).toBe(0);
    expect(await page.getByText("Cổng đã tìm cả cách viết có dấu và không dấu").isVisible()).toBe(true);
    const browse = page.locator("dvk-search .browse");
    expect(await browse.isVisible()).toBe(true);
    for (const field of Object.keys(FIELD_LABELS)) {
      expect(await browse.locator(`a[href="/linh-vuc/${field}/"]`).isVisible()).toBe(true);
    }
    expect(await browse.locator('a[href="/don-vi/"]').isVisible()).toBe(true);
    await page.close();
  });

  it("with no result under the filters, offers the same words without them", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: "nuoi ong", loai: "van-ban" });
    expect(await announcedCount(page)).toBe(0);
    await page.getByRole("link", { name: "Tìm “nuoi ong” trong mọi mục, bỏ bộ lọc" }).click();
    await page.waitForURL(/\?q=nuoi\+ong$/);
    await waitForResults(page);
    expect(await announcedCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it(`with no page holding all the words, offers each word that finds something: “${apart.join(" ")}”`, async () => {
    expect(entries.filter((e) => apart.every((word) => hasFoldedPrefix(e.text, word)))).toEqual([]);
    const page = await browser.newPage();
    await openSearch(page, base, { q: apart.join(" ") });
    expect(await announcedCount(page)).toBe(0);
    const suggestions = await page.locator("dvk-search .suggest a").allInnerTexts();
    expect(suggestions.map((s) => s.replace(/ \(\d+\)$/, ""))).toEqual(apart);
    await page.locator("dvk-search .suggest a").first().click();
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get("q")).toBe(apart[0]);
    expect(await announcedCount(page)).toBe(Number(/\((\d+)\)$/.exec(suggestions[0]!)?.[1]));
    await page.close();
  });

  it("when no page spells the words as typed, says the results match without diacritics", async () => {
    const typed = "nuối ong";
    expect(entries.some((e) => hasWord(e.text, "nuối"))).toBe(false);
    const page = await browser.newPage();
    await openSearch(page, base, { q: typed });
    expect(await announcedCount(page)).toBeGreaterThan(0);
    expect(await page.locator("dvk-search .notice").innerText()).toBe(
      `Không có trang nào viết đúng “${typed}”; các kết quả dưới đây khớp khi bỏ dấu.`,
    );
    await openSearch(page, base, { q: "nuôi ong".normalize("NFD") });
    expect(await announcedCount(page)).toBeGreaterThan(0);
    expect(await page.locator("dvk-search .notice").isVisible()).toBe(false);
    await page.close();
  });

  it("counts each facet value, and a count is what choosing it gives", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: "dan van kheo" });
    const total = await announcedCount(page);
    await page.locator("dvk-search summary").click();
    const models = page.locator('select[name=loai] option[value="mo-hinh"]');
    await expect.poll(() => models.innerText()).toMatch(/^Mô hình \(\d+\)$/);
    const count = Number(/\((\d+)\)/.exec(await models.innerText())?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await page.locator("select[name=loai]").selectOption("mo-hinh");
    await page.waitForURL(/loai=mo-hinh/);
    await waitForResults(page);
    expect(await announcedCount(page)).toBe(count);
    for (const url of await shownUrls(page)) expect(url).toMatch(/^\/mo-hinh\//);
    await page.getByRole("button", { name: "Bỏ lọc Loại: Mô hình" }).click();
    await page.waitForURL((url) => !url.searchParams.has("loai"));
    await waitForResults(page);
    expect(await announcedCount(page)).toBe(total);
    await page.close();
  });

  it("lists the models ready to be replicated, those with a how-to section, under “Sẵn sàng nhân rộng”", async () => {
    const ready = entries.filter((e) => e.collection === "models" && e.data.replication).map((e) => e.url);
    expect(ready.length).toBeGreaterThan(5);
    expect(entries.filter((e) => e.collection === "models").length).toBeGreaterThan(ready.length);
    const page = await browser.newPage();
    await openSearch(page, base, { "nhan-rong": "san-sang" });
    expect(await announcedCount(page)).toBe(ready.length);
    expect((await allResultUrls(page)).sort()).toEqual([...ready].sort());
    await page.locator("dvk-search summary").click();
    const option = page.locator('select[name="nhan-rong"] option[value="san-sang"]');
    expect(await option.innerText()).toMatch(/^Sẵn sàng nhân rộng/);
    expect(await page.locator('select[name="nhan-rong"]').inputValue()).toBe("san-sang");
    await page.close();
  });

  it("works with the keyboard alone", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/tim-kiem/`);
    await page.locator("dvk-search input[name=q]").focus();
    await page.keyboard.type("dang");
    await page.keyboard.press("Enter");
    await waitForResults(page);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Tìm");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    await page.keyboard.press("Enter");
    expect(await page.locator("dvk-search details").getAttribute("open")).toBe("");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).toBe("loai");
    await page.keyboard.press("ArrowDown");
    await page.waitForURL(/loai=mo-hinh/);
    await waitForResults(page);
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).toBe("loai");

    const next = page.locator("dvk-search .pager a", { hasText: "Trang sau" });
    await next.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/trang=2/);
    await waitForResults(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Kết quả tìm kiếm");
    await page.keyboard.press("Tab");
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href"));
    expect(target).toBe((await shownUrls(page))[0]);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${base}${target}`);
    await page.close();
  });

  it("fits a 360 px screen, with results and filters open", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await openSearch(page, base, { q: "Đảng", "linh-vuc": "he-thong-chinh-tri" });
    await page.locator("dvk-search summary").click();
    await expect
      .poll(() => page.locator('select[name="linh-vuc"] option[value="he-thong-chinh-tri"]').innerText())
      .toMatch(/\(\d+\)$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/search-360.png", fullPage: true });
    await page.close();
  });

  it("has no accessibility violations that axe can find, results and filters shown", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: "dân vận", loai: "mo-hinh" });
    await page.locator("dvk-search summary").click();
    // Evaluated rather than added as a <script>: the page's CSP rightly refuses inline scripts.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: string) => Promise<{ violations: { id: string }[] }> } }
      ).axe;
      return (await axe.run("main")).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe("search without JavaScript", () => {
  let noScript: Browser;
  beforeAll(async () => {
    noScript = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noScript.close();
  });

  it("the header form still leads somewhere useful: an explanation and the browse pages", async () => {
    const page = await noScript.newPage();
    await page.goto(`${base}/`);
    const box = page.locator("header").getByRole("searchbox");
    await box.fill("nuoi ong");
    await box.press("Enter");
    await page.waitForURL(/\/tim-kiem\/\?q=nuoi\+ong$/);
    const explanation = page.locator("dvk-search noscript p");
    expect(await explanation.isVisible()).toBe(true);
    expect(await explanation.innerText()).toMatch(/^Trình duyệt đang tắt JavaScript nên không tìm được\./);
    expect(await page.locator("dvk-search .controls").isVisible()).toBe(false);
    for (const href of [...Object.keys(FIELD_LABELS).map((field) => `/linh-vuc/${field}/`), "/don-vi/"]) {
      expect(await page.locator(`main a[href="${href}"]:visible`).count()).toBe(1);
    }
    await page.close();
  });

  it("the browse pages by field list every published model and person", async () => {
    const page = await noScript.newPage();
    for (const field of Object.keys(FIELD_LABELS)) {
      await page.goto(`${base}/linh-vuc/${field}/`);
      const links = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      const stories = entries.filter((e) => ["models", "people"].includes(e.collection) && e.data.field === field);
      for (const story of stories) expect(links, `${story.url} on /linh-vuc/${field}/`).toContain(story.url);
    }
    await page.close();
  });
});
