import { describe, expect, it } from "vitest";
import { cacheKey, dataKey, dayPart, siteKey, type KeyPart, type Shows, type SiteInputs } from "./page-keys";

const entry = (id: string, digest: string | number | undefined = `${id}-v1`) => ({ id, digest });

describe("cacheKey", () => {
  it("is a SHA-256 in hex, the same for the same parts", () => {
    const parts: KeyPart[] = [entry("a"), [entry("b"), entry("c")], 2, "x", undefined];
    expect(cacheKey(...parts)).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey(...parts)).toBe(cacheKey(...parts));
  });

  // Each pair shows something a page shows that must give it another key.
  it.each<[string, KeyPart[], KeyPart[]]>([
    ["an entry's digest", [entry("a", "1")], [entry("a", "2")]],
    ["which entry", [entry("a", "1")], [entry("b", "1")]],
    ["an entry added to a list", [[entry("a")]], [[entry("a"), entry("b")]]],
    ["an entry removed from a list", [[entry("a"), entry("b")]], [[entry("a")]]],
    ["the order of a list", [[entry("a"), entry("b")]], [[entry("b"), entry("a")]]],
    ["where lists split", [[entry("a"), entry("b")], [entry("c")]], [[entry("a")], [entry("b"), entry("c")]]],
    ["a neighbour that appears", [entry("a"), undefined], [entry("a"), entry("b")]],
    ["a number", [entry("a"), 1], [entry("a"), 2]],
    ["a number and the same text", [1], ["1"]],
    ["a text and an entry's id", ["a"], [entry("a", "")]],
    ["an empty list and none", [[]], [undefined]],
    ["a text with a line break", ["a\nb"], ["a", "b"]],
  ])("changes with %s", (_what, before, after) => {
    expect(cacheKey(...before)).not.toBe(cacheKey(...after));
  });

  it("refuses an entry without a digest, which could never tell that it changed", () => {
    expect(() => cacheKey([entry("a"), { id: "b" }])).toThrow(/b has no digest/);
  });
});

describe("dataKey", () => {
  it.each([
    [
      { units: ["a"], entries: [{ id: "m", status: "da-cong-nhan" }] },
      { units: ["a"], entries: [{ id: "m", status: "dang-ky" }] },
    ],
    [{ units: ["a", "b"] }, { units: ["b", "a"] }],
  ])("changes with the data: %j", (before, after) => {
    expect(dataKey(before)).not.toBe(dataKey(after));
    expect(dataKey(before)).toBe(dataKey(structuredClone(before)));
  });
});

describe("siteKey", () => {
  const site: SiteInputs = {
    settings: entry("site"),
    units: [entry("tinh"), entry("nho-quan")],
    campaigns: [
      { ...entry("2016-2020"), data: { startsOn: "2016-01-01", endsOn: "2020-12-31" } },
      { ...entry("2021-2025"), data: { startsOn: "2021-01-01", endsOn: "2025-12-31" } },
    ],
  };
  const ALL: Shows = { units: true, campaigns: true };
  const UNITS: Shows = { units: true, campaigns: false };
  const CAMPAIGNS: Shows = { units: false, campaigns: true };
  const NEITHER: Shows = { units: false, campaigns: false };

  it.each([
    ["two days within the same campaign", "2022-03-01", "2022-03-02"],
    ["two days after every campaign", "2026-12-07", "2027-06-01"],
    ["the last day of a campaign and the day before", "2025-12-30", "2025-12-31"],
  ])("is the same on %s: no campaign changes state", (_what, day, other) => {
    expect(siteKey(site, day, ALL)).toBe(siteKey(site, other, ALL));
  });

  it.each([
    ["a campaign ends", "2025-12-31", "2026-01-01"],
    ["a campaign begins", "2020-12-31", "2021-01-01"],
    ["the first campaign begins", "2015-12-31", "2016-01-01"],
  ])("changes when %s, on pages that name campaigns only", (_what, day, next) => {
    expect(siteKey(site, day, CAMPAIGNS)).not.toBe(siteKey(site, next, CAMPAIGNS));
    expect(siteKey(site, day, UNITS)).toBe(siteKey(site, next, UNITS));
  });

  const changes: [string, SiteInputs, Shows[], Shows[]][] = [
    ["the settings change", { ...site, settings: entry("site", "v2") }, [ALL, UNITS, CAMPAIGNS, NEITHER], []],
    [
      "a unit changes",
      { ...site, units: [entry("tinh"), entry("nho-quan", "v2")] },
      [ALL, UNITS],
      [CAMPAIGNS, NEITHER],
    ],
    ["a unit is added", { ...site, units: [...site.units, entry("gia-vien")] }, [ALL, UNITS], [CAMPAIGNS, NEITHER]],
    [
      "a campaign changes",
      { ...site, campaigns: [site.campaigns[0]!, { ...site.campaigns[1]!, digest: "v2" }] },
      [ALL, CAMPAIGNS],
      [UNITS, NEITHER],
    ],
  ];
  it.each(changes)(
    "when %s, changes for the pages that show it and no other",
    (_what, changed, showing, notShowing) => {
      for (const shows of showing)
        expect(siteKey(changed, "2026-12-07", shows)).not.toBe(siteKey(site, "2026-12-07", shows));
      for (const shows of notShowing)
        expect(siteKey(changed, "2026-12-07", shows)).toBe(siteKey(site, "2026-12-07", shows));
    },
  );
});

describe("dayPart", () => {
  it("names the day, for the pages that print it", () => {
    expect(dayPart("2026-12-07")).not.toBe(dayPart("2026-12-08"));
  });
});
