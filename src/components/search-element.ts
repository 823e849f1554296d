import { formatDate } from "../lib/dates";
import { SEARCH_FACETS, type FacetName } from "../lib/search-facets";
import {
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
  type Message,
  type Pagefind,
  type PagefindData,
  type SearchSession,
} from "../lib/search-session";
import { PARAMS, isEmptySearch, readSearchState, searchHref, type SearchState } from "../lib/search-state";
import { fromIndexText, normaliseQuery } from "../lib/search-text";
import { PAGEFIND_SCRIPT_PATH } from "../lib/urls";

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

/** Pagefind's script, run (and its index fetched) at the first search only. */
async function loadPagefind(): Promise<Pagefind> {
  const path = PAGEFIND_SCRIPT_PATH;
  const module = (await import(/* @vite-ignore */ path)) as Pagefind;
  // Set before the first search, so that they reach Pagefind's constructor: no web worker
  // (its script would be a second copy of Pagefind to download), short excerpts, and no
  // ranking boost from a date.
  await module.options({ noWorker: true, excerptLength: 22, ranking: { metaWeights: { date: 0 } } });
  return module;
}

/**
 * Live search over the Pagefind index: the page's side of `src/lib/search-session.ts`, which
 * decides what to search and what to say. The whole state (query, facets, sort, page) lives in
 * the URL, so a search can be shared and the back button works. Pagefind's script comes with
 * the page (a modulepreload, see src/pages/tim-kiem/index.astro) but runs, and fetches its
 * index, only at the first search; the facet counts (all filter indexes) only when the reader
 * opens the filters.
 */
export class DvkSearch extends HTMLElement {
  #session: SearchSession = createSearchSession({ load: loadPagefind, nextTask });
  #latest = 0;
  #timer: number | undefined;
  #strings: Record<string, string> = {};
  /** Labels of facet values by facet and code, read from the options of the facet lists. */
  #labels: Record<string, Record<string, string>> = {};

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
      this.#go(this.#fromControls(), "push");
    });
    input.addEventListener("input", () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#go(this.#fromControls(), "replace"), TYPING_PAUSE_MS);
    });
    form.addEventListener("change", (event) => {
      if (event.target instanceof HTMLSelectElement) this.#go(this.#fromControls(), "push");
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
        this.#go(withoutFacet(this.#fromControls(), chip.dataset.remove as FacetName), "push");
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

  #select(param: string): HTMLSelectElement | null {
    return this.querySelector<HTMLSelectElement>(`select[name="${param}"]`);
  }

  #fromControls(): SearchState {
    return stateFromControls({
      query: this.#input?.value ?? "",
      facets: Object.fromEntries(SEARCH_FACETS.map(({ param }) => [param, this.#select(param)?.value])),
      sort: this.#select(PARAMS.sort)?.value ?? "",
    });
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
    const controls = controlsFromState(state);
    const input = this.#input;
    if (input && normaliseQuery(input.value) !== controls.query) input.value = controls.query;
    for (const [param, value] of Object.entries(controls.facets)) {
      const select = this.#select(param);
      if (select) select.value = value ?? "";
    }
    const sort = this.#select(PARAMS.sort);
    if (sort) sort.value = controls.sort;
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
    status.textContent = this.#text({ key: "search.loading" });
    list.setAttribute("aria-busy", "true");
    let found: Found;
    let items: HTMLLIElement[];
    try {
      found = await this.#session.find(state);
      items = await Promise.all(hitsOnPage(found.hits, state.page).map(async (hit) => this.#item(await hit.data())));
    } catch (error) {
      if (ticket !== this.#latest) return;
      console.error(error);
      status.textContent = this.#text({ key: "search.error" });
      list.replaceChildren();
      list.setAttribute("aria-busy", "false");
      this.#part(".browse").hidden = false;
      return;
    }
    if (ticket !== this.#latest) return;

    list.replaceChildren(...items);
    list.setAttribute("aria-busy", "false");
    const message = statusMessage(state, found.hits.length);
    status.textContent = message ? this.#text(message) : "";
    this.#showPager(state, found.hits.length);
    if (found.noExactSpelling && found.hits.length > 0) {
      const notice = this.#part(".notice");
      notice.textContent = this.#text({ key: "search.exactNone", values: { q: state.query } });
      notice.hidden = false;
    }
    if (found.hits.length === 0) this.#showHelp(state, found);
    if (focusResults) this.#part("h2").focus();
    if (this.#part<HTMLDetailsElement>("details").open) void this.#showCounts();
  }

  #text(message: Message | string): string {
    return typeof message === "string" ? message : fillText(this.#strings, message.key, message.values);
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
      chip.setAttribute("aria-label", this.#text({ key: "search.removeFilter", values: { facet: name, value } }));
      return chip;
    });
    box.replaceChildren(box.firstElementChild ?? "", ...chips);
    box.hidden = chips.length === 0;
  }

  /** A link to another search, followed in place by the click handler. */
  #searchLink(text: string, target: SearchState): HTMLAnchorElement {
    const a = document.createElement("a");
    a.href = searchHref(location.pathname, target);
    a.dataset.search = "";
    a.textContent = text;
    return a;
  }

  #showPager(state: SearchState, total: number): void {
    const pager = pagerOf(state, total);
    if (!pager) return;
    const where = document.createElement("span");
    where.textContent = this.#text({ key: "search.pageOf", values: { page: pager.page, pages: pager.pages } });
    const box = this.#part(".pager");
    box.replaceChildren(
      ...(pager.previous ? [this.#searchLink(this.#text({ key: "pagination.previous" }), pager.previous)] : []),
      where,
      ...(pager.next ? [this.#searchLink(this.#text({ key: "pagination.next" }), pager.next)] : []),
    );
    box.hidden = false;
  }

  /** Nothing found: ways out that do find something, and the browse pages. */
  #showHelp(state: SearchState, found: Found): void {
    const { suggestions, fewerWords } = suggestionsFor(state, found);
    const links = suggestions.map(({ text, target }) => this.#searchLink(this.#text(text), target));
    const suggest = this.#part(".suggest");
    suggest.replaceChildren(...(fewerWords ? [`${this.#strings["search.fewerWords"] ?? ""} `] : []), ...links);
    suggest.hidden = links.length === 0;
    this.#part(".help").hidden = state.query === "";
    this.#part(".browse").hidden = false;
  }

  /**
   * Facet counts for the current search, loaded when the reader opens the filters: Pagefind
   * counts only filters whose index is loaded, and loading them costs about as much as a search.
   */
  async #showCounts(): Promise<void> {
    if (!this.#part<HTMLDetailsElement>("details").open) return;
    const ticket = this.#latest;
    const counts = await this.#session.counts(readSearchState(new URLSearchParams(location.search)));
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
