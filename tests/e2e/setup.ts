import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { DIST, buildSite } from "../build/setup";
import { readHeadersFile } from "../support/headers-file";
import { startStaticServer } from "../support/static-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the static server over `dist/`, e.g. `http://127.0.0.1:41234`; no trailing slash. */
    baseUrl: string;
  }
}

/**
 * Global setup of the `e2e` project: builds the site if there is no `dist/` yet (the `build`
 * project normally has just built it), then serves it on 127.0.0.1 for Chromium, with the
 * response headers of `dist/_headers` (the Content-Security-Policy above all), as the host
 * serves it. Tests read the address with `inject("baseUrl")`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(DIST)) buildSite();
  const server = await startStaticServer(DIST, { headers: readHeadersFile(join(DIST, "_headers")) });
  project.provide("baseUrl", server.origin);
  return () => server.close();
}
