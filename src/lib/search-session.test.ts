import { describe, expect, it } from "vitest";
import type { FacetValues } from "./search-facets";
import {
  SEARCH_PAGE_SIZE,
  controlsFromState,
  createSearchSession,
  fillText,
  hitsOnPage,
  pagerOf,
  stateFromControls,
  statusMessage,
  suggestionsFor,
  withoutFacet,
  type Found,
  type Pagefind,
  type PagefindHit,
  type PagefindResponse,
  type PagefindSearchOptions,
} from "./search-session";
import type { SearchState } from "./search-state";
import { STROKE, strokeD } from "./search-text";

/** A page of the fake index: its id (in index order, oldest first), title, text and filters. */
interface FakePage {
  id: string;
  title: string;
  text: string;
  filters?: Record<string, string>;
}

/** What the fake was asked: each search's term, filters and whether diacritics had to match. */
interface Call {
  term: string | null;
  filters: PagefindSearchOptions["filters"];
  exactDiacritics: boolean;
}

/** Pagefind's folding: no tones or vowel marks, lower case; a stroked `d` stays apart from `d`. */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(new RegExp(`[\\u0300-\\u036f](?<!${STROKE})`, "gu"), "")
    .normalize("NFC")
    .toLowerCase();
const wordsOf = (text: string, exact: boolean) =>
  (exact ? text.normalize("NFC").toLowerCase() : fold(text)).split(/[^\p{L}\p{N}\u0335]+/u).filter(Boolean);

/**
 * A Pagefind that searches a handful of pages the way the site relies on: every word must be
 * there (folded, or as typed with `exactDiacritics`), a quoted phrase must be there as is with a
 * flat score, a title match is reported and scores higher, filters narrow, and counts are given
 * for the filters named in the search.
 */
function fakePagefind(unstroked: readonly FakePage[]) {
  // The index holds each page with `đ` stroked, as scripts/search-index.ts writes it.
  const pages = unstroked.map((page) => ({ ...page, title: strokeD(page.title), text: strokeD(page.text) }));
  const calls: Call[] = [];
  let exactDiacritics = false;
  /** While set, a search with the exact-spelling option on waits for it: the window to race into. */
  const hold: { exactSearches?: Promise<void> } = {};
  const hit = (page: FakePage, score: number, titleMatch: boolean): PagefindHit => ({
    id: page.id,
    score,
    matchedMetaFields: titleMatch ? ["title"] : [],
    data: () => Promise.resolve({ url: `/${page.id}/`, excerpt: page.text, meta: { title: page.title }, filters: {} }),
  });
  const pagefind: Pagefind = {
    options: (options) => {
      if (typeof options.exactDiacritics === "boolean") exactDiacritics = options.exactDiacritics;
      return Promise.resolve();
    },
    search: async (term, options = {}) => {
      calls.push({ term, filters: options.filters, exactDiacritics });
      if (exactDiacritics && hold.exactSearches) await hold.exactSearches;
      const chosen = Object.entries(options.filters ?? {}).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      );
      const inFilters = pages.filter((page) => chosen.every(([name, value]) => page.filters?.[name] === value));
      let results: PagefindHit[];
      if (term === null) {
        results = inFilters.map((page) => hit(page, 1, false));
      } else if (/^".*"$/.test(term)) {
        const phrase = wordsOf(term, exactDiacritics).join(" ");
        results = inFilters
          .filter((page) => wordsOf(`${page.title} ${page.text}`, exactDiacritics).join(" ").includes(phrase))
          .map((page) => hit(page, 1, false));
      } else {
        const wanted = wordsOf(term, exactDiacritics);
        results = inFilters
          .map((page) => {
            const title = wordsOf(page.title, exactDiacritics);
            const all = [...title, ...wordsOf(page.text, exactDiacritics)];
            const found = wanted.every((word) => all.includes(word));
            const titleMatch = wanted.some((word) => title.includes(word));
            const score = wanted.reduce((sum, word) => sum + all.filter((w) => w === word).length, 0);
            return { page, found, titleMatch, score: score + (titleMatch ? 10 : 0) };
          })
          .filter(({ found }) => found)
          .sort((a, b) => b.score - a.score)
          .map(({ page, score, titleMatch }) => hit(page, score, titleMatch));
      }
      const counted = Object.keys(options.filters ?? {});
      const filters: PagefindResponse["filters"] = Object.fromEntries(
        counted.map((name) => [
          name,
          results.reduce<Record<string, number>>((counts, { id }) => {
            const value = pages.find((page) => page.id === id)?.filters?.[name];
            if (value !== undefined) counts[value] = (counts[value] ?? 0) + 1;
            return counts;
          }, {}),
        ]),
      );
      return { results, filters };
    },
  };
  return { pagefind, calls, hold };
}

/** A session over the fake, counting loads and yields to the browser. */
function session(pages: readonly FakePage[]) {
  const fake = fakePagefind(pages);
  const tally = { loads: 0, yields: 0 };
  const searchSession = createSearchSession({
    load: () => {
      tally.loads += 1;
      return Promise.resolve(fake.pagefind);
    },
    nextTask: () => {
      tally.yields += 1;
      return Promise.resolve();
    },
  });
  return { ...searchSession, calls: fake.calls, hold: fake.hold, tally };
}

const state = (query: string, more: Partial<SearchState> = {}): SearchState => ({
  query,
  facets: {},
  sort: "relevance",
  page: 1,
  ...more,
});
const ids = (found: Found) => found.hits.map((hit) => hit.id);

/** Oldest first, as the index was built. */
const PAGES: FakePage[] = [
  { id: "nuoi-ong", title: "Nuôi ong lấy mật", text: "tổ hợp tác nuôi ong ở xã", filters: { field: "kinh-te" } },
  { id: "dan-van", title: "Dân vận khéo ở thôn", text: "cựu chiến binh dân vận", filters: { field: "van-hoa" } },
  { id: "dan-ca", title: "Đội dân ca", text: "dan ca và dân vận khéo", filters: { field: "van-hoa" } },
  { id: "duong-lang", title: "Làm đường làng", text: "hiến đất làm đường, dân vận", filters: { field: "kinh-te" } },
  { id: "ong-ba", title: "Ông bà kể chuyện", text: "ong bướm trong vườn", filters: { field: "van-hoa" } },
];

describe("the fake Pagefind (checked before it is trusted)", () => {
  it.each([
    ["a folded word finds every spelling", "dan", false, ["dan-van", "dan-ca", "duong-lang"]],
    ["an exact word finds only its spelling", "dân", true, ["dan-van", "dan-ca", "duong-lang"]],
    ["an exact word leaves other spellings out", "dan", true, ["dan-ca"]],
    ["a stroked đ is not a d", `d${STROKE}ường`, false, ["duong-lang"]],
    ["every word must be there", "ong mật", false, ["nuoi-ong"]],
  ])("%s", async (_rule, term, exact, expected) => {
    const { pagefind } = fakePagefind(PAGES);
    await pagefind.options({ exactDiacritics: exact });
    const found = await pagefind.search(term);
    expect(found.results.map((hit) => hit.id).sort()).toEqual([...expected].sort());
  });
});

describe("createSearchSession: which searches a state runs, and the order of what they find", () => {
  it("a filter-only search lists the filtered pages newest first, in one search", async () => {
    const s = session(PAGES);
    const found = await s.find(state("", { facets: { field: "kinh-te" } }));
    expect(ids(found)).toEqual(["duong-lang", "nuoi-ong"]);
    expect(s.calls).toEqual([{ term: null, filters: { field: "kinh-te" }, exactDiacritics: false }]);
  });

  it.each([
    // Without diacritics: Pagefind's order (title matches score higher), no exact pass.
    ["ong", ["nuoi-ong", "ong-ba"], false, []],
    // With diacritics: pages that spell the word so come first, whatever the score.
    ["ông", ["ong-ba", "nuoi-ong"], false, []],
    // With diacritics no page has: results stay, and the page says so.
    ["ống", ["nuoi-ong", "ong-ba"], true, []],
    // Several words: pages whose title holds every word come first; each word is counted alone.
    [
      "dân vận",
      ["dan-van", "dan-ca", "duong-lang"],
      false,
      [
        ["dân", 3],
        ["vận", 3],
      ],
    ],
  ])("%j finds %j (no exact spelling: %s, word counts %j)", async (query, expected, noExact, wordCounts) => {
    const found = await session(PAGES).find(state(query));
    expect(ids(found)).toEqual(expected);
    expect(found.noExactSpelling).toBe(noExact);
    expect(found.wordCounts).toEqual(wordCounts);
  });

  it("searches the exact spelling with the option on, and turns it off again", async () => {
    const s = session(PAGES);
    await s.find(state("ông"));
    expect(s.calls.map((call) => [call.term, call.exactDiacritics])).toEqual([
      ["ông", false],
      ["ông", true],
    ]);
    await s.find(state("ong"));
    expect(s.calls.at(-1)?.exactDiacritics).toBe(false);
  });

  it("hands Pagefind a stroked đ", async () => {
    const s = session(PAGES);
    const found = await s.find(state("đường"));
    expect(s.calls[0]?.term).toBe(`d${STROKE}ường`);
    expect(ids(found)).toEqual(["duong-lang"]);
  });

  it("a quoted phrase keeps only the pages with the phrase, in the order of the words searched loose", async () => {
    // The newest page is last in the index (the phrase search's flat order) but says the words
    // most often, so it comes before an older page the loose search ranks lower; the page whose
    // title holds every word stays first.
    const pages = [...PAGES, { id: "dan-van-moi", title: "Dân vận", text: "dân vận, dân vận khéo" }];
    const s = session(pages);
    const found = await s.find(state('"dân vận khéo"'));
    expect(ids(found)).toEqual(["dan-van", "dan-van-moi", "dan-ca"]);
    expect(s.calls.at(-1)?.term).toBe('"dân vận khéo"');
  });

  it("newest first orders by the index, which it reads once per session", async () => {
    const s = session(PAGES);
    expect(ids(await s.find(state("dân", { sort: "newest" })))).toEqual(["duong-lang", "dan-ca", "dan-van"]);
    expect(ids(await s.find(state("ong", { sort: "newest" })))).toEqual(["ong-ba", "nuoi-ong"]);
    expect(s.calls.filter((call) => call.term === null)).toHaveLength(1);
  });

  it("keeps the filters on every search it runs", async () => {
    const s = session(PAGES);
    const facets: FacetValues = { field: "van-hoa" };
    expect(ids(await s.find(state("dân vận", { facets })))).toEqual(["dan-van", "dan-ca"]);
    expect(s.calls.every((call) => call.filters !== undefined && call.filters.field === "van-hoa")).toBe(true);
  });

  it("loads Pagefind once, and yields to the browser between the searches of one state", async () => {
    const s = session(PAGES);
    await s.find(state("dân vận"));
    await s.find(state("ong"));
    expect(s.tally.loads).toBe(1);
    // "dân vận": a yield before each word's search and one before the exact pass; "ong": that last one.
    expect(s.tally.yields).toBe(3 + 1);
  });

  it("runs searches one at a time: a search asked meanwhile never sees the exact-spelling option on", async () => {
    const s = session(PAGES);
    let release = () => {};
    s.hold.exactSearches = new Promise((resolve) => (release = resolve));
    const withMarks = s.find(state("ông"));
    const ticks = async () => {
      for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await ticks();
    expect(s.calls.at(-1)).toMatchObject({ term: "ông", exactDiacritics: true });
    const meanwhile = [s.find(state("ong")), s.counts(state("ong"))];
    await ticks();
    release();
    await Promise.all([withMarks, ...meanwhile]);
    const loose = s.calls.filter((call) => call.term === "ong");
    expect(loose).toHaveLength(2);
    expect(loose.filter((call) => call.exactDiacritics)).toEqual([]);
  });

  it("counts each chosen facet without its own choice, the others with every choice", async () => {
    const s = session(PAGES);
    const counts = await s.counts(state("dân", { facets: { field: "van-hoa" } }));
    expect(counts.field).toEqual({ "van-hoa": 2, "kinh-te": 1 });
    expect(s.calls.map((call) => call.filters?.field)).toEqual(["van-hoa", { none: [] }]);
  });
});

describe("the form and the state", () => {
  it.each([
    [
      { query: "  nuôi   ong ", facets: { "linh-vuc": "kinh-te", "trang-thai": "" }, sort: "" },
      state("nuôi ong", { facets: { field: "kinh-te" } }),
    ],
    [{ query: "", facets: {}, sort: "moi-nhat" }, state("", { sort: "newest" })],
    [
      { query: "“dân vận”", facets: { huyen: "gia-vien" }, sort: "" },
      state('"dân vận"', { facets: { district: "gia-vien" } }),
    ],
  ])("controls %j are the search %j", (controls, expected) => {
    expect(stateFromControls(controls)).toEqual(expected);
    expect(stateFromControls(controlsFromState(expected))).toEqual(expected);
  });

  it("removing a filter chip keeps the rest and goes back to the first page", () => {
    const before = state("ong", { facets: { field: "kinh-te", district: "gia-vien" }, page: 3 });
    expect(withoutFacet(before, "field")).toEqual(state("ong", { facets: { district: "gia-vien" } }));
  });
});

describe("what the page says", () => {
  it.each([
    [state(""), 0, undefined],
    [state("ong"), 12, { key: "search.countFor", values: { n: 12, q: "ong" } }],
    [state("", { facets: { field: "kinh-te" } }), 4, { key: "search.count", values: { n: 4 } }],
    [state("ong"), 0, { key: "search.noneFor", values: { q: "ong" } }],
    [state("", { facets: { field: "kinh-te" } }), 0, { key: "search.noneFiltered" }],
  ])("status of %j with %i results: %j", (searched, total, message) => {
    expect(statusMessage(searched, total)).toEqual(message);
  });

  it.each([
    [1, 10, undefined],
    [1, 11, { page: 1, pages: 2, previous: undefined, next: 2 }],
    [2, 25, { page: 2, pages: 3, previous: 1, next: 3 }],
    [3, 25, { page: 3, pages: 3, previous: 2, next: undefined }],
  ])("page %i of %i results: %j", (page, total, expected) => {
    const pager = pagerOf(state("ong", { page }), total);
    expect(
      pager && { page: pager.page, pages: pager.pages, previous: pager.previous?.page, next: pager.next?.page },
    ).toEqual(expected);
  });

  it("shows ten results a page", () => {
    const hits = Array.from({ length: 25 }, (_, i) => i);
    expect(SEARCH_PAGE_SIZE).toBe(10);
    expect(hitsOnPage(hits, 3)).toEqual([20, 21, 22, 23, 24]);
    expect(hitsOnPage(hits, 4)).toEqual([]);
  });

  it.each([
    ["nothing to offer", state("xyz"), [], { texts: [], fewerWords: false }],
    [
      "the query without its filters",
      state("ong", { facets: { field: "kinh-te" } }),
      [],
      { texts: [{ key: "search.withoutFilters", values: { q: "ong" } }], fewerWords: false },
    ],
    [
      "each word that finds something",
      state("ong xyz"),
      [
        ["ong", 2],
        ["xyz", 0],
      ],
      { texts: ["ong (2)"], fewerWords: true },
    ],
  ] as const)("when nothing is found, suggests %s", (_case, searched, wordCounts, expected) => {
    const found: Found = { hits: [], noExactSpelling: false, wordCounts: wordCounts.map(([w, n]) => [w, n]) };
    const { suggestions, fewerWords } = suggestionsFor(searched, found);
    expect({ texts: suggestions.map(({ text }) => text), fewerWords }).toEqual(expected);
    for (const { target } of suggestions) expect(target.page).toBe(1);
  });

  it.each([
    ["search.countFor", { n: 3, q: "ong" }, "3 kết quả cho “ong”"],
    ["search.none", {}, "search.none"],
  ])("fills %s with %j", (key, values, text) => {
    expect(fillText({ "search.countFor": "{n} kết quả cho “{q}”" }, key, values)).toBe(text);
  });
});
