import type { Page, Request } from "playwright-core";
import { launchBrowser } from "../../tests/support/browser";

/** Bytes and requests of a group of responses. */
export interface Traffic {
  bytes: number;
  /** Of `bytes`, the response headers: deploy/nginx.conf's, about 700 bytes a response. */
  headerBytes: number;
  requests: number;
}

/** What one query cost: every response that arrived because of it, by kind. */
export interface QueryCost {
  query: string;
  /** Everything: headers and compressed bodies, as on the wire. */
  total: Traffic;
  /**
   * What the search itself costs: everything but the search page's own HTML, stylesheet and
   * icon, which any visit to `/tim-kiem/` downloads, with or without a query. It includes the
   * search element's script, all of Pagefind and the thumbnails of the results.
   */
  search: Traffic;
  /** Pagefind's script, WebAssembly, metadata, index chunks and result fragments. */
  pagefind: Traffic;
  /** Thumbnails of the results. */
  thumbnails: Traffic;
  /** Milliseconds to results on screen: from opening the page (first query) or pressing Enter (next). */
  msToResults: number;
  /** The status line once the results are shown. */
  status: string;
}

export interface RunCost {
  first: QueryCost;
  second: QueryCost;
}

interface Response {
  path: string;
  type: string;
  bytes: number;
  headerBytes: number;
}

/** Collects finished requests and their sizes; `take()` returns those since the last call. */
function recorder(page: Page) {
  const finished: Promise<Response>[] = [];
  let inflight = 0;
  const context = page.context();
  context.on("request", () => inflight++);
  context.on("requestfailed", () => inflight--);
  context.on("requestfinished", (request: Request) => {
    inflight--;
    finished.push(
      request.sizes().then((sizes) => ({
        path: new URL(request.url()).pathname,
        type: request.resourceType(),
        bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        headerBytes: sizes.responseHeadersSize,
      })),
    );
  });
  return {
    /** Waits until nothing has been in flight for `quietMs`. */
    async settle(quietMs = 500): Promise<void> {
      let quietSince = Date.now();
      while (Date.now() - quietSince < quietMs) {
        await new Promise((r) => setTimeout(r, 50));
        if (inflight > 0) quietSince = Date.now();
      }
    },
    take: () => Promise.all(finished.splice(0)),
  };
}

/** Waits until the element shows the results of `query` (or says it found nothing). */
async function resultsShown(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const element = document.querySelector("dvk-search");
      const status = element?.querySelector("[role=status]")?.textContent ?? "";
      return (
        element?.querySelector(".results")?.getAttribute("aria-busy") === "false" &&
        status.includes(`“${q}”`) &&
        /Tìm thấy|Không tìm thấy/.test(status)
      );
    },
    query,
    { polling: "raf", timeout: 60_000 },
  );
}

function traffic(responses: Response[]): Traffic {
  return {
    bytes: responses.reduce((sum, r) => sum + r.bytes, 0),
    headerBytes: responses.reduce((sum, r) => sum + r.headerBytes, 0),
    requests: responses.length,
  };
}

async function cost(page: Page, rec: ReturnType<typeof recorder>, query: string, ms: number): Promise<QueryCost> {
  await rec.settle();
  const responses = await rec.take();
  const shell = (r: Response) => r.type === "document" || r.type === "stylesheet" || r.path === "/favicon.svg";
  return {
    query,
    total: traffic(responses),
    search: traffic(responses.filter((r) => !shell(r))),
    pagefind: traffic(responses.filter((r) => r.path.startsWith("/pagefind/"))),
    thumbnails: traffic(responses.filter((r) => r.type === "image")),
    msToResults: ms,
    status: (await page.locator("dvk-search [role=status]").innerText()).trim(),
  };
}

/**
 * One cold-cache run in a fresh Chromium profile. The first query is the way most searches
 * start: the header box sends the reader to `/tim-kiem/?q=…`, so it counts everything that page
 * downloads until the results and their thumbnails are on screen. The second query is typed
 * into the search box and counts what that search adds.
 */
export async function measureRun(origin: string, first: string, second: string): Promise<RunCost> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const rec = recorder(page);
    const opened = Date.now();
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(first)}`);
    await resultsShown(page, first);
    const firstCost = await cost(page, rec, first, Date.now() - opened);

    const box = page.locator("dvk-search input[name=q]");
    await box.fill(second);
    const typed = Date.now();
    await box.press("Enter");
    await resultsShown(page, second);
    const secondCost = await cost(page, rec, second, Date.now() - typed);
    return { first: firstCost, second: secondCost };
  } finally {
    await browser.close();
  }
}
