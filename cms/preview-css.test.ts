import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  componentStyles,
  previewCss,
  scopeCss,
  scopeSelectorList,
  SCOPED_STYLE_SOURCES,
  type StyleScope,
} from "./preview-css";

const root = new URL("..", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const attribute = '[data-scope="FactsBox"]';

describe("scoping a component's styles as Astro does", () => {
  it.each([
    ["h2", 'h2[data-scope="FactsBox"]'],
    ["dl div", 'dl[data-scope="FactsBox"] div[data-scope="FactsBox"]'],
    [
      ".a > .b + .c ~ .d",
      '.a[data-scope="FactsBox"] > .b[data-scope="FactsBox"] + .c[data-scope="FactsBox"] ~ .d[data-scope="FactsBox"]',
    ],
    ["a:hover, a::after", 'a[data-scope="FactsBox"]:hover, a[data-scope="FactsBox"]::after'],
    [".cover :global(img)", '.cover[data-scope="FactsBox"] img'],
    ["li:nth-child(2n+1)", 'li[data-scope="FactsBox"]:nth-child(2n+1)'],
    ['input[type="a b"]', 'input[type="a b"][data-scope="FactsBox"]'],
  ])("%s", (selector, scoped) => {
    expect(scopeSelectorList(selector, attribute)).toBe(scoped);
  });

  it("scopes rules inside media queries and keeps declarations", () => {
    const css = "/* c */ .x { color: red; }\n@media (min-width: 60rem) { .x .y { grid-column: 2; } }";
    expect(scopeCss(css, attribute)).toBe(
      '.x[data-scope="FactsBox"] {\n  color: red;\n}\n@media (min-width: 60rem) {\n.x[data-scope="FactsBox"] .y[data-scope="FactsBox"] {\n  grid-column: 2;\n}\n}\n',
    );
  });

  it("reads only the component's plain style blocks", () => {
    expect(componentStyles("<div />\n<style>\n.a {}\n</style>\n<style is:global>.b {}</style>")).toBe("\n.a {}\n");
  });
});

describe("the preview stylesheet", () => {
  const components = Object.fromEntries(
    Object.entries(SCOPED_STYLE_SOURCES).map(([scope, path]) => [scope, read(path)]),
  ) as Record<StyleScope, string>;
  const css = previewCss(read("src/styles/global.css"), components, read("cms/preview.css"));

  it("starts with the site's global styles, the body components' look included", () => {
    expect(css).toContain(read("src/styles/global.css"));
    expect(css).toContain(".pull-quote {");
  });

  it("has every story component's styles, scoped to that component", () => {
    for (const scope of Object.keys(SCOPED_STYLE_SOURCES)) {
      expect(componentStyles(components[scope as StyleScope]).trim()).not.toBe("");
      expect(css).toContain(`[data-scope="${scope}"]`);
    }
    const factsBox = css.slice(
      css.indexOf("/* src/components/FactsBox.astro */"),
      css.indexOf("/* src/components/Cover.astro */"),
    );
    expect(factsBox).toContain('h2[data-scope="FactsBox"] {');
    expect(factsBox).not.toMatch(/^h2 \{/m);
  });
});
