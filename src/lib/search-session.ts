import { SEARCH_FACETS, type FacetName, type FacetValues } from "./search-facets";
import { newestFirst, orderLike, rankHits, titleMatchesAll, type Hit } from "./search-rank";
import { NEWEST, isEmptySearch, type SearchState } from "./search-state";
import { hasDiacritics, isPhrase, normaliseQuery, queryWords, strokeD } from "./search-text";

/**
 * What the search page does with a search, without the page: which Pagefind searches a state
 * needs and in what order, how their results are ranked, what the status line, pager and help
 * say. Pagefind is handed in (`SearchBackend`), so the whole of it runs against a fake in
 * `search-session.test.ts`; the `<dvk-search>` element only reads and writes the page.
 */

/** Pagefind's browser API (1.6), as far as the search page uses it. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindHit extends Hit {
  data(): Promise<PagefindData>;
}
/** Result counts by filter and value. */
export type FacetCounts = Record<string, Record<string, number> | undefined>;
export interface PagefindResponse {
  results: PagefindHit[];
  filters: FacetCounts;
}
export interface PagefindSearchOptions {
  filters?: Record<string, string | { none: never[] }>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
}

/** What a search found, in the order shown. */
export interface Found {
  hits: PagefindHit[];
  /** Whether the query had diacritics but no page spells its words that way. */
  noExactSpelling: boolean;
  /** Each word of a query of several words, with the number of pages it finds alone. */
  wordCounts: [string, number][];
}

/** Results per page of the search page. */
export const SEARCH_PAGE_SIZE = 10;

/** Naming every facet makes Pagefind load (and count) every filter index; `none: []` excludes nothing. */
const COUNT_EVERY_FACET = Object.fromEntries(SEARCH_FACETS.map(({ filter }) => [filter, { none: [] as never[] }]));

export interface SearchSessionOptions {
  /** Pagefind, loaded (and its options set) on the first call only. */
  load: () => Promise<Pagefind>;
  /**
   * Hands the main thread back to the browser between Pagefind searches, so that a search of
   * several words does not run as one long task on a slow phone.
   */
  nextTask: () => Promise<void>;
}

export interface SearchSession {
  /** Runs the searches behind a state and puts the results in the order shown. */
  find(state: SearchState): Promise<Found>;
  /**
   * Facet counts for a state. Each chosen facet is counted without its own choice, so that its
   * other values say what switching to them gives.
   */
  counts(state: SearchState): Promise<FacetCounts>;
}

/** A search session over one Pagefind: its searches run one at a time, in the order asked. */
export function createSearchSession({ load, nextTask }: SearchSessionOptions): SearchSession {
  let pagefind: Promise<Pagefind> | undefined;
  // One at a time: the exact-diacritics pass switches a Pagefind option for its search.
  let queue: Promise<unknown> = Promise.resolve();
  /** Every page's id, oldest first: the order in which the index was built. */
  let oldestFirst: Promise<string[]> | undefined;

  const loaded = () => (pagefind ??= load());
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function oneByOne(engine: Pagefind, terms: string[], filters: FacetValues): Promise<PagefindResponse[]> {
    const found: PagefindResponse[] = [];
    for (const term of terms) {
      await nextTask();
      found.push(await engine.search(term, { filters }));
    }
    return found;
  }

  /** The pages that hold the query's words with the same diacritics as typed. */
  async function exactSpelling(engine: Pagefind, term: string, filters: FacetValues): Promise<Set<string>> {
    await engine.options({ exactDiacritics: true });
    try {
      const exact = await engine.search(term, { filters });
      return new Set(exact.results.map((hit) => hit.id));
    } finally {
      await engine.options({ exactDiacritics: false });
    }
  }

  async function find(state: SearchState): Promise<Found> {
    const engine = await loaded();
    const filters = state.facets;
    const words = queryWords(state.query);
    if (words.length === 0) {
      // A filter-only search lists pages in index order, oldest first.
      const all = await engine.search(null, { filters });
      return { hits: [...all.results].reverse(), noExactSpelling: false, wordCounts: [] };
    }
    const phrase = isPhrase(state.query) ? strokeD(state.query) : undefined;
    const term = strokeD(words.join(" "));
    if (state.sort === "newest") {
      const found = await engine.search(phrase ?? term, { filters });
      oldestFirst ??= engine.search(null).then(
        (all) => all.results.map((hit) => hit.id),
        (error: unknown) => {
          oldestFirst = undefined;
          throw error;
        },
      );
      return { hits: newestFirst(found.results, await oldestFirst), noExactSpelling: false, wordCounts: [] };
    }
    const main = await engine.search(term, { filters });
    const perWord = words.length > 1 ? await oneByOne(engine, words.map(strokeD), filters) : [main];
    await nextTask();
    const exact = hasDiacritics(state.query) ? await exactSpelling(engine, term, filters) : undefined;
    let hits = rankHits({ hits: main.results, exact, titled: titleMatchesAll(perWord.map((r) => r.results)) });
    if (phrase) {
      await nextTask();
      const matched = await engine.search(phrase, { filters });
      hits = orderLike(matched.results, hits);
    }
    return {
      hits,
      noExactSpelling: exact !== undefined && exact.size === 0,
      wordCounts: words.length > 1 ? words.map((word, i) => [word, perWord[i]!.results.length]) : [],
    };
  }

  async function counts(state: SearchState): Promise<FacetCounts> {
    const engine = await loaded();
    const words = queryWords(state.query);
    const term = words.length > 0 ? strokeD(isPhrase(state.query) ? state.query : words.join(" ")) : null;
    const counted = (facets: FacetValues) =>
      engine.search(term, { filters: { ...COUNT_EVERY_FACET, ...facets } }).then((found) => found.filters);
    const result: FacetCounts = await counted(state.facets);
    for (const facet of Object.keys(state.facets) as FacetName[]) {
      const others = { ...state.facets };
      delete others[facet];
      result[facet] = (await counted(others))[facet];
    }
    return result;
  }

  return { find: (state) => enqueue(() => find(state)), counts: (state) => enqueue(() => counts(state)) };
}

/** The raw values of the search form's controls, by URL parameter. */
export interface ControlValues {
  query: string;
  /** Each facet's select, by its URL parameter (`linh-vuc` → `kinh-te`); empty for "any". */
  facets: Readonly<Record<string, string | undefined>>;
  /** The sort select's value: `moi-nhat` or empty. */
  sort: string;
}

/** The search a person has set in the form, from its first page. */
export function stateFromControls(controls: ControlValues): SearchState {
  const facets: FacetValues = {};
  for (const { filter, param } of SEARCH_FACETS) {
    const value = controls.facets[param];
    if (value) facets[filter] = value;
  }
  return {
    query: normaliseQuery(controls.query),
    facets,
    sort: controls.sort === NEWEST ? "newest" : "relevance",
    page: 1,
  };
}

/** The values the form's controls show for a state (the inverse of `stateFromControls`). */
export function controlsFromState(state: SearchState): ControlValues {
  return {
    query: state.query,
    facets: Object.fromEntries(SEARCH_FACETS.map(({ filter, param }) => [param, state.facets[filter] ?? ""])),
    sort: state.sort === "newest" ? NEWEST : "",
  };
}

/** A state without one facet, from its first page: what removing a filter chip searches. */
export function withoutFacet(state: SearchState, facet: FacetName): SearchState {
  const facets = { ...state.facets };
  delete facets[facet];
  return { ...state, facets, page: 1 };
}

/** The hits of a state's page of results. */
export function hitsOnPage<T>(hits: readonly T[], page: number): T[] {
  return hits.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE);
}

/** A text of the dictionary to show, by its key and the values of its placeholders. */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}

/** What the status line says about a search that found `total` pages; nothing for an empty search. */
export function statusMessage(state: SearchState, total: number): Message | undefined {
  if (isEmptySearch(state)) return undefined;
  if (total > 0) {
    return state.query
      ? { key: "search.countFor", values: { n: total, q: state.query } }
      : { key: "search.count", values: { n: total } };
  }
  return state.query ? { key: "search.noneFor", values: { q: state.query } } : { key: "search.noneFiltered" };
}

/** The pager of a search: where it stands, and the states of the previous and next pages. */
export interface Pager {
  page: number;
  pages: number;
  previous: SearchState | undefined;
  next: SearchState | undefined;
}

/** The pager for `total` results, or undefined when they fit on one page. */
export function pagerOf(state: SearchState, total: number): Pager | undefined {
  const pages = Math.ceil(total / SEARCH_PAGE_SIZE);
  if (pages <= 1) return undefined;
  return {
    page: state.page,
    pages,
    previous: state.page > 1 ? { ...state, page: state.page - 1 } : undefined,
    next: state.page < pages ? { ...state, page: state.page + 1 } : undefined,
  };
}

/** A way out of a search that found nothing: a link's text and the search it runs. */
export interface Suggestion {
  text: Message | string;
  target: SearchState;
}

/** Nothing found: the same query without filters, and each word that finds something alone. */
export function suggestionsFor(state: SearchState, found: Found): { suggestions: Suggestion[]; fewerWords: boolean } {
  const suggestions: Suggestion[] = [];
  if (state.query && Object.keys(state.facets).length > 0) {
    suggestions.push({
      text: { key: "search.withoutFilters", values: { q: state.query } },
      target: { ...state, facets: {}, page: 1 },
    });
  }
  const useful = found.wordCounts.filter(([, count]) => count > 0);
  for (const [word, count] of useful) {
    suggestions.push({ text: `${word} (${count})`, target: { ...state, query: word, page: 1 } });
  }
  return { suggestions, fewerWords: useful.length > 0 };
}

/** Fills a dictionary text's `{name}` placeholders; an unknown key shows as itself. */
export function fillText(
  strings: Readonly<Record<string, string>>,
  key: string,
  values: Record<string, string | number> = {},
): string {
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}
