import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_ROOT, ROOT, makeCorpusSite, run, seedImageCache } from "../corpus/site";
import { SEARCH_CORPUS } from "../corpus/write";

export { ROOT };
/** Where the search benchmark keeps its copy of the site. */
export const CORPUS_SITE = join(CORPUS_ROOT, "search");
export const CORPUS_DIST = join(CORPUS_SITE, "dist");

/** Builds the 5,000-entry search corpus site with `npm run build`, search index included. */
export function buildCorpusSite(): void {
  const { entries } = makeCorpusSite(CORPUS_SITE, SEARCH_CORPUS);
  seedImageCache(CORPUS_SITE);
  console.log(`corpus: ${entries} entries written to ${CORPUS_SITE}`);
  const started = performance.now();
  run(CORPUS_SITE, "npm", ["run", "build"]);
  console.log(`corpus: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildCorpusSite();
