import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import { PROGRESS_EVERY } from "../src/lib/content-gate";
import { pageDateOf, searchablePart, strokeHtmlText } from "../src/lib/search-text";

/** Target size of an index chunk, in word locations (see below). */
const INDEX_CHUNK_SIZE = 4000;

/**
 * How many pages are handed to Pagefind before the first is answered. Pagefind's service takes
 * them in the order sent (the index is byte for byte the one of one page at a time), and
 * keeping it busy instead of waiting for each answer saved a quarter of the time at 5,000 pages.
 */
const PAGES_IN_FLIGHT = 8;

/** A built page that search indexes: its address, the date that orders it, what Pagefind reads. */
interface IndexedPage {
  url: string;
  date: string;
  content: string;
}

/** The pages with a `data-pagefind-body`, oldest first (then by address), each read once. */
async function indexedPages(site: string): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = [];
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "index.html") continue;
    const html = await readFile(join(entry.parentPath, entry.name), "utf8");
    if (!html.includes("data-pagefind-body")) continue;
    const url = `/${relative(site, entry.parentPath).split(sep).join("/")}/`.replace(/\/+$/, "/");
    pages.push({ url, date: pageDateOf(html) ?? "", content: strokeHtmlText(searchablePart(html)) });
  }
  return pages.sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url));
}

/**
 * Builds the Pagefind index over the finished site, the last step of `npm run build`. It runs
 * after `astro build` has exited rather than inside it, so that Pagefind's memory never adds
 * to Astro's (at 5,000 entries, the two together were over 2 GB). Any error fails the build:
 * a site whose search is broken must not be published.
 *
 * Pagefind reads a rewritten copy of each page (`strokeHtmlText`: NFC, `đ` as `d` + stroke
 * mark, see src/lib/search-text.ts) so that it folds `đ` like the tones; `dist/` is unchanged.
 * Pages are added oldest first: Pagefind numbers pages in the order they are added and lists
 * a filter-only search in that order, which gives "newest first" without a sort index (a sort
 * index would add ~11 KB to every first search on a 5,000-page site).
 */
async function writeSearchIndex(site: string): Promise<void> {
  const started = performance.now();
  // Pagefind splits the word index into chunks of about this many word locations; a
  // search loads the chunks of its words. Its default (20,000) puts a dozen neighbouring
  // words in one chunk; smaller chunks cost a few bytes more in the metadata every search
  // loads, and save more on the chunks (bench/search measures both).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  try {
    // The stroke mark must count as part of a word, or Pagefind would drop it like
    // punctuation before keeping the exact (accented) form of the word.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi", includeCharacters: "\u0335" });
    if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
    const pages = await indexedPages(site);
    const read = performance.now();
    let sent = 0;
    const add = async () => {
      while (sent < pages.length) {
        const page = pages[sent++]!;
        if (sent % PROGRESS_EVERY === 0) console.log(`tìm kiếm: đã đưa ${sent}/${pages.length} trang vào chỉ mục`);
        const added = await index.addHTMLFile({ url: page.url, content: page.content });
        if (added.errors.length > 0) throw new Error(`Pagefind, ${page.url}: ${added.errors.join("; ")}`);
      }
    };
    await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, add));
    const indexed = performance.now();
    const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    const done = performance.now();
    // Where the time goes: the index is made anew from every page on each build (bench/README.md).
    const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
    console.log(
      `tìm kiếm: đã lập chỉ mục tìm kiếm ${pages.length} trang trong ${seconds(started, done)} s ` +
        `(đọc trang ${seconds(started, read)} s, phân tích ${seconds(read, indexed)} s, ghi chỉ mục ${seconds(indexed, done)} s)`,
    );
  } finally {
    await pagefind.close();
  }
}

await writeSearchIndex(join(process.cwd(), "dist"));
