import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { isPublished, rawEntries } from "../support/entries";
import { DIST, ROOT } from "./setup";

/**
 * No content reaches the page as markup or code: checked in the source (where HTML is written
 * raw) and in the built pages (what the Content-Security-Policy of deploy/nginx.conf must allow).
 */

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Places where a string becomes HTML without escaping. `set:html` is allowed only around
 * `serializeJsonLd(…)` (src/lib/json-ld.ts), which leaves nothing HTML can read as markup, and
 * `is:inline` only on such a JSON-LD block (a data block: the browser never runs it).
 */
function rawHtmlSinks(source: string): string[] {
  const sinks: string[] = [];
  for (const [tag] of source.matchAll(/<[a-zA-Z][^>]*\b(?:set:html|is:inline|is:raw)\b[^>]*>/g)) {
    const serialised = /set:html=\{serializeJsonLd\(/.test(tag);
    const jsonLd = /\stype="application\/ld\+json"/.test(tag);
    if (
      /is:raw/.test(tag) ||
      (/set:html/.test(tag) && !serialised) ||
      (/is:inline/.test(tag) && !(jsonLd && serialised))
    ) {
      sinks.push(tag);
    }
  }
  for (const [sink] of source.matchAll(/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/g)) {
    sinks.push(sink);
  }
  return sinks;
}

/** Reviewed sinks, with the reason each is safe. */
const REVIEWED: Record<string, { sink: string; why: string }> = {
  "src/components/search-element.ts": {
    sink: ".innerHTML =",
    why: "Pagefind's excerpt: Pagefind escapes < and > of the page text and adds only <mark>; tests/build/privacy.test.ts searches a story holding <img …> typed as text and finds it shown as text",
  },
  "src/components/Handout.astro": {
    sink: '<div class="code" role="img" aria-label={t("handout.qrLabel")} set:html={qr} />',
    why: "the QR code's SVG from qrcode's toString (src/lib/qr.ts): the encoded address becomes path coordinates, never text; src/lib/qr.test.ts checks it has no style, script or handler",
  },
};

const sources = walk(join(ROOT, "src")).filter(
  (file) => /\.(astro|mdx|ts|js|mjs)$/.test(file) && !file.endsWith(".test.ts"),
);

describe("rawHtmlSinks", () => {
  it.each([
    ["<p set:html={entry.body} />", ["<p set:html={entry.body} />"]],
    ['<script is:inline type="application/ld+json" set:html={serializeJsonLd(data)} />', []],
    [
      '<script type="application/ld+json" set:html={JSON.stringify(data)} />',
      ['<script type="application/ld+json" set:html={JSON.stringify(data)} />'],
    ],
    ["<script is:inline>x()</script>", ["<script is:inline>"]],
    ["<div set:html={serializeJsonLd(data)} is:raw>", ["<div set:html={serializeJsonLd(data)} is:raw>"]],
    ["el.innerHTML = text;", [".innerHTML ="]],
    ["el.textContent = text;", []],
  ])("%s → %j", (source, sinks) => {
    expect(rawHtmlSinks(source)).toEqual(sinks);
  });
});

describe("the source", () => {
  it("has files to look at", () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it("writes raw HTML only where reviewed", () => {
    const found = Object.fromEntries(
      sources
        .map((file) => [relative(ROOT, file).split(sep).join("/"), rawHtmlSinks(readFileSync(file, "utf8"))] as const)
        .filter(([, sinks]) => sinks.length > 0),
    );
    const reviewed = Object.fromEntries(Object.entries(REVIEWED).map(([file, { sink }]) => [file, [sink]]));
    expect(found).toEqual(reviewed);
  });
});

const pages = existsSync(DIST)
  ? walk(DIST).filter((file) => file.endsWith(".html") && !relative(DIST, file).startsWith(`admin${sep}`))
  : [];

/** Every element of some kinds in every public page, with the page it is in. */
function tagsIn(pattern: RegExp): { page: string; tag: string }[] {
  return pages.flatMap((page) =>
    [...readFileSync(page, "utf8").matchAll(pattern)].map((match) => ({ page: relative(DIST, page), tag: match[0] })),
  );
}

/** The JSON-LD blocks of a page: every `<script>` typed as JSON-LD, whatever its other attributes. */
function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => /\btype=["']?application\/ld\+json\b/i.test(match[1] ?? ""))
    .map((match) => match[2] ?? "");
}

/** The built file of each published model, person and news story, read from the entry files. */
function storyPages(): string[] {
  const segments = { models: "mo-hinh", people: "dien-hinh", news: "tin-tuc" } as const;
  return Object.entries(segments).flatMap(([collection, segment]) =>
    rawEntries(collection)
      .filter(isPublished)
      .map((entry) => `${segment}/${entry.id}/index.html`),
  );
}

/**
 * What is wrong with the structured data of `built` (page path → HTML): a story page without
 * exactly one block, a block on any other page, a block that is not JSON or that holds a
 * character HTML could read as markup, a block whose article is not its own page's.
 */
function jsonLdProblems(built: ReadonlyMap<string, string>, stories: readonly string[]): string[] {
  const problems: string[] = [];
  const expected = new Set(stories);
  for (const story of stories) if (!built.has(story)) problems.push(`${story}: not built`);
  for (const [page, html] of built) {
    const blocks = jsonLdBlocks(html);
    const wanted = expected.has(page) ? 1 : 0;
    if (blocks.length !== wanted) problems.push(`${page}: ${blocks.length} JSON-LD blocks, expected ${wanted}`);
    for (const json of blocks) {
      if (/[<>&\u2028\u2029]/.test(json)) problems.push(`${page}: a character HTML reads as markup`);
      let data: { "@graph"?: { url?: string }[] };
      try {
        data = JSON.parse(json) as typeof data;
      } catch {
        problems.push(`${page}: not JSON`);
        continue;
      }
      const ownUrl = `/${page.replace(/index\.html$/, "")}`;
      if (!data["@graph"]?.some((node) => node.url?.endsWith(ownUrl)))
        problems.push(`${page}: no article for ${ownUrl}`);
    }
  }
  return problems;
}

describe("the JSON-LD check", () => {
  const story = "mo-hinh/mau/index.html";
  const block = (json: string, open = '<script type="application/ld+json">') => `<html>${open}${json}</script></html>`;
  const good = JSON.stringify({ "@graph": [{ url: "https://example.org/mo-hinh/mau/" }] });

  // The controls: each way the structured data can go missing or wrong is reported.
  it.each([
    ["a story page with its block", { [story]: block(good) }, []],
    [
      "the block written with other attributes",
      { [story]: block(good, "<script is:inline type='application/ld+json'>") },
      [],
    ],
    ["a story page without its block", { [story]: "<html></html>" }, [`${story}: 0 JSON-LD blocks, expected 1`]],
    ["a story not built", {}, [`${story}: not built`]],
    [
      "a block on another page",
      { [story]: block(good), "index.html": block(good) },
      ["index.html: 1 JSON-LD blocks, expected 0"],
    ],
    ["a block that is not JSON", { [story]: block("{ nope") }, [`${story}: not JSON`]],
    [
      "a block with markup in it",
      { [story]: block(good.replace("}]", ', "x": "</p>"}]')) },
      [`${story}: a character HTML reads as markup`],
    ],
    [
      "a block about another page",
      { [story]: block(good.replace("/mo-hinh/mau/", "/mo-hinh/khac/")) },
      [`${story}: no article for /mo-hinh/mau/`],
    ],
  ])("%s", (_case, built, problems) => {
    expect(jsonLdProblems(new Map(Object.entries(built)), [story])).toEqual(problems);
  });
});

describe("the built public pages", () => {
  it("are there", () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it("load scripts only from this site, as files (the search page has one)", () => {
    const scripts = tagsIn(/<script\b[^>]*>/g).filter(({ tag }) => !/type="application\/ld\+json"/.test(tag));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(({ tag }) => !/\ssrc="\/(?!\/)[^"]+"/.test(tag))).toEqual([]);
  });

  it("carry structured data only as inert JSON, one block on each story page and none elsewhere", () => {
    const built = new Map(pages.map((page) => [relative(DIST, page).split(sep).join("/"), readFileSync(page, "utf8")]));
    const stories = storyPages();
    expect(stories.length).toBeGreaterThan(0);
    expect(jsonLdProblems(built, stories)).toEqual([]);

    // The control: the same pages with one story's block taken out are refused for that page.
    const [first] = stories as [string];
    const stripped = new Map(built).set(
      first,
      built.get(first)!.replace(/<script type="application\/ld\+json">/, "<x>"),
    );
    expect(jsonLdProblems(stripped, stories)).toEqual([`${first}: 0 JSON-LD blocks, expected 1`]);
  });

  it("have no <style> element and no style attribute (style-src 'self')", () => {
    expect(tagsIn(/<style\b[^>]*>|<[a-z][^>]*\sstyle="[^"]*"/g)).toEqual([]);
  });

  it("have no event-handler attribute and no javascript: address", () => {
    expect(tagsIn(/<[a-z][^>]*\son[a-z]+=[^>]*>|(?:href|src|action)="\s*javascript:[^"]*"/gi)).toEqual([]);
  });
});
