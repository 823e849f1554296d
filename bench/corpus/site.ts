import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus, type CorpusShape } from "./write";

/** The project root; benchmark sites live under `bench/.corpus/` (ignored by git). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CORPUS_ROOT = join(ROOT, "bench", ".corpus");

/** What a build needs from the project; node_modules is linked, not copied. */
const PROJECT_PARTS = ["src", "public", "scripts", "cms", "astro.config.mjs", "package.json", "tsconfig.json"];

/**
 * Makes `siteDir` a copy of the project whose models, people and news are replaced by a
 * synthetic corpus. The copy starts with no cache and no dist/, like a fresh clone.
 */
export function makeCorpusSite(siteDir: string, shape: CorpusShape): { entries: number } {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  for (const part of PROJECT_PARTS) cpSync(join(ROOT, part), join(siteDir, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(siteDir, "node_modules"));
  return writeCorpus(join(siteDir, "src", "content"), shape);
}

/** Copies the sample site's optimised photos into `siteDir`, so that they are not encoded again. */
export function seedImageCache(siteDir: string): void {
  const imageCache = join(ROOT, ".cache", "astro", "assets");
  if (existsSync(imageCache)) cpSync(imageCache, join(siteDir, ".cache", "astro", "assets"), { recursive: true });
}

/** Runs `command` in `siteDir` and throws when it fails. */
export function run(siteDir: string, command: string, args: string[], quiet = false): string {
  const result = spawnSync(command, args, {
    cwd: siteDir,
    encoding: "utf8",
    stdio: quiet ? "pipe" : "inherit",
    env: process.env,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed in ${siteDir} (exit ${String(result.status)})\n${result.stderr ?? ""}`,
    );
  }
  return `${result.stdout ?? ""}${result.stderr ?? ""}`;
}
