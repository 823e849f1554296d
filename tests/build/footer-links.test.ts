import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_PATHS } from "../../src/lib/urls";
import { DIST } from "./setup";

/**
 * Every page of the site links to the paper forms, the rights statement and the accessibility
 * statement from its footer, so that a branch officer, a named person or a reader who needs
 * help finds them from wherever they are. The CMS (`/admin/`) is the editors' application, not
 * a page of the site.
 */
const REQUIRED = [PAGE_PATHS.forms, PAGE_PATHS.rights, PAGE_PATHS.accessibility];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The footer links a page lacks, by address. */
function missingFooterLinks(html: string): string[] {
  const footer = /<footer class="site-footer"[\s\S]*?<\/footer>/.exec(html)?.[0] ?? "";
  const hrefs = new Set([...footer.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]));
  return REQUIRED.filter((path) => !hrefs.has(path));
}

const pages = walk(DIST).filter((file) => file.endsWith(".html") && !relative(DIST, file).startsWith(`admin${sep}`));

describe("the footer of every page", () => {
  it("the check sees a footer without the links, and links outside the footer do not count", () => {
    const footer = '<footer class="site-footer"><a href="/bao-chi/">Báo chí</a></footer>';
    expect(missingFooterLinks(footer)).toEqual(REQUIRED);
    expect(missingFooterLinks(`<main><a href="${PAGE_PATHS.rights}">x</a></main>${footer}`)).toEqual(REQUIRED);
    expect(missingFooterLinks("<main>no footer</main>")).toEqual(REQUIRED);
  });

  it("there are pages of every kind to check, handouts and the 404 page included", () => {
    const names = pages.map((file) => relative(DIST, file).split(sep).join("/"));
    expect(names.length).toBeGreaterThan(100);
    expect(names).toContain("404.html");
    expect(names.some((name) => /^mo-hinh\/[^/]+\/in\/index\.html$/.test(name))).toBe(true);
    expect(names).toContain(`${PAGE_PATHS.rights.slice(1)}index.html`);
    expect(names).toContain(`${PAGE_PATHS.forms.slice(1)}index.html`);
  });

  it(`links to ${REQUIRED.join(" and ")} on every page`, () => {
    const failures = pages.flatMap((file) =>
      missingFooterLinks(readFileSync(file, "utf8")).map((path) => `${relative(DIST, file)}: no link to ${path}`),
    );
    expect(failures).toEqual([]);
  });
});
