import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

/**
 * Bundles the login helper into a folder to copy to the server: `cms-auth.mjs` (the server,
 * oauth4webapi included: the server needs Node and nothing from npm) and `popup.js` (the
 * popup's script, read by the server at start).
 *
 *   npm run cms-auth:build   → deploy/cms-auth/dist/
 */

const here = fileURLToPath(new URL(".", import.meta.url));

export async function buildHelper(outDir = join(here, "dist")): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const common = { bundle: true, minify: false, legalComments: "eof", charset: "utf8", logLevel: "error" } as const;
  await build({
    ...common,
    entryPoints: [join(here, "main.ts")],
    outfile: join(outDir, "cms-auth.mjs"),
    platform: "node",
    format: "esm",
    target: "node20",
  });
  await build({
    ...common,
    entryPoints: [join(here, "popup.ts")],
    outfile: join(outDir, "popup.js"),
    platform: "browser",
    format: "iife",
    target: "es2020",
  });
  return outDir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`cms-auth: ${await buildHelper()}`);
}
