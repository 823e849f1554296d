import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Data flows one way: the CMS (`cms/`) is built from the site's schemas and texts (`src/`), and
 * nothing under `src/` imports from `cms/`. The texts both need (field labels and hints) live
 * in `src/i18n/field-texts.ts`.
 */
const ROOT = new URL("../", import.meta.url).pathname;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(?:ts|mts|js|mjs|astro|mdx)$/.test(entry.name) ? [path] : [];
  });
}

/** The module specifiers a file imports from `cms/`, as seen from the file's folder. */
function cmsImports(text: string, fileDir: string): string[] {
  const specifiers = [...text.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? "",
  );
  return specifiers.filter((specifier) => {
    if (!specifier.startsWith(".")) return false;
    const target = relative(ROOT, join(fileDir, specifier));
    return target === "cms" || target.startsWith("cms/");
  });
}

describe("src/ never imports from cms/", () => {
  it.each([
    ['import { fieldTexts } from "../../cms/collection-texts";', "src/lib", 1],
    ['const m = await import("../cms/admin");', "src", 1],
    ['import { t } from "../i18n/vi";', "src/lib", 0],
    ['import { x } from "./cms/thing";', "src/lib", 0],
  ])("the check counts the cms imports of %j in %s", (text, dir, count) => {
    expect(cmsImports(text, join(ROOT, dir))).toHaveLength(count);
  });

  it("holds for every file under src/", () => {
    const files = codeFiles(join(ROOT, "src"));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      cmsImports(readFileSync(file, "utf8"), join(file, "..")).map((spec) => `${relative(ROOT, file)}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
