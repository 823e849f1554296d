import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { decapConfig, type ConfigEnv } from "./config-from-schemas";

/**
 * Writes the CMS into `public/admin/` (generated, git-ignored): `config.yml` from the zod
 * schemas, the prebuilt Decap bundle with the chunks it loads on demand, our two scripts, and
 * `index.html`. Runs before `astro dev` and `astro build`, so the CMS always matches the schemas.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const cmsDir = join(root, "cms");
const decapDist = join(dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");

/** Our own browser scripts, copied as they are. */
const OWN_SCRIPTS = ["locale-vi-extra.js", "admin-setup.js"];

/** The bundle, and the chunks it fetches from beside itself (CodeMirror modes of code blocks). */
const DECAP_FILE = /^(?:\d+\.)?decap-cms\.js$/;

export function generateCms(env: ConfigEnv, outDir = join(root, "public", "admin")): string {
  mkdirSync(outDir, { recursive: true });
  const written = new Set<string>();
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(outDir, name), content);
    written.add(name);
  };

  const header = "# Tạo tự động bởi cms/generate-config.ts từ src/schemas/ — đừng sửa tay.\n";
  write("config.yml", header + stringify(decapConfig(env), { lineWidth: 0, aliasDuplicateObjects: false }));

  const hash = createHash("sha256");
  for (const name of readdirSync(decapDist).filter((file) => DECAP_FILE.test(file))) {
    const content = readFileSync(join(decapDist, name));
    if (name === "decap-cms.js") hash.update(content);
    write(name, content);
  }
  for (const name of OWN_SCRIPTS) {
    const content = readFileSync(join(cmsDir, name));
    hash.update(content);
    write(name, content);
  }
  const version = hash.digest("hex").slice(0, 10);
  write("index.html", readFileSync(join(cmsDir, "admin.html"), "utf8").replaceAll("%ASSET_VERSION%", version));

  // Files are replaced in place rather than the folder recreated: a running `astro dev` loses
  // track of a public folder that disappears. Leftovers (chunks of an older Decap) go.
  for (const name of readdirSync(outDir)) if (!written.has(name)) rmSync(join(outDir, name), { recursive: true });
  return outDir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = generateCms(process.env);
  console.log(
    `CMS: đã tạo ${outDir}/config.yml${process.env.DECAP_LOCAL === "1" ? " (sửa trên máy, qua decap-server)" : ""}`,
  );
}
