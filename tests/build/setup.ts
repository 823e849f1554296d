import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The project root and the built site that the build and e2e tests read. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/**
 * The day the test build is made for (`BUILD_DAY`), so that what the pages say about
 * campaigns and units does not move with the calendar: the 2021–2025 campaign has ended and
 * none runs. A `BUILD_DAY` already set in the environment wins.
 */
export const TEST_BUILD_DAY = "2026-12-07";

/** Runs `npm run build` in the project root and fails loudly if it fails. */
export function buildSite(): void {
  const started = performance.now();
  const env = { ...process.env, BUILD_DAY: process.env.BUILD_DAY ?? TEST_BUILD_DAY };
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npm run build failed with exit code ${String(result.status)}`);
  console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Global setup of the `build` project: builds the site once before the checks over `dist/`.
 * `SKIP_BUILD=1` reuses an existing `dist/` (for quick reruns); without a `dist/` it builds anyway.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === "1" && existsSync(DIST)) {
    console.log("build: SKIP_BUILD=1, reusing the existing dist/");
    return;
  }
  buildSite();
}
