import type { Page } from "playwright-core";
import { isPublished, rawBody, rawEntries, type RawEntry } from "./entries";

/** A published entry as search should know it, read from its file. */
export interface SearchableEntry {
  collection: "models" | "people" | "news" | "documents";
  id: string;
  /** The address of its page. */
  url: string;
  /** The title a result shows: a model's title, "Ông/Bà" and a person's name. */
  title: string;
  /** Text that is certainly on the page and in the index: title, summary and story. */
  text: string;
  data: RawEntry["data"];
}

const PATHS = { models: "mo-hinh", people: "dien-hinh", news: "tin-tuc", documents: "van-ban" } as const;

/** A body as readers see its words: attribute values that are not shown (alt, src) removed. */
function visibleBody(body: string): string {
  return body.replace(/\s(?:alt|src)="[^"]*"/g, " ");
}

/** Every text of a model's how-to section ("Cách làm để nhân rộng"), which its page shows. */
function replicationText(data: RawEntry["data"]): string {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) if (key !== "unit") collect(child);
    }
  };
  collect(data.replication);
  return texts.join("\n");
}

/** Every published model, person, news item and document, independently of the site code. */
export function searchableEntries(): SearchableEntry[] {
  return (Object.keys(PATHS) as SearchableEntry["collection"][]).flatMap((collection) =>
    rawEntries(collection)
      .filter(isPublished)
      .map((entry) => {
        const { data } = entry;
        const title = collection === "people" ? `${String(data.honorific)} ${String(data.name)}` : String(data.title);
        const consent = data.consent as { story?: boolean } | undefined;
        const body =
          collection === "people" && consent?.story !== true ? "" : visibleBody(rawBody(collection, entry.id));
        return {
          collection,
          id: entry.id,
          url: `/${PATHS[collection]}/${entry.id}/`,
          title: title.normalize("NFC"),
          text: [title, String(data.summary ?? ""), body, replicationText(data)].join("\n").normalize("NFC"),
          data,
        };
      }),
  );
}

/** Whether `text` holds `word` as a whole word, in any case, with exactly its diacritics. */
export function hasWord(text: string, word: string): boolean {
  const escaped = word.normalize("NFC").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, "iu").test(text.normalize("NFC"));
}

/** Lower case, no marks, `đ` → `d`. */
export function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Whether some word of `text`, folded, starts with the folded `prefix`. */
export function hasFoldedPrefix(text: string, prefix: string): boolean {
  return folded(text)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.startsWith(folded(prefix)));
}

/** Waits until the search element has shown the results of the address it is on. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const element = document.querySelector("dvk-search");
      const status = element?.querySelector("[role=status]")?.textContent ?? "";
      const page = Number(new URLSearchParams(location.search).get("trang") ?? "1");
      const pager = element?.querySelector(".pager:not([hidden]) span")?.textContent ?? "Trang 1/";
      return (
        element?.querySelector(".results")?.getAttribute("aria-busy") === "false" &&
        /Tìm thấy|Không tìm thấy|Không có mục nào/.test(status) &&
        pager.startsWith(`Trang ${page}/`)
      );
    },
    null,
    { timeout: 20_000 },
  );
}

/** Opens `/tim-kiem/` with URL parameters, as a shared link would, and waits for the results. */
export async function openSearch(page: Page, base: string, params: Record<string, string>): Promise<void> {
  const search = new URLSearchParams(params).toString();
  await page.goto(`${base}/tim-kiem/${search ? `?${search}` : ""}`);
  await waitForResults(page);
}

/** The addresses of the results on screen, in order. */
export async function shownUrls(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("dvk-search .results h3 a")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs;
}

/** Every result of the search on screen, following the pager to the last page. */
export async function allResultUrls(page: Page): Promise<string[]> {
  const urls = await shownUrls(page);
  const next = page.locator("dvk-search .pager a", { hasText: "Trang sau" });
  while ((await next.count()) > 0) {
    await next.click();
    await waitForResults(page);
    urls.push(...(await shownUrls(page)));
  }
  return urls;
}

/** The number of results the status line announces. */
export async function announcedCount(page: Page): Promise<number> {
  const status = await page.locator("dvk-search [role=status]").innerText();
  return Number(/Tìm thấy (\d+)/.exec(status)?.[1] ?? 0);
}
