import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { DIST, ROOT, buildSite } from "../../tests/build/setup";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/support/browser";
import { startNginx } from "../../tests/support/nginx";
import { median } from "../median";

/**
 * The page-quality benchmark: Lighthouse 12 with its default configuration (mobile form
 * factor, simulated slow 4G and a 4× slower CPU) on one page of each kind, several runs each,
 * over `dist/` served as production serves it: Debian's nginx with `deploy/nginx.conf` (gzip,
 * caching and the Content-Security-Policy), so that best practices see what readers get.
 *
 *   npx tsx bench/lighthouse/run.ts [--reuse] [--runs 3] [--pages home,search]
 *
 * Builds the site first unless `--reuse` and `dist/` exists; `--pages` measures some pages
 * only. Prints the median score of each category and the median LCP, TBT and CLS, lists every
 * audit that cost points (or could not run) in any run, and exits 1 when a median is under the
 * bar: performance 95, accessibility, best practices and SEO 100. The reports are written to
 * `bench/.results/lighthouse/` (ignored by git).
 */
const BAR = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;
type Category = keyof typeof BAR;
const CATEGORIES = Object.keys(BAR) as Category[];

/** One page of each kind a reader lands on; the search page opens with results, as a shared link does. */
const PAGES: { name: string; path: string }[] = [
  { name: "home", path: "/" },
  { name: "list", path: "/mo-hinh/" },
  { name: "story", path: "/mo-hinh/canh-dong-lien-ket-lua-kim-dong/" },
  { name: "search", path: `/tim-kiem/?q=${encodeURIComponent("dân vận khéo")}` },
];

interface Measure {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Weighted audits that did not pass or could not run, as `category: audit (score)`. */
  lost: string[];
}

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 3;
const only = args.includes("--pages") ? args[args.indexOf("--pages") + 1]?.split(",") : undefined;
const pages = only ? PAGES.filter((page) => only.includes(page.name)) : PAGES;
if (pages.length === 0) throw new Error(`--pages: choose among ${PAGES.map((page) => page.name).join(", ")}`);
if (!args.includes("--reuse") || !existsSync(join(DIST, "index.html"))) buildSite();

function measureOf(lhr: Result): Measure {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const lost: string[] = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      // Metrics are reported by value below; other audits cost points only when weighted.
      if (!audit || ref.group === "metrics" || ref.weight === 0) continue;
      if (audit.scoreDisplayMode === "error") lost.push(`${id}: ${ref.id} (error: ${audit.errorMessage ?? "?"})`);
      else if (audit.score !== null && audit.score < 1) lost.push(`${id}: ${ref.id} (${audit.score})`);
    }
  }
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores,
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    lost,
  };
}

const resultsDir = join(ROOT, "bench", ".results", "lighthouse");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const server = await startNginx(DIST);
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
let versions = "";
const measured = new Map<string, Measure[]>(pages.map((page) => [page.name, []]));
try {
  // Pages take turns within a run, so that a busy moment on the machine does not hit one page only.
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      const result = await lighthouse(`${server.origin}${page.path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (result.lhr.runtimeError) throw new Error(`${page.path}: ${result.lhr.runtimeError.message}`);
      writeFileSync(join(resultsDir, `${page.name}-${run}.json`), JSON.stringify(result.lhr));
      versions = `Lighthouse ${result.lhr.lighthouseVersion}, ${/HeadlessChrome\/[\d.]+/.exec(result.lhr.environment.hostUserAgent)?.[0] ?? "Chromium"}`;
      const measure = measureOf(result.lhr);
      measured.get(page.name)!.push(measure);
      console.log(
        `run ${run} ${page.name}: ${CATEGORIES.map((id) => measure.scores[id]).join(" / ")}; ` +
          `LCP ${Math.round(measure.lcpMs)} ms, TBT ${Math.round(measure.tbtMs)} ms, CLS ${measure.cls.toFixed(3)}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ["page", "performance", "accessibility", "best practices", "SEO", "LCP", "TBT", "CLS"];
const rows: string[][] = [];
const lostAudits: string[] = [];
let under = false;
for (const page of pages) {
  const list = measured.get(page.name)!;
  const scores = CATEGORIES.map((id) => median(list.map((m) => m.scores[id])));
  under ||= CATEGORIES.some((id, index) => scores[index]! < BAR[id]);
  rows.push([
    `${page.name} ${decodeURI(page.path)}`,
    ...scores.map(String),
    `${(median(list.map((m) => m.lcpMs)) / 1000).toFixed(1)} s`,
    `${Math.round(median(list.map((m) => m.tbtMs)))} ms`,
    median(list.map((m) => m.cls)).toFixed(3),
  ]);
  for (const lost of new Set(list.flatMap((m) => m.lost))) lostAudits.push(`${page.name}: ${lost}`);
}
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
console.log(`\n${versions}, mobile (simulated throttling), median of ${runs} runs; bar: performance 95, others 100\n`);
console.log(line(header));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(line(row));
if (lostAudits.length > 0) console.log(`\nAudits that cost points in some run:\n  ${lostAudits.join("\n  ")}`);
console.log(`\nReports: ${resultsDir}`);
if (under) {
  console.log("UNDER THE BAR");
  process.exit(1);
}
