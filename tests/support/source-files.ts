import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Folders that hold built, generated or installed files, never the project's own source. */
const NOT_SOURCE = new Set([
  "node_modules",
  "dist",
  ".astro",
  ".cache",
  ".git",
  "public/admin",
  "bench/.corpus",
  "bench/.results",
  "test-results",
  "deploy/cms-auth/dist",
]);

const CODE = /\.(?:[cm]?[jt]s|tsx|astro)$/;

/**
 * Every code file (TypeScript, JavaScript, Astro) under `dir`, as paths relative to `root`,
 * sorted; `dir` defaults to the whole project. Content (MDX, YAML) is data, not code.
 */
export function codeFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      const fromRoot = relative(root, path);
      if (entry.isDirectory()) return NOT_SOURCE.has(fromRoot) ? [] : codeFiles(root, path);
      return entry.isFile() && CODE.test(entry.name) ? [fromRoot] : [];
    })
    .sort();
}

/**
 * The script parts of an Astro component (its front matter and its `<script>` elements) joined
 * as one TypeScript text, the front matter on its own lines; other files are returned whole.
 */
export function scriptText(path: string, text: string): string {
  if (!path.endsWith(".astro")) return text;
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
  // The leading newline stands for the opening `---`.
  return ["\n" + frontMatter, ...scripts].join("\n;\n");
}
