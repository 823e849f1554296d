import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { rawEntries } from "../support/entries";
import {
  allResultUrls,
  announcedCount,
  hasFoldedPrefix,
  folded,
  hasWord,
  openSearch,
  searchableEntries,
  shownUrls,
  waitForResults,
  type SearchableEntry,
} from "../support/search";

/**
 * The search page as a person uses it: from the header box, with a keyboard, on a 360 px
 * phone, with a screen reader's status line, and without JavaScript.
 */
const base = inject("baseUrl");
const entries = searchableEntries();
const units = new Map(rawEntries("units").map((u) => [u.id, u.data]));
const models = entries.filter((e) => e.collection === "models");

/*
 * Every word searched below is picked from whatever entries exist (tests/support/search.ts
 * reads them from their files), never from the sample content's own words.
 */
/** The words of a text, three letters or more, as written. */
const wordsOf = (text: string) =>
  text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
/** Each entry's words, folded as search folds them. */
const foldedWords = new Map(entries.map((e) => [e, folded(e.text).split(/[^\p{L}\p{N}]+/u)]));
const holdersOf = new Map<string, SearchableEntry[]>();
/** The entries with a word that starts with the word typed, folded as search folds them. */
function holders(typed: string): SearchableEntry[] {
  const prefix = folded(typed);
  if (!holdersOf.has(prefix)) {
    holdersOf.set(
      prefix,
      entries.filter((e) => foldedWords.get(e)?.some((word) => word.startsWith(prefix))),
    );
  }
  return holdersOf.get(prefix) ?? [];
}
const rarestFirst = (words: string[]) =>
  [...new Set(words)].sort((a, b) => holders(a).length - holders(b).length || a.localeCompare(b));

/** A word of a model's title typed without diacritics, which no document holds, and its model. */
const { typed, typedModel } = (() => {
  for (const model of models) {
    for (const word of rarestFirst(wordsOf(model.title))) {
      const typed = folded(word);
      if (typed.length >= 4 && !holders(typed).some((e) => e.collection === "documents")) {
        return { typed, typedModel: model };
      }
    }
  }
  throw new Error("no model title has a word that no document holds");
})();
/** `?q=…` as the address writes the typed word. */
const typedQuery = new RegExp(
  `\\?${new URLSearchParams({ q: typed }).toString().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`,
);

/**
 * A model with a cover and a word with diacritics that its story uses more than once, that
 * only a few pages hold (all on the first page of results), and that is the only word of the
 * story starting like it: searched without diacritics, the result's excerpt must mark it.
 */
const { markedModel, markedWord } = (() => {
  for (const model of models.filter((m) => m.data.cover !== undefined)) {
    const story = wordsOf(model.text.slice(model.title.length));
    const counted = (word: string) => story.filter((w) => w.toLowerCase() === word.toLowerCase()).length;
    for (const word of rarestFirst(story)) {
      const typedWord = folded(word);
      const alike = wordsOf(model.text).filter((w) => folded(w).startsWith(typedWord));
      if (
        word.toLowerCase() !== typedWord &&
        counted(word) > 1 &&
        holders(typedWord).length <= 5 &&
        alike.every((w) => w.toLowerCase() === word.toLowerCase())
      ) {
        return { markedModel: model, markedWord: word };
      }
    }
  }
  throw new Error("no model's story has a word with diacritics that only a few pages hold");
})();

/** Two words that each find pages but never stand together in one. */
const apart = (() => {
  const words = rarestFirst(entries.flatMap((e) => wordsOf(e.title))).filter((w) => w.length >= 4);
  for (const first of words) {
    const second = words.find((w) => !holders(first).some((e) => holders(w).includes(e)));
    if (second) return [first, second];
  }
  throw new Error("every two title words stand together in some entry");
})();

/** A word of a model's title with a tone put on its first vowel that no page writes so. */
const { misspelt, spelt } = (() => {
  const TONED: Record<string, string> = { a: "á", e: "é", i: "í", o: "ó", u: "ú", y: "ý" };
  for (const word of wordsOf(typedModel.title)) {
    const plain = folded(word);
    const misspelt = plain.replace(/[aeiouy]/, (vowel) => TONED[vowel] ?? vowel);
    if (misspelt !== plain && !entries.some((e) => hasWord(e.text, misspelt))) return { misspelt, spelt: word };
  }
  throw new Error("no title word of the model can be misspelt");
})();

/** A word that a model and a page of another kind both hold, typed without diacritics. */
const shared = (() => {
  for (const model of models) {
    for (const word of rarestFirst(wordsOf(model.text))) {
      const kinds = new Set(holders(folded(word)).map((e) => e.collection));
      if (kinds.has("models") && kinds.size > 1) return folded(word);
    }
  }
  throw new Error("no word is held by a model and a page of another kind");
})();

/** Every unit page holds these words in its name; there are more units than one page of results. */
const MANY = "cựu chiến binh";
const FIELD_LABELS: Record<string, string> = {
  "kinh-te": "Phát triển kinh tế",
  "van-hoa-xa-hoi": "Văn hoá – xã hội",
  "quoc-phong-an-ninh": "Quốc phòng – an ninh",
  "he-thong-chinh-tri": "Xây dựng hệ thống chính trị",
};
const ddmmyyyy = (iso: string) => iso.split("-").reverse().join("/");
/**
 * A unit's short name as lists write it: with its dates ("từ …", "đến …") only where another
 * unit has the same short name (a commune and the commune of 2025 formed from it).
 */
function listedName(id: string): string {
  const unit = units.get(id);
  const shortName = String(unit?.shortName);
  const namesakes = [...units.values()].filter((other) => other.shortName === shortName).length;
  const dates = [
    unit?.validFrom !== undefined && `từ ${ddmmyyyy(String(unit.validFrom))}`,
    unit?.validTo !== undefined && `đến ${ddmmyyyy(String(unit.validTo))}`,
  ].filter(Boolean);
  return namesakes > 1 && dates.length > 0 ? `${shortName} (${dates.join(" ")})` : shortName;
}

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
    await box.fill(typed);
    await box.press("Enter");
    await page.waitForURL(typedQuery);
    await waitForResults(page);
    expect(await page.locator("dvk-search input[name=q]").inputValue()).toBe(typed);
    expect(await announcedCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it(`a result shows title, type, unit, field, date, thumbnail and an excerpt with the real word: “${folded(markedWord)}” → ${markedModel.url}`, async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: folded(markedWord) });
    const item = page.locator("dvk-search .results li").filter({ has: page.locator(`a[href="${markedModel.url}"]`) });
    expect(await item.locator("h3").innerText()).toBe(markedModel.title);
    expect(await item.locator(".kind").innerText()).toBe(
      [
        "Mô hình",
        listedName(String(markedModel.data.unit)),
        FIELD_LABELS[String(markedModel.data.field)],
        ddmmyyyy(String(markedModel.data.publishedOn)),
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
    for (const mark of marks) expect(hasFoldedPrefix(mark, folded(markedWord))).toBe(true);
    expect(marks.some((mark) => mark.normalize("NFC").toLowerCase().startsWith(markedWord.toLowerCase()))).toBe(true);
    await page.close();
  });

  it("announces the number of results in a polite live region", async () => {
    const page = await browser.newPage();
    expect(units.size).toBeGreaterThan(10);
    await openSearch(page, base, { q: MANY });
    const status = page.locator("dvk-search [role=status]");
    expect(await status.getAttribute("aria-live")).toBe("polite");
    expect(await status.innerText()).toMatch(new RegExp(`^Tìm thấy \\d+ kết quả cho “${MANY}”\\.$`));
    expect(await announcedCount(page)).toBeGreaterThan(10);
    expect(await page.locator("dvk-search .results li").count()).toBe(10);
    await page.close();
  });

  it("waits for a pause in typing and keeps one history entry for it", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/tim-kiem/`);
    const entriesBefore = await page.evaluate(() => history.length);
    await page.locator("dvk-search input[name=q]").pressSequentially(typed, { delay: 40 });
    await page.waitForURL(typedQuery);
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
    await openSearch(page, base, { q: typed, loai: "van-ban" });
    expect(await announcedCount(page)).toBe(0);
    await page.getByRole("link", { name: `Tìm “${typed}” trong mọi mục, bỏ bộ lọc` }).click();
    await page.waitForURL(typedQuery);
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
    expect(entries.some((e) => hasWord(e.text, misspelt))).toBe(false);
    const page = await browser.newPage();
    await openSearch(page, base, { q: misspelt });
    expect(await announcedCount(page)).toBeGreaterThan(0);
    expect(await page.locator("dvk-search .notice").innerText()).toBe(
      `Không có trang nào viết đúng “${misspelt}”; các kết quả dưới đây khớp khi bỏ dấu.`,
    );
    await openSearch(page, base, { q: spelt.normalize("NFD") });
    expect(await announcedCount(page)).toBeGreaterThan(0);
    expect(await page.locator("dvk-search .notice").isVisible()).toBe(false);
    await page.close();
  });

  it("counts each facet value, and a count is what choosing it gives", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: shared });
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
    expect(ready.length).toBeGreaterThan(0);
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
    await page.keyboard.type(folded(MANY));
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
    // Back to every kind, where the unit pages alone are more than one page of results.
    await page.keyboard.press("ArrowUp");
    await page.waitForURL((url) => !url.searchParams.has("loai"));
    await waitForResults(page);

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
    const field = String(typedModel.data.field);
    await openSearch(page, base, { q: typed, "linh-vuc": field });
    await page.locator("dvk-search summary").click();
    await expect
      .poll(() => page.locator(`select[name="linh-vuc"] option[value="${field}"]`).innerText())
      .toMatch(/\(\d+\)$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/search-360.png", fullPage: true });
    await page.close();
  });

  it("has no accessibility violations that axe can find, results and filters shown", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: typed, loai: "mo-hinh" });
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
    await box.fill(typed);
    await box.press("Enter");
    await page.waitForURL(typedQuery);
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
