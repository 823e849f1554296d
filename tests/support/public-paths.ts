import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { scriptText } from "./source-files";

/**
 * The first segments of the site's public paths, read from `src/pages/` (a folder or a page
 * file each), plus the two the build adds beside the pages: the CMS and the search index.
 */
export function publicSegments(root: string): string[] {
  const pages = readdirSync(join(root, "src", "pages")).map((name) => name.replace(/\.(?:astro|mdx|md|ts)$/, ""));
  return [...pages.filter((name) => name !== "index" && name !== "404"), "admin", "pagefind"];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A text that begins with a public path: `/mo-hinh/…`, `/rss.xml`, `/don-vi` (not `/mo-hinh-x`). */
function pathPattern(segments: readonly string[]): RegExp {
  return new RegExp(`^/(?:${segments.map(escape).join("|")})(?=$|[/?#.]|\\$\\{)`);
}

/** The string and template texts of a piece of TypeScript, comments left out. */
function literalsOf(path: string, text: string): string[] {
  const source = ts.createSourceFile(path.replace(/\.astro$/, ".tsx"), text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // A link to the home page in markup: `href="/"` (a bare "/" in code is usually a separator).
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (node.initializer.text === "/") found.push(`${node.name.getText(source)}="/"`);
    }
    if (ts.isStringLiteralLike(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** An Astro component's markup as JSX-like TypeScript: its front matter, scripts and comments gone. */
function markupOf(text: string): string {
  return `<>${text
    .replace(/^---\r?\n[\s\S]*?\r?\n---/, "")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")}</>`;
}

/** The public paths a file types by hand, in its code and, for a component, in its markup. */
export function handTypedPaths(path: string, text: string, segments: readonly string[]): string[] {
  const pattern = pathPattern(segments);
  const isPublicPath = (literal: string) => pattern.test(literal) || /^(?:href|action)="\/"$/.test(literal);
  const literals = literalsOf(path, scriptText(path, text));
  if (path.endsWith(".astro")) literals.push(...literalsOf(path, markupOf(text)));
  return literals.filter(isPublicPath).map((literal) => `${path}: ${literal}`);
}
