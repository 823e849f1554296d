import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { CORPUS_ROOT, ROOT, makeCorpusSite } from "../corpus/site";
import { scaleCorpus } from "../corpus/write";
import { measureBuild, type BuildCost } from "./measure-build";
import { storyTransfer } from "./page-transfer";
import { median } from "../median";
import { forgetLastBuild } from "../../tests/support/project-copy";

/**
 * The scale benchmark: for each size, writes a synthetic corpus into a copy of the project
 * and measures `npm run build` there.
 *
 *   npx tsx bench/scale/run.ts [--sizes 1000,5000,10000] [--runs 3] [--edit-at 5000]
 *
 * - first build: a fresh clone, nothing cached (one run);
 * - full build: dist/, Astro's content store and its incremental cache deleted, so every entry
 *   is validated and every page and the search index written again; the caches of derived files kept (photo variants,
 *   share images, body verdicts), as a deploy keeps `.cache/` (median of --runs); once more with
 *   the body cache emptied too, so that every body is parsed again (one run);
 * - one-edit rebuild: one entry's text changed, everything cached, so that Astro renders only
 *   the pages whose cache key changed (median of --runs, at the --edit-at size).
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const sizes = option("sizes", "1000,5000,10000").split(",").map(Number);
const runs = Number(option("runs", "3"));
const editAt = Number(option("edit-at", "5000"));

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

const resultsDir = join(ROOT, "bench", ".results");
mkdirSync(resultsDir, { recursive: true });
const logFile = join(resultsDir, `scale-${new Date().toISOString().slice(0, 19).replaceAll(":", "")}.log`);
/** Keeps each build's output for reading later; the table is what the terminal shows. */
function keepLog(label: string, cost: BuildCost): BuildCost {
  const summary = `${cost.seconds.toFixed(1)} s, ${cost.largestProcessMb.toFixed(0)} MB largest process, ${cost.peakMb.toFixed(0)} MB process tree`;
  appendFileSync(logFile, `\n===== ${label}: ${summary}\n${cost.log}`);
  console.log(`  ${label}: ${summary}`);
  return cost;
}

interface Row {
  entries: number;
  pages: number;
  first: BuildCost;
  reparsed: BuildCost;
  full: BuildCost[];
  edits: BuildCost[];
  distMb: number;
  story: { medianKb: number; maxKb: number };
}

const rows: Row[] = [];
for (const size of sizes) {
  const site = join(CORPUS_ROOT, `scale-${size}`);
  const { entries } = makeCorpusSite(site, scaleCorpus(size));
  console.log(`${entries} entries in ${site}`);
  const first = keepLog(`${size} first build`, await measureBuild(site));
  // A full build renders every page again: Astro's incremental cache goes with dist/.
  const fullBuild = () => forgetLastBuild(site);
  fullBuild();
  rmSync(join(site, ".cache", "content-gate"), { recursive: true, force: true });
  const reparsed = keepLog(`${size} full build, every body parsed again`, await measureBuild(site));
  const full: BuildCost[] = [];
  for (let run = 1; run <= runs; run++) {
    fullBuild();
    full.push(keepLog(`${size} full build ${run}`, await measureBuild(site)));
  }
  const edits: BuildCost[] = [];
  if (size === editAt) {
    for (let run = 1; run <= runs; run++) {
      const file = join(site, "src", "content", "models", `mo-hinh-${run}.mdx`);
      appendFileSync(file, `\nĐoạn sửa thử số ${run}: chi hội cập nhật kết quả mới nhất của mô hình.\n`);
      edits.push(keepLog(`${size} rebuild after editing ${file}`, await measureBuild(site)));
    }
  }
  const dist = join(site, "dist");
  const pages = readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith("index.html")).length;
  rows.push({
    entries,
    pages,
    first,
    reparsed,
    full,
    edits,
    distMb: bytesUnder(dist) / 1e6,
    story: storyTransfer(dist),
  });
}

/** How many pages and files Astro rendered, and how many it copied from the last build. */
function renderedAndReused(log: string): string {
  const written = log.match(/├─/g)?.length ?? 0;
  const reused = log.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  return `${written - reused} / ${reused}`;
}

const seconds = (list: BuildCost[]) => (list.length ? median(list.map((c) => c.seconds)).toFixed(1) : "–");
const memory = (list: BuildCost[]) =>
  list.length
    ? `${median(list.map((c) => c.largestProcessMb)).toFixed(0)} / ${median(list.map((c) => c.peakMb)).toFixed(0)}`
    : "–";
const table = [
  `Scale benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, medians of ${runs} runs.`,
  "Memory: peak MB of the largest process / of the whole process tree.",
  "",
  "| entries | pages | first build s | first build MB | full build, bodies parsed s | full build s | full build MB | of which search index s | one-edit rebuild s | one-edit rebuild MB | of which search index s | pages and files rendered / reused | dist/ MB | story page KB before images (median / max) |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (row) =>
      `| ${[
        row.entries,
        row.pages,
        row.first.seconds.toFixed(1),
        memory([row.first]),
        row.reparsed.seconds.toFixed(1),
        seconds(row.full),
        memory(row.full),
        median(row.full.map((c) => c.pagefindSeconds)).toFixed(1),
        seconds(row.edits),
        memory(row.edits),
        row.edits.length ? median(row.edits.map((c) => c.pagefindSeconds)).toFixed(1) : "–",
        row.edits.length ? renderedAndReused(row.edits[0]!.log) : "–",
        row.distMb.toFixed(0),
        `${row.story.medianKb.toFixed(1)} / ${row.story.maxKb.toFixed(1)}`,
      ].join(" | ")} |`,
  ),
].join("\n");
console.log(`\n${table}\n\nBuild logs: ${logFile}`);
writeFileSync(logFile.replace(/\.log$/, ".md"), `${table}\n`);
