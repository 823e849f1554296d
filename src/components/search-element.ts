/** Pagefind's browser API, as far as this element uses it. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Facets and the URL parameter that holds each. */
const FACETS = [
  ["type", "loai"],
  ["field", "linh-vuc"],
  ["unit", "don-vi"],
] as const;

const RESULTS_SHOWN = 20;
const TYPING_PAUSE_MS = 250;

/**
 * Live search over the Pagefind index. The whole state lives in the URL (`?q=` and the facet
 * parameters), so a search can be shared and the back button works.
 */
export class DvkSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #timer: number | undefined;
  #strings: Record<string, string> = {};

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset.strings ?? "{}") as Record<string, string>;
    const form = this.querySelector("form");
    const input = this.querySelector<HTMLInputElement>("input[name=q]");
    if (!form || !input) return;
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") ?? "";
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#update(true);
    });
    input.addEventListener("input", () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#update(false), TYPING_PAUSE_MS);
    });
    window.addEventListener("popstate", () => {
      input.value = new URLSearchParams(location.search).get("q") ?? "";
      void this.#buildFacets().then(() => this.#run());
    });
    void this.#buildFacets().then(() => this.#run());
  }

  #load(): Promise<Pagefind> {
    const path = "/pagefind/pagefind.js";
    this.#pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      return module;
    });
    return this.#pagefind;
  }

  async #buildFacets(): Promise<void> {
    const box = this.querySelector<HTMLElement>(".facets");
    if (!box || box.childElementCount > 0) return;
    const pagefind = await this.#load();
    const available = await pagefind.filters();
    const params = new URLSearchParams(location.search);
    for (const [facet, param] of FACETS) {
      const values = Object.entries(available[facet] ?? {}).sort(([a], [b]) => a.localeCompare(b, "vi"));
      if (values.length === 0) continue;
      const label = document.createElement("label");
      label.textContent = this.#strings[facet] ?? facet;
      const select = document.createElement("select");
      select.name = param;
      select.append(new Option(this.#strings.all ?? "", ""));
      for (const [value, count] of values) select.append(new Option(`${value} (${count})`, value));
      select.value = params.get(param) ?? "";
      select.addEventListener("change", () => this.#update(true));
      label.append(" ", select);
      box.append(label);
    }
    box.hidden = false;
  }

  #update(push: boolean): void {
    const params = new URLSearchParams();
    const query = this.querySelector<HTMLInputElement>("input[name=q]")?.value.trim() ?? "";
    if (query) params.set("q", query);
    for (const [, param] of FACETS) {
      const value = this.querySelector<HTMLSelectElement>(`select[name="${param}"]`)?.value;
      if (value) params.set(param, value);
    }
    const url = `${location.pathname}${params.size > 0 ? `?${params}` : ""}`;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    void this.#run();
  }

  async #run(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const query = (params.get("q") ?? "").normalize("NFC");
    const filters: Record<string, string> = {};
    for (const [facet, param] of FACETS) {
      const value = params.get(param);
      if (value) filters[facet] = value;
    }
    const status = this.querySelector<HTMLElement>(".status");
    const list = this.querySelector<HTMLOListElement>(".results");
    if (!status || !list) return;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    status.textContent = this.#strings.loading ?? "";
    const pagefind = await this.#load();
    const search = await pagefind.search(query || (null as unknown as string), { filters });
    const shown = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
    list.replaceChildren(...shown.map((data) => this.#item(data)));
    status.textContent =
      search.results.length === 0
        ? `${this.#strings.none ?? ""} “${query}”.`
        : (this.#strings.count ?? "{n}").replace("{n}", String(search.results.length));
  }

  #item(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement("li");
    const kind = document.createElement("p");
    kind.className = "kind";
    kind.textContent = [data.filters.type?.[0], data.filters.field?.[0], data.filters.unit?.[0]]
      .filter(Boolean)
      .join(" · ");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const excerpt = document.createElement("p");
    // Pagefind escapes the page text and adds only <mark> around the matched words.
    excerpt.innerHTML = data.excerpt;
    item.append(kind, heading, excerpt);
    return item;
  }
}
