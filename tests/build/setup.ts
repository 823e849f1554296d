import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { DIST, ROOT, SITE, SITE_CONTENT } from "../support/paths";
import { copyProjectInto } from "../support/project-copy";
import { addSiteEntries } from "../support/test-site";

/** The project root and the built test site that the build and e2e tests read. */
export { DIST, ROOT };

/**
 * The day the test build is made for (`BUILD_DAY`), so that what the pages say about
 * campaigns and units does not move with the calendar: the 2021–2025 campaign has ended and
 * none runs. A `BUILD_DAY` already set in the environment wins.
 */
export const TEST_BUILD_DAY = "2026-12-07";

/**
 * Makes the test site: a copy of the project (code and `src/content/`) with the fixture
 * site's entries added to its content folder.
 */
export function makeTestSite(): void {
  copyProjectInto(SITE);
  addSiteEntries(SITE_CONTENT);
}

/** Makes the test site and runs `npm run build` in it; fails loudly if it fails. */
export function buildSite(): void {
  const started = performance.now();
  makeTestSite();
  const env = { ...process.env, BUILD_DAY: process.env.BUILD_DAY ?? TEST_BUILD_DAY };
  const result = spawnSync("npm", ["run", "build"], { cwd: SITE, stdio: "inherit", env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npm run build failed with exit code ${String(result.status)}`);
  console.log(`build: test site ${SITE} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Global setup of the `build` project: builds the test site once before the checks over its
 * `dist/`. `SKIP_BUILD=1` reuses an existing build (for quick reruns); without one it builds anyway.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === "1" && existsSync(DIST)) {
    console.log(`build: SKIP_BUILD=1, reusing ${DIST}`);
    return;
  }
  buildSite();
}
