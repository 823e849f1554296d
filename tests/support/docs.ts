import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import type { Heading, Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/**
 * Checks over the project's Markdown documentation: links that lead somewhere, a README that
 * stays short and true to package.json. Pure over texts, so that the tests can feed them a
 * changed copy (the controls) as well as the files on disk.
 */

/** A Markdown file, by its path from the project root (`docs/search.md`), with its text. */
export interface DocFile {
  path: string;
  text: string;
}

/** The documentation people read: README, CONTRIBUTING, everything under docs/, the bench's README. */
export function readDocs(root: string): DocFile[] {
  const underDocs = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return underDocs(path);
      return entry.name.endsWith(".md") ? [path] : [];
    });
  const paths = ["README.md", "CONTRIBUTING.md", "bench/README.md", ...underDocs("docs")];
  return paths.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
}

function parse(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

/** The text of a node, code spans included, as a heading's anchor is made from it. */
function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return "children" in node ? node.children.map((child) => plainText(child as Nodes)).join("") : "";
}

/** The anchors a Markdown renderer such as GitHub's gives a file's headings. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  visit(parse(text), "heading", (heading: Heading) => {
    const base = plainText(heading)
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
      .trim()
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${String(count)}`);
  });
  return anchors;
}

/** Every link and link definition target of a text, outside code. */
export function linkTargets(text: string): string[] {
  const targets: string[] = [];
  visit(parse(text), (node) => {
    if (node.type === "link" || node.type === "definition" || node.type === "image") targets.push(node.url);
  });
  return targets;
}

/** A link to another file of the repository (or an anchor in this one), not to the web. */
function isRelative(url: string): boolean {
  return !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith("//");
}

/** A link that leads nowhere: which file has it, what it points at, and why it fails. */
export interface BrokenLink {
  file: string;
  target: string;
  reason: string;
}

/**
 * Relative links of the given files that do not resolve: to a path outside the project, to a
 * file or folder that does not exist, or to a heading that the target file does not have.
 * `exists` and `readText` answer for paths from the project root.
 */
export function brokenLinks(
  files: readonly DocFile[],
  exists: (path: string) => boolean,
  readText: (path: string) => string,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of files) {
    for (const target of linkTargets(file.text).filter(isRelative)) {
      const [pathPart = "", anchor] = target.split("#", 2);
      const decoded = decodeURIComponent(pathPart);
      const resolved =
        decoded === ""
          ? file.path
          : normalize(decoded.startsWith("/") ? decoded.slice(1) : join(dirname(file.path), decoded))
              .split(sep)
              .join("/")
              .replace(/\/$/, "");
      if (resolved === ".." || resolved.startsWith("../")) {
        broken.push({ file: file.path, target, reason: "leaves the project" });
      } else if (!exists(resolved)) {
        broken.push({ file: file.path, target, reason: "no such file or folder" });
      } else if (anchor !== undefined && resolved.endsWith(".md") && !headingAnchors(readText(resolved)).has(anchor)) {
        broken.push({ file: file.path, target, reason: `no heading #${anchor}` });
      }
    }
  }
  return broken;
}

/** `exists` and `readText` over a folder on disk, paths from its root. */
export function onDisk(root: string): { exists: (path: string) => boolean; readText: (path: string) => string } {
  return {
    exists: (path) => existsSync(join(root, path)),
    readText: (path) => readFileSync(join(root, path), "utf8"),
  };
}

/** The commands of the README's first code block, comments and blank lines left out. */
export function firstCommands(readme: string): string[] {
  let block: string | undefined;
  visit(parse(readme), "code", (code) => {
    block ??= code.value;
  });
  return (block ?? "")
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** The npm scripts a text names: `npm start`, `npm test`, `npm run <name>`. */
export function scriptsNamed(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\bnpm (start|test)\b|\bnpm run ([\w:.-]+)/g)) {
    const name = match[1] ?? match[2];
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** Markdown files under `docs/` that `docs/README.md` does not link to. */
export function unindexedDocs(files: readonly DocFile[]): string[] {
  const index = files.find((file) => file.path === "docs/README.md");
  const linked = new Set(
    linkTargets(index?.text ?? "")
      .filter(isRelative)
      .map((target) =>
        join("docs", decodeURIComponent(target.split("#")[0] ?? ""))
          .split(sep)
          .join("/"),
      ),
  );
  return files
    .map((file) => file.path)
    .filter((path) => path.startsWith("docs/") && path !== "docs/README.md" && !linked.has(path));
}

/** Packages of package.json that `docs/dependencies.md` never names in code (`` `name` ``). */
export function undocumentedDependencies(packageNames: readonly string[], dependenciesDoc: string): string[] {
  return packageNames.filter((name) => !dependenciesDoc.includes(`\`${name}\``));
}
