import { formatDate } from "../lib/dates";
import { SEARCH_FACETS, type FacetName, type FacetValues } from "../lib/search-facets";
import { newestFirst, orderLike, rankHits, titleMatchesAll, type Hit } from "../lib/search-rank";
import { PARAMS, isEmptySearch, readSearchState, searchHref, type SearchState } from "../lib/search-state";
import { fromIndexText, hasDiacritics, isPhrase, normaliseQuery, queryWords, strokeD } from "../lib/search-text";
import { PAGEFIND_SCRIPT_PATH } from "../lib/urls";

/** Pagefind's browser API (1.6), as far as this element uses it. */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindHit extends Hit {
  data(): Promise<PagefindData>;
}
type Counts = Record<string, Record<string, number> | undefined>;
interface PagefindResponse {
  results: PagefindHit[];
  filters: Counts;
}
interface SearchOptions {
  filters?: Record<string, string | { none: never[] }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
}

/** What a search found, in the order shown. */
interface Found {
  hits: PagefindHit[];
  /** Whether the query had diacritics but no page spells its words that way. */
  noExactSpelling: boolean;
  /** Each word of a query of several words, with the number of pages it finds alone. */
  wordCounts: [string, number][];
}

const PAGE_SIZE = 10;
const COUNT_EVERY_FACET = Object.fromEntries(SEARCH_FACETS.map(({ filter }) => [filter, { none: [] as never[] }]));
const TYPING_PAUSE_MS = 250;

/**
 * Hands the main thread back to the browser until its next task. A search is several Pagefind
 * searches, and each runs to its end in one go once its index chunks are in (decompressing,
 * then WebAssembly); chained by promises alone, they would all run as one long task on a slow
 * phone, with no paint and no reaction to a tap in between.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** One search per term, each in a task of its own. */
async function searchOneByOne(pagefind: Pagefind, terms: string[], filters: FacetValues): Promise<PagefindResponse[]> {
  const found: PagefindResponse[] = [];
  for (const term of terms) {
    await nextTask();
    found.push(await pagefind.search(term, { filters }));
  }
  return found;
}

/**
 * Live search over the Pagefind index. The whole state (query, facets, sort, page) lives in
 * the URL, so a search can be shared and the back button works. Pagefind's script comes with
 * the page (a modulepreload, see src/pages/tim-kiem/index.astro) but runs, and fetches its
 * index, only at the first search; the facet counts (all filter indexes) only when the reader
 * opens the filters.
 */
export class DvkSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  /** Searches run one at a time: the exact-diacritics pass switches a Pagefind option. */
  #queue: Promise<unknown> = Promise.resolve();
  #latest = 0;
  #timer: number | undefined;
  #strings: Record<string, string> = {};
  /** Labels of facet values by facet and code, read from the options of the facet lists. */
  #labels: Record<string, Record<string, string>> = {};
  /** Every page's id, oldest first: the order in which the index was built. */
  #oldestFirst: Promise<string[]> | undefined;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset.strings ?? "{}") as Record<string, string>;
    const form = this.querySelector("form");
    const input = this.#input;
    if (!form || !input) return;
    this.#part(".controls").hidden = false;
    for (const select of this.querySelectorAll<HTMLSelectElement>("select[data-facet]")) {
      const labels: Record<string, string> = {};
      for (const option of select.options) {
        option.dataset.label = option.text;
        if (option.value) labels[option.value] = option.text;
      }
      this.#labels[select.dataset.facet ?? ""] = labels;
    }

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      window.clearTimeout(this.#timer);
      this.#go({ ...this.#fromControls(), page: 1 }, "push");
    });
    input.addEventListener("input", () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#go({ ...this.#fromControls(), page: 1 }, "replace"), TYPING_PAUSE_MS);
    });
    form.addEventListener("change", (event) => {
      if (event.target instanceof HTMLSelectElement) this.#go({ ...this.#fromControls(), page: 1 }, "push");
    });
    this.#part("details").addEventListener("toggle", () => void this.#showCounts());
    // Pager, filter chips and suggestions are links to search URLs: follow them in place.
    this.addEventListener("click", (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-search]");
      const chip = (event.target as Element).closest<HTMLButtonElement>("button[data-remove]");
      if (link && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        event.preventDefault();
        const state = readSearchState(new URL(link.href).searchParams);
        this.#go(state, "push", link.closest(".pager") !== null);
      } else if (chip) {
        const state = this.#fromControls();
        delete state.facets[chip.dataset.remove as FacetName];
        this.#go({ ...state, page: 1 }, "push");
        this.#input?.focus();
      }
    });
    window.addEventListener("popstate", () => void this.#show(readSearchState(new URLSearchParams(location.search))));
    void this.#show(readSearchState(new URLSearchParams(location.search)));
  }

  get #input(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>("input[name=q]");
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`dvk-search: missing ${selector}`);
    return element;
  }

  #fromControls(): SearchState {
    const facets: FacetValues = {};
    for (const { filter, param } of SEARCH_FACETS) {
      const value = this.querySelector<HTMLSelectElement>(`select[name="${param}"]`)?.value;
      if (value) facets[filter] = value;
    }
    return {
      query: normaliseQuery(this.#input?.value ?? ""),
      facets,
      sort: this.querySelector<HTMLSelectElement>(`select[name="${PARAMS.sort}"]`)?.value ? "newest" : "relevance",
      page: 1,
    };
  }

  /** Puts a state in the URL (a new history entry, or replacing the current one) and shows it. */
  #go(state: SearchState, history: "push" | "replace", focusResults = false): void {
    const url = searchHref(location.pathname, state);
    if (url !== `${location.pathname}${location.search}`) {
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    void this.#show(state, focusResults);
  }

  /** Sets the controls to a state, then searches and shows its results. */
  async #show(state: SearchState, focusResults = false): Promise<void> {
    const input = this.#input;
    if (input && normaliseQuery(input.value) !== state.query) input.value = state.query;
    for (const { filter, param } of SEARCH_FACETS) {
      const select = this.querySelector<HTMLSelectElement>(`select[name="${param}"]`);
      if (select) select.value = state.facets[filter] ?? "";
    }
    const sort = this.querySelector<HTMLSelectElement>(`select[name="${PARAMS.sort}"]`);
    if (sort) sort.value = state.sort === "newest" ? "moi-nhat" : "";
    this.#showActiveFilters(state);

    const ticket = ++this.#latest;
    const status = this.#part(".status");
    const list = this.#part<HTMLOListElement>(".results");
    for (const part of [".notice", ".pager", ".help", ".browse"]) this.#part(part).hidden = true;
    if (isEmptySearch(state)) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    status.textContent = this.#strings["search.loading"] ?? "";
    list.setAttribute("aria-busy", "true");
    let found: Found;
    let items: HTMLLIElement[];
    try {
      found = await this.#enqueue(() => this.#find(state));
      const shown = found.hits.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE);
      items = await Promise.all(shown.map(async (hit) => this.#item(await hit.data())));
    } catch (error) {
      if (ticket !== this.#latest) return;
      console.error(error);
      status.textContent = this.#strings["search.error"] ?? "";
      list.replaceChildren();
      list.setAttribute("aria-busy", "false");
      this.#part(".browse").hidden = false;
      return;
    }
    if (ticket !== this.#latest) return;

    list.replaceChildren(...items);
    list.setAttribute("aria-busy", "false");
    status.textContent = this.#statusText(state, found.hits.length);
    this.#showPager(state, found.hits.length);
    if (found.noExactSpelling && found.hits.length > 0) {
      const notice = this.#part(".notice");
      notice.textContent = this.#text("search.exactNone", { q: state.query });
      notice.hidden = false;
    }
    if (found.hits.length === 0) this.#showHelp(state, found);
    if (focusResults) this.#part("h2").focus();
    if (this.#part<HTMLDetailsElement>("details").open) void this.#showCounts();
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #load(): Promise<Pagefind> {
    const path = PAGEFIND_SCRIPT_PATH;
    this.#pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
      // Set before the first search, so that they reach Pagefind's constructor: no web worker
      // (its script would be a second copy of Pagefind to download), short excerpts, and no
      // ranking boost from a date.
      await module.options({ noWorker: true, excerptLength: 22, ranking: { metaWeights: { date: 0 } } });
      return module;
    });
    return this.#pagefind;
  }

  /** Runs the searches behind one state and puts the results in the order shown. */
  async #find(state: SearchState): Promise<Found> {
    const pagefind = await this.#load();
    const filters = state.facets;
    const words = queryWords(state.query);
    if (words.length === 0) {
      // A filter-only search lists pages in index order, oldest first.
      const all = await pagefind.search(null, { filters });
      return { hits: [...all.results].reverse(), noExactSpelling: false, wordCounts: [] };
    }
    const phrase = isPhrase(state.query) ? strokeD(state.query) : undefined;
    const term = strokeD(words.join(" "));
    if (state.sort === "newest") {
      const found = await pagefind.search(phrase ?? term, { filters });
      this.#oldestFirst ??= pagefind.search(null).then(
        (all) => all.results.map((hit) => hit.id),
        (error: unknown) => {
          this.#oldestFirst = undefined;
          throw error;
        },
      );
      return { hits: newestFirst(found.results, await this.#oldestFirst), noExactSpelling: false, wordCounts: [] };
    }
    const main = await pagefind.search(term, { filters });
    const perWord = words.length > 1 ? await searchOneByOne(pagefind, words.map(strokeD), filters) : [main];
    await nextTask();
    const exact = hasDiacritics(state.query) ? await this.#exactSpelling(pagefind, term, filters) : undefined;
    let hits = rankHits({
      hits: main.results,
      exact,
      titled: titleMatchesAll(perWord.map((r) => r.results)),
    });
    if (phrase) {
      await nextTask();
      const matched = await pagefind.search(phrase, { filters });
      hits = orderLike(matched.results, hits);
    }
    return {
      hits,
      noExactSpelling: exact !== undefined && exact.size === 0,
      wordCounts: words.length > 1 ? words.map((w, i) => [w, perWord[i]!.results.length]) : [],
    };
  }

  /** The pages that hold the query's words with the same diacritics as typed. */
  async #exactSpelling(pagefind: Pagefind, term: string, filters: FacetValues): Promise<Set<string>> {
    await pagefind.options({ exactDiacritics: true });
    try {
      const exact = await pagefind.search(term, { filters });
      return new Set(exact.results.map((hit) => hit.id));
    } finally {
      await pagefind.options({ exactDiacritics: false });
    }
  }

  #text(key: string, values: Record<string, string | number> = {}): string {
    return (this.#strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
  }

  #statusText(state: SearchState, total: number): string {
    if (total > 0) {
      return state.query
        ? this.#text("search.countFor", { n: total, q: state.query })
        : this.#text("search.count", { n: total });
    }
    return state.query ? this.#text("search.noneFor", { q: state.query }) : this.#text("search.noneFiltered");
  }

  #label(facet: string, code: string | undefined): string | undefined {
    return code === undefined ? undefined : (this.#labels[facet]?.[code] ?? code);
  }

  #item(data: PagefindData): HTMLLIElement {
    const item = document.createElement("li");
    const image = data.filters.thumb?.[0];
    if (image) {
      const thumb = document.createElement("img");
      thumb.className = "thumb";
      thumb.src = image;
      thumb.alt = "";
      thumb.width = 64;
      thumb.height = 48;
      thumb.loading = "lazy";
      thumb.decoding = "async";
      item.append(thumb);
      item.className = "with-thumb";
    }
    const text = document.createElement("div");
    const heading = document.createElement("h3");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = fromIndexText(data.meta.title ?? data.url);
    heading.append(link);
    const kind = document.createElement("p");
    kind.className = "kind";
    const date = data.meta.date;
    kind.textContent = [
      this.#label("type", data.filters.type?.[0]),
      this.#label("unit", data.filters.unit?.[0]),
      this.#label("field", data.filters.field?.[0]),
      date && (/^\d{4}$/.test(date) ? date : formatDate(date)),
    ]
      .filter(Boolean)
      .join(" · ");
    const excerpt = document.createElement("p");
    // Pagefind escapes the page text and adds only <mark> around matched words; the index
    // copy's stroked `đ` turns back into `đ`, so the real word is highlighted.
    excerpt.innerHTML = fromIndexText(data.excerpt);
    text.append(heading, kind, excerpt);
    item.append(text);
    return item;
  }

  #showActiveFilters(state: SearchState): void {
    const box = this.#part(".active");
    const chips = Object.entries(state.facets).map(([facet, code]) => {
      const chip = document.createElement("button");
      chip.type = "button";
      chip.dataset.remove = facet;
      const value = this.#label(facet, code) ?? code;
      chip.textContent = `${value} ✕`;
      const name = this.querySelector<HTMLSelectElement>(`select[data-facet="${facet}"]`)?.dataset.name ?? facet;
      chip.setAttribute("aria-label", this.#text("search.removeFilter", { facet: name, value }));
      return chip;
    });
    box.replaceChildren(box.firstElementChild ?? "", ...chips);
    box.hidden = chips.length === 0;
  }

  #showPager(state: SearchState, total: number): void {
    const pager = this.#part(".pager");
    const pages = Math.ceil(total / PAGE_SIZE);
    if (pages <= 1) return;
    const link = (page: number, key: string) => {
      const a = document.createElement("a");
      a.href = searchHref(location.pathname, { ...state, page });
      a.dataset.search = "";
      a.textContent = this.#strings[key] ?? key;
      return a;
    };
    const where = document.createElement("span");
    where.textContent = this.#text("search.pageOf", { page: state.page, pages });
    pager.replaceChildren(
      ...(state.page > 1 ? [link(state.page - 1, "pagination.previous")] : []),
      where,
      ...(state.page < pages ? [link(state.page + 1, "pagination.next")] : []),
    );
    pager.hidden = false;
  }

  /** Nothing found: ways out that do find something, and the browse pages. */
  #showHelp(state: SearchState, found: Found): void {
    const suggest = this.#part(".suggest");
    const links: HTMLAnchorElement[] = [];
    const link = (text: string, target: SearchState) => {
      const a = document.createElement("a");
      a.href = searchHref(location.pathname, target);
      a.dataset.search = "";
      a.textContent = text;
      links.push(a);
    };
    if (state.query && Object.keys(state.facets).length > 0) {
      link(this.#text("search.withoutFilters", { q: state.query }), { ...state, facets: {}, page: 1 });
    }
    const useful = found.wordCounts.filter(([, count]) => count > 0);
    for (const [word, count] of useful) link(`${word} (${count})`, { ...state, query: word, page: 1 });
    suggest.replaceChildren(...(useful.length > 0 ? [`${this.#strings["search.fewerWords"] ?? ""} `] : []), ...links);
    suggest.hidden = links.length === 0;
    this.#part(".help").hidden = state.query === "";
    this.#part(".browse").hidden = false;
  }

  /**
   * Facet counts for the current search, loaded when the reader opens the filters: Pagefind
   * counts only filters whose index is loaded, and loading them costs about as much as a search.
   * Each facet is counted without its own choice, so its other values say what switching gives.
   */
  async #showCounts(): Promise<void> {
    const details = this.#part<HTMLDetailsElement>("details");
    if (!details.open) return;
    const state = readSearchState(new URLSearchParams(location.search));
    const ticket = this.#latest;
    const counts = await this.#enqueue(async () => {
      const pagefind = await this.#load();
      const words = queryWords(state.query);
      const term = words.length > 0 ? strokeD(isPhrase(state.query) ? state.query : words.join(" ")) : null;
      // Naming every facet in the filters makes Pagefind load (and count) those filter indexes
      // and no others; `none: []` excludes nothing.
      const counted = (facets: FacetValues) =>
        pagefind.search(term, { filters: { ...COUNT_EVERY_FACET, ...facets } }).then((found) => found.filters);
      const result: Counts = await counted(state.facets);
      for (const facet of Object.keys(state.facets) as FacetName[]) {
        const others = { ...state.facets };
        delete others[facet];
        result[facet] = (await counted(others))[facet];
      }
      return result;
    });
    if (ticket !== this.#latest) return;
    for (const select of this.querySelectorAll<HTMLSelectElement>("select[data-facet]")) {
      const facetCounts = counts[select.dataset.facet ?? ""] ?? {};
      for (const option of select.options) {
        if (!option.value) continue;
        const n = facetCounts[option.value] ?? 0;
        option.text = `${option.dataset.label ?? option.value} (${n})`;
        option.disabled = n === 0 && option.value !== select.value;
      }
    }
  }
}
