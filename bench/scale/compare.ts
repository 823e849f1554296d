import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { ROOT } from "../corpus/site";
import { median } from "../median";
import { forgetLastBuild } from "../../tests/support/project-copy";
import { measureBuild, type BuildCost } from "./measure-build";

/**
 * Before and after on a shared machine: the full build and the one-edit rebuild of two corpus
 * sites, each made and built once by `npm run bench:scale` in its own checkout, measured in
 * turn (before, after, before, after…) so that both see the same load.
 *
 *   npx tsx bench/scale/compare.ts --before <site> --after <site> [--runs 3]
 *
 * A full build deletes dist/, Astro's content store and its incremental cache, and keeps the
 * caches of derived files, as bench/scale/run.ts does. The one-edit rebuild follows a full
 * build of the same site: one model's text changed, everything else cached.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option("runs") ?? "3");
const sites = { before: option("before"), after: option("after") };
for (const [name, site] of Object.entries(sites))
  if (!site || !existsSync(join(site, "dist")))
    throw new Error(`--${name} must name a corpus site that bench:scale has built once`);
const order = ["before", "after"] as const;

const resultsDir = join(ROOT, "bench", ".results");
mkdirSync(resultsDir, { recursive: true });
const logFile = join(resultsDir, `compare-${new Date().toISOString().slice(0, 19).replaceAll(":", "")}.log`);

/** The Node that `npm run build` runs in `site`: its own `node` package, or the system's. */
function nodeVersion(site: string): string {
  return spawnSync("npm", ["exec", "--", "node", "--version"], { cwd: site, encoding: "utf8" }).stdout.trim();
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(" ");
}

interface Measured {
  cost: BuildCost;
  load: string;
}

async function measure(label: string, site: string): Promise<Measured> {
  const load = loadAverage();
  const cost = await measureBuild(site);
  const summary = `${cost.seconds.toFixed(1)} s (CPU ${cost.cpuSeconds.toFixed(1)} s), ${cost.largestProcessMb.toFixed(0)} / ${cost.peakMb.toFixed(0)} MB, search index ${cost.pagefindSeconds} s, load before ${load}`;
  appendFileSync(logFile, `\n===== ${label}: ${summary}\n${cost.log}`);
  console.log(`  ${label}: ${summary}`);
  return { cost, load };
}

const results = {
  before: { full: [] as Measured[], edit: [] as Measured[] },
  after: { full: [] as Measured[], edit: [] as Measured[] },
};
for (let run = 1; run <= runs; run++) {
  for (const name of order) {
    forgetLastBuild(sites[name]!);
    results[name].full.push(await measure(`${name} full build ${run}`, sites[name]!));
  }
  for (const name of order) {
    const file = join(sites[name]!, "src", "content", "models", `mo-hinh-${run + 10}.mdx`);
    appendFileSync(file, `\nĐoạn sửa so sánh số ${run}: chi hội cập nhật kết quả mới nhất của mô hình.\n`);
    results[name].edit.push(await measure(`${name} one-edit rebuild ${run}`, sites[name]!));
  }
}

const seconds = (list: Measured[]) => median(list.map((m) => m.cost.seconds));
const cpu = (list: Measured[]) => median(list.map((m) => m.cost.cpuSeconds));
/** One kind of build of one site: wall s, CPU s, memory, search index s. */
const cells = (list: Measured[]) =>
  [
    seconds(list).toFixed(1),
    cpu(list).toFixed(1),
    `${median(list.map((m) => m.cost.largestProcessMb)).toFixed(0)} / ${median(list.map((m) => m.cost.peakMb)).toFixed(0)}`,
    median(list.map((m) => m.cost.pagefindSeconds)).toFixed(1),
  ].join(" | ");
/** The HTML pages of a site's last build. */
const pages = (site: string) =>
  readdirSync(join(site, "dist"), { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
const row = (name: (typeof order)[number]) =>
  `| ${name} | ${nodeVersion(sites[name]!)} | ${pages(sites[name]!)} | ${cells(results[name].full)} | ${cells(results[name].edit)} |`;
const ratio = (kind: "full" | "edit") =>
  [
    (seconds(results.after[kind]) / seconds(results.before[kind])).toFixed(2),
    (cpu(results.after[kind]) / cpu(results.before[kind])).toFixed(2),
    "",
    "",
  ].join(" | ");
const table = [
  `Before and after, ${new Date().toISOString().slice(0, 16)} UTC, ${os.cpus().length} cores, medians of ${runs} runs each, interleaved.`,
  "Memory: peak MB of the largest process / of the whole process tree.",
  "",
  "| | Node | HTML pages | full build s | full build CPU s | full build MB | of which search index s | one-edit rebuild s | one-edit rebuild CPU s | one-edit rebuild MB | of which search index s |",
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  row("before"),
  row("after"),
  `| after / before | | | ${ratio("full")} | ${ratio("edit")} |`,
  "",
  `Load average (1, 5, 15 min) before each build: ${order
    .flatMap((name) => [...results[name].full, ...results[name].edit].map((m) => m.load.split(" ")[0]))
    .join(", ")}; at the end ${loadAverage()}.`,
].join("\n");
console.log(`\n${table}\n\nBuild logs: ${logFile}`);
writeFileSync(logFile.replace(/\.log$/, ".md"), `${table}\n`);
