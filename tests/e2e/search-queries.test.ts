import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DIST } from "../build/setup";
import { launchBrowser, type Browser } from "../support/browser";
import { rawEntries } from "../support/entries";
import {
  allResultUrls,
  announcedCount,
  folded,
  hasFoldedPrefix,
  hasWord,
  openSearch,
  searchableEntries,
  shownUrls,
  waitForResults,
  type SearchableEntry,
} from "../support/search";

/**
 * What a reporter types, and what must come first, over the sample content. Every expectation
 * is read from the entry files (tests/support/search.ts), never from the site's own code, and
 * every query goes through the search page as a person uses it.
 */
const base = inject("baseUrl");
const entries = searchableEntries();
const byUrl = new Map(entries.map((e) => [e.url, e]));
const people = entries.filter((e) => e.collection === "people");
const models = entries.filter((e) => e.collection === "models");
const nfd = (text: string) => text.normalize("NFD");

/** A person whose name starts with Đ, and one whose given name is a đ word. */
const dPerson = people.find((p) => String(p.data.name).startsWith("Đ") && String(p.data.name).split(" ").length === 3)!;
const dGivenName = people.find((p) => /\sĐ\S+$/.test(String(p.data.name)) && p !== dPerson)!;
/** A model whose title holds a đ word. */
const dModel = models.find((m) => /[đĐ]/.test(m.title))!;
/** A model of a field with a title about a subject ("nuôi ong"). */
const beeModels = models.filter((m) => hasFoldedPrefix(m.title, "nuoi") && hasFoldedPrefix(m.title, "ong"));

/**
 * Three words in a row, with no punctuation between them, that only one entry's story holds:
 * searched as a quoted phrase, it must find that entry.
 */
function uniquePhrase(): { phrase: string; entry: SearchableEntry } {
  const spaced = (text: string) => ` ${folded(text).replace(/[^\p{L}]+/gu, " ")} `;
  for (const entry of models) {
    const paragraphs = entry.text
      .split("\n")
      .slice(2)
      .filter((line) => !/^#|[<>]/.test(line));
    const runs = paragraphs.flatMap((line) => line.split(/[^\p{L} ]+/u));
    for (const run of runs) {
      const words = run.split(" ").filter(Boolean);
      for (let i = 0; i + 3 <= words.length; i++) {
        const phrase = words.slice(i, i + 3).join(" ");
        const holders = entries.filter((e) => spaced(e.text).includes(` ${folded(phrase)} `));
        if (holders.length === 1 && words.slice(i, i + 3).every((w) => w.length > 2)) return { phrase, entry };
      }
    }
  }
  throw new Error("no phrase unique to one model in the sample content");
}
const { phrase, entry: phraseEntry } = uniquePhrase();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function firstResult(params: Record<string, string>): Promise<string | undefined> {
  const page = await browser.newPage();
  try {
    await openSearch(page, base, params);
    return (await shownUrls(page))[0];
  } finally {
    await page.close();
  }
}

async function everyResult(query: string): Promise<{ urls: string[]; announced: number }> {
  const page = await browser.newPage();
  try {
    await openSearch(page, base, { q: query });
    const announced = await announcedCount(page);
    return { urls: await allResultUrls(page), announced };
  } finally {
    await page.close();
  }
}

describe("the first result of what a reporter types", () => {
  const name = String(dPerson.data.name);
  it.each([
    ["a full name with Đ, as written", name, dPerson.url],
    ["the same name without diacritics", folded(name), dPerson.url],
    ["the same name typed in NFD", nfd(name), dPerson.url],
    ["the same name in capitals", name.toUpperCase(), dPerson.url],
    ["a name ending in a đ word, without diacritics", folded(String(dGivenName.data.name)), dGivenName.url],
    ["a model's exact title with đ", dModel.title, dModel.url],
    ["the same title without diacritics", folded(dModel.title), dModel.url],
    ["a quoted phrase from one story", `“${phrase}”`, phraseEntry.url],
  ])("%s: %j → %s", async (_case, query, url) => {
    expect(await firstResult({ q: query })).toBe(url);
  });

  it(`a facet combination: “nuoi ong”, models, ${String(beeModels[0]?.data.field)}`, async () => {
    expect(beeModels.length).toBeGreaterThan(0);
    const field = String(beeModels[0]!.data.field);
    const page = await browser.newPage();
    await openSearch(page, base, { q: "nuoi ong", loai: "mo-hinh", "linh-vuc": field });
    const urls = await shownUrls(page);
    expect(beeModels.filter((m) => m.data.field === field).map((m) => m.url)).toContain(urls[0]);
    for (const url of urls) {
      expect(url).toMatch(/^\/mo-hinh\//);
      expect(byUrl.get(url)?.data.field).toBe(field);
    }
    await page.close();
  });

  it("a quoted phrase finds fewer pages than its words", async () => {
    const quoted = await everyResult(`"${phrase}"`);
    const loose = await everyResult(phrase);
    expect(quoted.urls).toContain(phraseEntry.url);
    expect(quoted.announced).toBeLessThan(loose.announced);
  });

  it.each([
    ["Đảng", (e: SearchableEntry) => hasWord(e.title, "Đảng")],
    ["dang", (e: SearchableEntry) => hasFoldedPrefix(e.title, "dang")],
  ])("%j puts first a page whose title holds the word", async (query, titled) => {
    const candidates = entries.filter(titled).map((e) => e.url);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates).toContain(await firstResult({ q: query }));
  });
});

describe("đ, case and Unicode form never change what is found", () => {
  describe.each([
    ["đảng", "dang"],
    ["Đinh", "dinh"],
    ["Đức", "duc"],
  ])("%s", (word, plain) => {
    let found: Record<string, { urls: string[]; announced: number }>;
    beforeAll(async () => {
      found = {
        word: await everyResult(word),
        upper: await everyResult(word.toUpperCase()),
        nfd: await everyResult(nfd(word)),
        plain: await everyResult(plain),
      };
    });

    it(`finds every page whose title, summary or story has “${word}”, and says how many it found`, () => {
      const expected = entries.filter((e) => hasWord(e.text, word)).map((e) => e.url);
      expect(expected.length).toBeGreaterThan(0);
      expect(found.word!.urls).toEqual(expect.arrayContaining(expected));
      expect(found.word!.announced).toBe(found.word!.urls.length);
      expect(new Set(found.word!.urls).size).toBe(found.word!.urls.length);
    });

    it(`“${word.toUpperCase()}” and the NFD form find exactly the same pages`, () => {
      expect([...found.upper!.urls].sort()).toEqual([...found.word!.urls].sort());
      expect([...found.nfd!.urls].sort()).toEqual([...found.word!.urls].sort());
    });

    it(`“${plain}” finds all of them too`, () => {
      expect(found.plain!.urls).toEqual(expect.arrayContaining(found.word!.urls));
    });
  });
});

/** The text of a built page, character references decoded. */
function builtText(url: string): string {
  return readFileSync(join(DIST, url, "index.html"), "utf8")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

/** The date an entry is listed by. */
function dateOf(url: string): string {
  const data = byUrl.get(url)?.data ?? {};
  return String(data.publishedOn ?? data.issuedOn ?? data.year ?? "");
}

describe("ranking people expect", () => {
  it.each([
    ["Đinh", "Đinh", "Đình, định, dinh"],
    ["Đông", "Đông", "đồng, động"],
    [nfd("Đông"), "Đông", "đồng, động (typed in NFD)"],
  ])("“%s”: pages with “%s” spelled so come before those with only %s", async (query, word) => {
    const { urls } = await everyResult(query);
    const exact = urls.filter((url) => hasWord(byUrl.get(url)?.text ?? "", word));
    const otherSpellings = urls.filter((url) => !hasWord(builtText(url), word));
    expect(exact.length).toBeGreaterThan(1);
    expect(otherSpellings.length).toBeGreaterThan(0);
    expect(Math.max(...exact.map((url) => urls.indexOf(url)))).toBeLessThan(
      Math.min(...otherSpellings.map((url) => urls.indexOf(url))),
    );
  });

  it.each([["Yên Mô"], ["nhan rong"], ["phong trào"], ["nuôi ong"]])(
    "%j: pages whose title holds every word come before the others",
    async (query) => {
      const page = await browser.newPage();
      await openSearch(page, base, { q: query });
      const titles = await page.locator("dvk-search .results h3").allInnerTexts();
      const titled = titles.map((title) => query.split(" ").every((w) => hasFoldedPrefix(title, w)));
      expect(titled).toContain(true);
      expect(titled.indexOf(false) === -1 || titled.lastIndexOf(true) < titled.indexOf(false)).toBe(true);
      await page.close();
    },
  );

  it("newest first, when asked, whatever the relevance", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: "dan van kheo", "sap-xep": "moi-nhat" });
    const dates = (await shownUrls(page)).map(dateOf);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });
});

describe("facets without a query", () => {
  const units = new Map(rawEntries("units").map((u) => [u.id, u.data]));
  const districtOf = (unit: string): string =>
    units.get(unit)?.level === "xa" ? districtOf(String(units.get(unit)?.parent)) : unit;
  const district = districtOf(String(people[0]!.data.unit));

  it(`people of one district (${district}), newest first, are exactly those of the entry files`, async () => {
    const expected = people.filter((p) => districtOf(String(p.data.unit)) === district);
    const page = await browser.newPage();
    await openSearch(page, base, { loai: "dien-hinh", huyen: district });
    const urls = await allResultUrls(page);
    expect([...urls].sort()).toEqual(expected.map((p) => p.url).sort());
    expect(urls.map(dateOf)).toEqual(
      expected
        .map((p) => String(p.data.publishedOn))
        .sort()
        .reverse(),
    );
    await page.close();
  });
});

describe("a search URL", () => {
  const shared = { q: "dang", loai: "mo-hinh", trang: "2" };

  it("opened in a fresh browser shows the same results and the same controls", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, shared);
    const here = await page.locator("dvk-search .results h3").allInnerTexts();
    await page.close();
    expect(here.length).toBeGreaterThan(0);

    const fresh = await launchBrowser();
    try {
      const other = await fresh.newPage();
      await openSearch(other, base, shared);
      expect(await other.locator("dvk-search .results h3").allInnerTexts()).toEqual(here);
      expect(await other.locator("dvk-search input[name=q]").inputValue()).toBe("dang");
      expect(await other.locator("select[name=loai]").inputValue()).toBe("mo-hinh");
      expect(await other.locator("dvk-search .pager span").innerText()).toMatch(/^Trang 2\/\d+$/);
    } finally {
      await fresh.close();
    }
  });

  it("follows the back button", async () => {
    const page = await browser.newPage();
    await openSearch(page, base, { q: "nuoi ong" });
    const before = await shownUrls(page);
    const box = page.locator("dvk-search input[name=q]");
    await box.fill(String(dPerson.data.name));
    await box.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === String(dPerson.data.name));
    await waitForResults(page);
    expect((await shownUrls(page))[0]).toBe(dPerson.url);
    await page.goBack();
    await page.waitForFunction(
      (first) => document.querySelector("dvk-search .results h3 a")?.getAttribute("href") === first,
      before[0],
    );
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get("q")).toBe("nuoi ong");
    expect(await box.inputValue()).toBe("nuoi ong");
    expect(await shownUrls(page)).toEqual(before);
    await page.close();
  });
});
