import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { rawEntries } from "../support/entries";
import { allResultUrls, folded, openSearch, searchableEntries } from "../support/search";

/**
 * Search finds a unit, and its models and people, by any of its names: a commune's name from
 * before 2025 finds the unit it merged into, with or without diacritics; the new unit's name
 * finds the stories of the units it was formed from. Expectations come from the unit files.
 */
const base = inject("baseUrl");
/** A unit's place as people name it: "xã Ninh Hải" from "Hội Cựu chiến binh xã Ninh Hải". */
const placeOf = (name: string) => name.normalize("NFC").replace(/^Hội Cựu chiến binh\s+/i, "");
const units = rawEntries("units").map(({ id, data }) => ({
  id,
  place: placeOf(String(data.name)),
  successor: typeof data.successor === "string" ? data.successor : undefined,
}));
const stories = searchableEntries().filter((e) => e.collection === "models" || e.collection === "people");
/** Units that merged into another of a different name. */
const merged = units.filter(
  (u) => u.successor !== undefined && units.find((s) => s.id === u.successor)?.place !== u.place,
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function everyResult(query: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await openSearch(page, base, { q: query });
    return await allResultUrls(page);
  } finally {
    await page.close();
  }
}

describe("an old unit's name finds the unit it merged into", () => {
  it("the sample units have communes that merged under a new name", () => {
    expect(merged.length).toBeGreaterThan(2);
  });

  it.each(merged.flatMap((u) => [[u.place, u] as const, [folded(u.place), u] as const]))(
    "“%s” finds /don-vi/<its successor>/ and the unit's own page",
    async (query, unit) => {
      const urls = await everyResult(query);
      expect(urls).toContain(`/don-vi/${unit.successor ?? ""}/`);
      expect(urls).toContain(`/don-vi/${unit.id}/`);
    },
  );
});

describe("a new unit's name finds the stories of the units it was formed from", () => {
  const cases = merged.flatMap((u) => {
    const successor = units.find((s) => s.id === u.successor);
    const ofUnit = stories.filter((s) => s.data.unit === u.id).map((s) => s.url);
    return successor && ofUnit.length > 0 ? [[successor.place, ofUnit] as const] : [];
  });

  it("the sample content has such stories", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)("“%s” finds %j", async (query, urls) => {
    expect(await everyResult(folded(query))).toEqual(expect.arrayContaining([...urls]));
  });
});
