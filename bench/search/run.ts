import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIST, ROOT, buildCorpusSite, searchCorpusOf } from "./build";
import { measureRun, type QueryCost, type Traffic } from "./measure";
import { startNginx } from "../../tests/support/nginx";
import { median } from "../median";

/**
 * The search budget benchmark: builds the 5,000-entry corpus site (unless `--reuse` and it
 * exists), then measures cold-cache searches in Chromium and prints the medians.
 *
 *   npx tsx bench/search/run.ts [--reuse] [--runs 5] [--entries 500]
 *
 * Exits 1 when a median search cost is over budget: first query ≤ 200 KB, next query ≤ 60 KB.
 */
const BUDGET = { first: 200 * 1024, second: 60 * 1024 };

/**
 * Pairs of searches a reporter might make, chosen before any tuning and kept since: without
 * diacritics, with them, a đ word, names, and the most frequent words of the site (“Đảng viên”,
 * “dân vận khéo”), whose index chunks are the largest.
 */
const PAIRS: [string, string][] = [
  ["dang", "nguyen van duc"],
  ["Đảng viên", "nuôi ong"],
  ["dan van kheo", "Đinh Văn Toàn"],
];

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
const entries = args.includes("--entries") ? Number(args[args.indexOf("--entries") + 1]) : undefined;
if (!args.includes("--reuse") || !existsSync(join(CORPUS_DIST, "pagefind")))
  buildCorpusSite(entries ? searchCorpusOf(entries) : undefined);

function medianTraffic(list: Traffic[]): Traffic {
  return {
    bytes: median(list.map((t) => t.bytes)),
    headerBytes: median(list.map((t) => t.headerBytes)),
    requests: median(list.map((t) => t.requests)),
  };
}

function summarise(costs: QueryCost[]): QueryCost {
  return {
    query: costs[0]!.query,
    status: costs[0]!.status,
    total: medianTraffic(costs.map((c) => c.total)),
    search: medianTraffic(costs.map((c) => c.search)),
    pagefind: medianTraffic(costs.map((c) => c.pagefind)),
    thumbnails: medianTraffic(costs.map((c) => c.thumbnails)),
    msToResults: median(costs.map((c) => c.msToResults)),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const show = ({ bytes, requests }: Traffic) => `${kb(bytes)}/${requests}`;

// Served as production serves it (nginx with deploy/nginx.conf: gzip), so that the bytes
// measured are the bytes a phone downloads.
const server = await startNginx(CORPUS_DIST);
const report: { first: QueryCost; second: QueryCost }[] = [];
try {
  for (const pair of PAIRS) {
    const measured = [];
    for (let i = 0; i < runs; i++) measured.push(await measureRun(server.origin, ...pair));
    report.push({ first: summarise(measured.map((m) => m.first)), second: summarise(measured.map((m) => m.second)) });
  }
} finally {
  await server.close();
}

console.log(`\nSearch over the 5,000-entry corpus, Chromium, cold cache, gzip, median of ${runs} runs.`);
console.log("search = everything but the search page's own HTML, CSS and icon (budget: first 200 KB, next 60 KB)\n");
let over = false;
for (const { first, second } of report) {
  for (const [label, cost, budget] of [
    ["first", first, BUDGET.first],
    ["next ", second, BUDGET.second],
  ] as const) {
    const flag = cost.search.bytes > budget ? "  OVER BUDGET" : "";
    over ||= flag !== "";
    console.log(
      `${label} “${cost.query}”: search ${show(cost.search)} (of which headers ${kb(cost.search.headerBytes)}; ` +
        `Pagefind ${show(cost.pagefind)}, ` +
        `thumbnails ${show(cost.thumbnails)}; with the page ${show(cost.total)}), ` +
        `${cost.msToResults} ms to results; ${cost.status}${flag}`,
    );
  }
}
mkdirSync(join(ROOT, "bench", ".results"), { recursive: true });
writeFileSync(
  join(ROOT, "bench", ".results", "search.json"),
  JSON.stringify({ runs, budget: BUDGET, report }, null, 2),
);
if (over) process.exit(1);
