import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "./corpus";

/** The project root, and where the benchmark keeps its copy of the site (gitignored). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CORPUS_SITE = join(ROOT, "bench", ".corpus", "site");
export const CORPUS_DIST = join(CORPUS_SITE, "dist");

/**
 * Builds the 5,000-entry corpus site: a copy of the project (node_modules linked, the image
 * cache copied so that the sample photos are not optimised again) whose models, people and
 * news are replaced by the synthetic ones, then a real `astro build` with our Pagefind step.
 */
export function buildCorpusSite(): void {
  rmSync(CORPUS_SITE, { recursive: true, force: true });
  mkdirSync(CORPUS_SITE, { recursive: true });
  for (const part of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(ROOT, part), join(CORPUS_SITE, part), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(CORPUS_SITE, "node_modules"));
  const imageCache = join(ROOT, ".cache", "astro", "assets");
  if (existsSync(imageCache)) cpSync(imageCache, join(CORPUS_SITE, ".cache", "astro", "assets"), { recursive: true });

  const { entries } = writeCorpus(join(CORPUS_SITE, "src", "content"));
  console.log(`corpus: ${entries} entries written to ${CORPUS_SITE}`);

  const started = performance.now();
  const result = spawnSync("npx", ["astro", "build"], { cwd: CORPUS_SITE, stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`astro build of the corpus failed (exit ${String(result.status)})`);
  console.log(`corpus: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildCorpusSite();
