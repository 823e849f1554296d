import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { DIST, buildSite } from "../build/setup";
import { startNginx } from "../support/nginx";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of nginx serving the test site's `dist/`, e.g. `http://127.0.0.1:41234`; no trailing slash. */
    baseUrl: string;
  }
}

/**
 * Global setup of the `e2e` project: builds the test site (tests/build/setup.ts) if it has no
 * `dist/` yet (the `build` project normally has just built it), then serves it for Chromium as
 * production does: Debian's nginx with `deploy/nginx.conf` (its Content-Security-Policy above
 * all), on 127.0.0.1. Tests read the address with `inject("baseUrl")`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(DIST)) buildSite();
  const server = await startNginx(DIST);
  project.provide("baseUrl", server.origin);
  return () => server.close();
}
