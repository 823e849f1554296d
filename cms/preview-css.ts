/**
 * The CSS of the CMS preview: the site's global stylesheet, then the `<style>` of each component
 * the story page is made of, scoped the way Astro scopes it, then the few rules of the preview's
 * own notes. Read from the source files at generation time, so the preview follows every change
 * of the site's look.
 *
 * Astro confines a component's styles to the elements of that component's template by adding an
 * attribute to each of them and to each compound selector; `:global(…)` opts out. The preview
 * markup carries `data-scope="<Component>"` on the same elements (see `preview.ts`), and this
 * module rewrites each selector the same way, so a rule such as FactsBox's `h2 { … }` touches
 * only the facts box's heading, as on the site.
 */

/** The components of the story page whose styles the preview uses, by scope name. */
export const SCOPED_STYLE_SOURCES = {
  Story: "src/layouts/Story.astro",
  FactsBox: "src/components/FactsBox.astro",
  Cover: "src/components/Cover.astro",
  SampleLabel: "src/components/SampleLabel.astro",
  ModelPage: "src/pages/mo-hinh/[slug].astro",
  ReplicationGuide: "src/components/ReplicationGuide.astro",
} as const;

export type StyleScope = keyof typeof SCOPED_STYLE_SOURCES;

/** The attribute selector of a scope. */
export const scopeSelector = (scope: StyleScope) => `[data-scope="${scope}"]`;

/** The text of the `<style>` blocks of an Astro component (not `is:global` or `is:inline` ones). */
export function componentStyles(source: string): string {
  return [...source.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "").join("\n");
}

/** Splits a selector list at its top-level commas. */
function selectorsOf(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of list) {
    if (char === "(" || char === "[") depth++;
    if (char === ")" || char === "]") depth--;
    if (depth === 0 && char === ",") {
      selectors.push(current.trim());
      current = "";
    } else {
      current += char;
    }
  }
  selectors.push(current.trim());
  return selectors;
}

/**
 * One compound selector (`a.b:hover`) with the scope added before its pseudo-classes, or
 * unwrapped if it is `:global(…)`.
 */
function scopeCompound(compound: string, attribute: string): string {
  if (compound.includes(":global(")) return compound.replace(/:global\(([^)]*)\)/g, "$1");
  let depth = 0;
  for (let i = 0; i < compound.length; i++) {
    const char = compound[i];
    if (char === "(" || char === "[") depth++;
    if (char === ")" || char === "]") depth--;
    if (char === ":" && depth === 0) return `${compound.slice(0, i)}${attribute}${compound.slice(i)}`;
  }
  return `${compound}${attribute}`;
}

/** A selector with each of its compound selectors scoped; combinators are kept. */
function scopeOneSelector(selector: string, attribute: string): string {
  let out = "";
  let compound = "";
  let combinator = "";
  let depth = 0;
  const flush = () => {
    if (compound === "") return;
    out += (out === "" ? "" : combinator === "" ? " " : ` ${combinator} `) + scopeCompound(compound, attribute);
    compound = "";
    combinator = "";
  };
  for (const char of selector) {
    if (char === "(" || char === "[") depth++;
    if (char === ")" || char === "]") depth--;
    if (depth === 0 && /[\s>+~]/.test(char)) {
      flush();
      if (char !== " " && char !== "\n" && char !== "\t") combinator = char;
    } else {
      compound += char;
    }
  }
  flush();
  return out;
}

/** A selector list with every compound selector scoped. */
export function scopeSelectorList(list: string, attribute: string): string {
  return selectorsOf(list)
    .map((selector) => scopeOneSelector(selector, attribute))
    .join(", ");
}

/**
 * Scopes a stylesheet: the selectors of every rule, including rules inside `@media`; the
 * declarations and other at-rules are kept as they are.
 */
export function scopeCss(css: string, attribute: string): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let out = "";
  let i = 0;
  while (i < withoutComments.length) {
    const open = withoutComments.indexOf("{", i);
    if (open === -1) break;
    const prelude = withoutComments.slice(i, open).trim();
    if (prelude.startsWith("@media") || prelude.startsWith("@supports")) {
      let depth = 1;
      let j = open + 1;
      while (j < withoutComments.length && depth > 0) {
        if (withoutComments[j] === "{") depth++;
        if (withoutComments[j] === "}") depth--;
        j++;
      }
      out += `${prelude} {\n${scopeCss(withoutComments.slice(open + 1, j - 1), attribute)}}\n`;
      i = j;
      continue;
    }
    const close = withoutComments.indexOf("}", open);
    const body = withoutComments.slice(open + 1, close).trim();
    out += `${scopeSelectorList(prelude, attribute)} {\n  ${body}\n}\n`;
    i = close + 1;
  }
  return out;
}

/** The whole preview stylesheet, from the texts of the files it is made of. */
export function previewCss(globalCss: string, components: Record<StyleScope, string>, previewOwnCss: string): string {
  const scoped = (Object.keys(components) as StyleScope[]).map(
    (scope) =>
      `/* ${SCOPED_STYLE_SOURCES[scope]} */\n${scopeCss(componentStyles(components[scope]), scopeSelector(scope))}`,
  );
  return [
    "/* Tạo tự động bởi cms/generate-config.ts từ CSS của trang — đừng sửa tay. */",
    "/* src/styles/global.css */",
    globalCss,
    ...scoped,
    "/* cms/preview.css */",
    previewOwnCss,
  ].join("\n");
}
