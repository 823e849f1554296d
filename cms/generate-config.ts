import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { stringify } from "yaml";
import { adminPolicy } from "./backend";
import { decapConfig, type ConfigEnv } from "./config-from-schemas";
import { entryIndex } from "./entry-index";
import { previewCss, SCOPED_STYLE_SOURCES, type StyleScope } from "./preview-css";

/**
 * Writes the CMS into `public/admin/` (generated, git-ignored): `config.yml` from the zod
 * schemas, the prebuilt Decap bundle with the chunks it loads on demand, the Vietnamese phrases,
 * `admin.js` (our additions, `cms/admin.ts`, bundled with the site's body pipeline and schemas),
 * `preview.css` from the site's styles, and `index.html` with the Content-Security-Policy that
 * the backend calls for. Runs before `astro dev` and
 * `astro build`, so the CMS always matches the schemas, the body rules and the site's look.
 */

const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));
const decapDist = join(dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");

/** The bundle, and the chunks it fetches from beside itself (CodeMirror modes of code blocks). */
const DECAP_FILE = /^(?:\d+\.)?decap-cms\.js$/;

export interface GenerateOptions {
  /** The project whose schemas, content and styles the CMS is made from. */
  root?: string;
  /** Where to write; `public/admin/` of the project by default. */
  outDir?: string;
}

/** Our browser code and the modules it shares with the build, as one script. */
function bundleAdmin(root: string, previewStyleUrl: string): string {
  const index = entryIndex(join(root, "src", "content"));
  const result = buildSync({
    entryPoints: [join(root, "cms", "admin.ts")],
    absWorkingDir: root,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    charset: "utf8",
    write: false,
    define: { __ENTRY_INDEX__: JSON.stringify(index), __PREVIEW_STYLE_URL__: JSON.stringify(previewStyleUrl) },
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild wrote no admin.js");
  return output.text;
}

export function generateCms(env: ConfigEnv, options: GenerateOptions = {}): string {
  const root = options.root ?? repositoryRoot;
  const outDir = options.outDir ?? join(root, "public", "admin");
  mkdirSync(outDir, { recursive: true });
  const written = new Set<string>();
  const hash = createHash("sha256");
  const write = (name: string, content: string | Buffer, versioned = true) => {
    writeFileSync(join(outDir, name), content);
    written.add(name);
    if (versioned) hash.update(content);
  };

  const header = "# Tạo tự động bởi cms/generate-config.ts từ src/schemas/ — đừng sửa tay.\n";
  const config = decapConfig(env);
  write("config.yml", header + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }), false);

  for (const name of readdirSync(decapDist).filter((file) => DECAP_FILE.test(file))) {
    write(name, readFileSync(join(decapDist, name)), name === "decap-cms.js");
  }
  write("locale-vi-extra.js", readFileSync(join(root, "cms", "locale-vi-extra.js")));
  const read = (path: string) => readFileSync(join(root, path), "utf8");
  const components = Object.fromEntries(
    Object.entries(SCOPED_STYLE_SOURCES).map(([scope, path]) => [scope, read(path)]),
  ) as Record<StyleScope, string>;
  const css = previewCss(read("src/styles/global.css"), components, read("cms/preview.css"));
  write("preview.css", css);
  const cssVersion = createHash("sha256").update(css).digest("hex").slice(0, 10);
  write("admin.js", bundleAdmin(root, `preview.css?v=${cssVersion}`));

  const version = hash.digest("hex").slice(0, 10);
  const policy = adminPolicy(config.backend, config.local_backend?.url);
  const page = read("cms/admin.html")
    .replaceAll("%ASSET_VERSION%", version)
    .replace("%CONTENT_SECURITY_POLICY%", policy.replaceAll("&", "&amp;").replaceAll('"', "&quot;"));
  write("index.html", page, false);

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
