import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_ROOT, ROOT, makeCorpusSite, run, seedImageCache } from "../corpus/site";
import { SEARCH_CORPUS, type CorpusShape } from "../corpus/write";

export { ROOT };
/** Where the search benchmark keeps its copy of the site. */
export const CORPUS_SITE = join(CORPUS_ROOT, "search");
export const CORPUS_DIST = join(CORPUS_SITE, "dist");

/**
 * The search corpus cut to about `entries` entries, in the same proportions: a quick check that
 * the benchmark runs (its budgets are set for the whole corpus).
 */
export function searchCorpusOf(entries: number): CorpusShape {
  const whole = SEARCH_CORPUS.models + SEARCH_CORPUS.people + SEARCH_CORPUS.news;
  const scale = (count: number) => Math.max(1, Math.round((count * entries) / whole));
  return {
    ...SEARCH_CORPUS,
    models: scale(SEARCH_CORPUS.models),
    people: scale(SEARCH_CORPUS.people),
    news: scale(SEARCH_CORPUS.news),
  };
}

/** Builds the search corpus site (5,000 entries unless told) with `npm run build`, search index included. */
export function buildCorpusSite(shape: CorpusShape = SEARCH_CORPUS): void {
  const { entries } = makeCorpusSite(CORPUS_SITE, shape);
  seedImageCache(CORPUS_SITE);
  console.log(`corpus: ${entries} entries written to ${CORPUS_SITE}`);
  const started = performance.now();
  run(CORPUS_SITE, "npm", ["run", "build"]);
  console.log(`corpus: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildCorpusSite();
