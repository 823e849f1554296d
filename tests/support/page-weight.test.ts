import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  coverPicturesOf,
  cssReferences,
  imageChoices,
  imagesOverBudget,
  isRunnableScriptType,
  pageOverBudget,
  pageWeight,
  picturesOf,
  sitePathOf,
  transferBytes,
  weighChoices,
  type ReadSiteFile,
} from "./page-weight";

/** A built site in memory: site path → content. */
function siteOf(files: Record<string, string | Buffer>): ReadSiteFile {
  return (path) => {
    const content = files[path];
    return content === undefined ? undefined : Buffer.from(content);
  };
}

const gz = (text: string) => gzipSync(text).length;
const page = (head: string, body = "<p>Xin chào</p>") =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
/** Text gzip can hardly shrink: base64 of random bytes (gzip takes back only what base64 added). */
const incompressible = (bytes: number) => randomBytes(bytes).toString("base64");
const budget = { beforeImages: 60 * 1024, javaScript: 0 };

describe("transferBytes", () => {
  it.each([
    ["/a.css", "body{color:red}".repeat(100), gz("body{color:red}".repeat(100))],
    ["/a.html", "<p>x</p>", gz("<p>x</p>")],
    ["/icon.svg", "<svg></svg>", gz("<svg></svg>")],
    ["/f.woff2", "x".repeat(500), 500],
    ["/p.avif", "x".repeat(300), 300],
    ["/p.webp", "x".repeat(300), 300],
    ["/p.JPG", "x".repeat(300), 300],
  ])("%s", (path, content, bytes) => {
    expect(transferBytes(path, content)).toBe(bytes);
  });
});

describe("isRunnableScriptType", () => {
  it.each([
    [undefined, true],
    ["", true],
    ["module", true],
    ["text/javascript", true],
    ["Text/JavaScript; charset=utf-8", true],
    ["application/javascript", true],
    ["importmap", true],
    ["speculationrules", true],
    ["application/ld+json", false],
    ["application/json", false],
    ["text/template", false],
  ])("%s → %s", (type, runs) => {
    expect(isRunnableScriptType(type)).toBe(runs);
  });
});

describe("sitePathOf", () => {
  it.each([
    ["/_astro/a.css", "/mo-hinh/x/", "/_astro/a.css"],
    ["../fonts/f.woff2", "/_astro/css/a.css", "/_astro/fonts/f.woff2"],
    ["a.css?v=1#x", "/tin-tuc/y/", "/tin-tuc/y/a.css"],
    ["/_astro/%C4%91.css", "/", "/_astro/đ.css"],
  ])("%s from %s → %s", (reference, base, path) => {
    expect(sitePathOf(reference, base)).toBe(path);
  });

  it("refuses a file on another site, which the page budget could not weigh", () => {
    expect(() => sitePathOf("https://fonts.example.com/a.css", "/")).toThrow(/another site/);
  });
});

describe("cssReferences", () => {
  it.each([
    ["no references", "body{margin:0}", { imports: [], fonts: [], images: [] }],
    [
      "imports in every spelling",
      `@import url("a.css"); @import 'b.css' screen; @import url(c.css) print; @import "d.css";`,
      { imports: ["a.css", "b.css", "c.css", "d.css"], fonts: [], images: [] },
    ],
    [
      "one file per face, the first of its src",
      `@font-face{font-family:X;src:local("X"),url(/f/x-vi.woff2) format("woff2"),url(/f/x-vi.woff) format("woff");unicode-range:U+0102-0103}
       @font-face{font-family:X;font-weight:700;src:url('/f/x-700.woff2') format('woff2')}`,
      { imports: [], fonts: ["/f/x-vi.woff2", "/f/x-700.woff2"], images: [] },
    ],
    [
      "background images apart, data: URLs and comments left out",
      `/* url(/old.png) */ .a{background:url(/bg.jpg)} .b{background:url("data:image/png;base64,AA")} .c{mask:url(#m)}`,
      { imports: [], fonts: [], images: ["/bg.jpg"] },
    ],
  ])("%s", (_, css, references) => {
    expect(cssReferences(css)).toEqual(references);
  });
});

describe("pageWeight", () => {
  it("weighs the HTML and its stylesheet, each gzipped, and finds no JavaScript", () => {
    const html = page(`<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">`);
    const css = "body{margin:0;color:#222}";
    const weight = pageWeight("/mo-hinh/x/", siteOf({ "/mo-hinh/x/index.html": html, "/_astro/a.css": css }));
    expect(weight.files).toEqual([
      { path: "/mo-hinh/x/index.html", kind: "document", bytes: gz(html) },
      { path: "/_astro/a.css", kind: "stylesheet", bytes: gz(css) },
    ]);
    expect(weight.beforeImages).toBe(gz(html) + gz(css));
    expect(weight.javaScript).toBe(0);
    expect(pageOverBudget(weight, budget)).toEqual([]);
  });

  it("follows @import and counts fonts at their own size, once each", () => {
    const html = page(
      `<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/a.css"><style>@import "/_astro/c.css";</style>`,
    );
    const site = siteOf({
      "/p/index.html": html,
      "/_astro/a.css": `@import url(b.css); body{background:url(/bg.jpg)}`,
      "/_astro/b.css": `@import "a.css"; @font-face{font-family:X;src:url(/fonts/x.woff2) format("woff2")}`,
      "/_astro/c.css": `@font-face{font-family:X;font-weight:700;src:url(/fonts/x.woff2) format("woff2")}`,
      "/fonts/x.woff2": "w".repeat(20_000),
    });
    const weight = pageWeight("/p/", site);
    expect(weight.files.map((file) => [file.path, file.kind])).toEqual([
      ["/p/index.html", "document"],
      ["/_astro/a.css", "stylesheet"],
      ["/_astro/b.css", "stylesheet"],
      ["/fonts/x.woff2", "font"],
      ["/_astro/c.css", "stylesheet"],
    ]);
    expect(weight.files.find((file) => file.kind === "font")?.bytes).toBe(20_000);
  });

  it("counts preloads and module preloads by what they fetch, and leaves image preloads to the images", () => {
    const html = page(
      `<link rel="preload" href="/f.woff2" as="font" crossorigin><link rel="modulepreload" href="/m.js"><link rel="preload" href="/hero.avif" as="image">`,
    );
    const weight = pageWeight(
      "/p/",
      siteOf({ "/p/index.html": html, "/f.woff2": "f".repeat(1000), "/m.js": "export {}" }),
    );
    expect(weight.files.map((file) => [file.path, file.kind])).toEqual([
      ["/p/index.html", "document"],
      ["/f.woff2", "font"],
      ["/m.js", "script"],
    ]);
    expect(weight.javaScript).toBe(gz("export {}"));
  });

  it.each([
    ["a script file", `<script type="module" src="/_astro/s.js"></script>`, gz("console.log(1)")],
    ["an inline script", `<script>console.log(1)</script>`, "console.log(1)".length],
    ["an inline module", `<script type="module">console.log(1)</script>`, "console.log(1)".length],
    ["an event handler", `<button onclick="go()">x</button>`, "go()".length],
  ])("fails the budget with %s", (_, markup, javaScript) => {
    const site = siteOf({ "/p/index.html": page(markup), "/_astro/s.js": "console.log(1)" });
    const weight = pageWeight("/p/", site);
    expect(weight.javaScript).toBe(javaScript);
    expect(pageOverBudget(weight, budget)).toEqual([expect.stringMatching(/^\/p\/: .* of JavaScript, over 0\.0 KB$/)]);
  });

  it("reads JSON-LD as data: its bytes are HTML, not JavaScript", () => {
    const jsonLd = `<script type="application/ld+json">{"@type":"Article","headline":"<script>"}</script>`;
    const html = page(jsonLd);
    const weight = pageWeight("/p/", siteOf({ "/p/index.html": html }));
    expect(weight.javaScript).toBe(0);
    expect(weight.beforeImages).toBe(gz(html));
  });

  it("fails the budget when the CSS is too heavy", () => {
    const html = page(`<link rel="stylesheet" href="/big.css">`);
    const css = `.x{content:"${incompressible(90_000)}"}`;
    const weight = pageWeight("/p/", siteOf({ "/p/index.html": html, "/big.css": css }));
    expect(weight.beforeImages).toBeGreaterThan(60 * 1024);
    expect(weight.javaScript).toBe(0);
    expect(pageOverBudget(weight, budget)).toEqual([
      expect.stringMatching(/before images, over 60\.0 KB .*\/big\.css/),
    ]);
  });

  it("fails the budget when the fonts are too heavy", () => {
    const faces = [400, 500, 600, 700]
      .map((weight) => `@font-face{font-family:X;font-weight:${weight};src:url(/f${weight}.woff2) format("woff2")}`)
      .join("");
    const site = siteOf({
      "/p/index.html": page(`<link rel="stylesheet" href="/a.css">`),
      "/a.css": faces,
      ...Object.fromEntries([400, 500, 600, 700].map((weight) => [`/f${weight}.woff2`, "f".repeat(16_000)])),
    });
    expect(pageOverBudget(pageWeight("/p/", site), budget)).toHaveLength(1);
  });

  it.each([
    ["a missing stylesheet", `<link rel="stylesheet" href="/gone.css">`, /does not have/],
    ["a stylesheet on another site", `<link rel="stylesheet" href="https://cdn.example.com/a.css">`, /another site/],
    ["a frame", `<iframe src="/x/"></iframe>`, /embeds another document/],
    ["a preload it cannot classify", `<link rel="preload" href="/x" as="track">`, /not understood/],
  ])("refuses to weigh a page with %s", (_, markup, error) => {
    expect(() => pageWeight("/p/", siteOf({ "/p/index.html": page(markup) }))).toThrow(error);
  });
});

describe("pictures", () => {
  const cover = `<figure class="cover wide" data-astro-cid-x><picture data-astro-cid-x="true">
    <source srcset="/_astro/c_a360.avif 360w, /_astro/c_a720.avif 720w" type="image/avif" sizes="(max-width: 72rem) 100vw, 72rem">
    <source srcset="/_astro/c_w360.webp 360w, /_astro/c_w720.webp 720w" type="image/webp" sizes="(max-width: 72rem) 100vw, 72rem">
    <img src="/_astro/c.jpg" srcset="/_astro/c_j360.jpg 360w, /_astro/c_j720.jpg 720w" alt="Cánh đồng &amp; làng" sizes="(max-width: 72rem) 100vw, 72rem" width="1600" height="1000">
  </picture><figcaption>Ảnh: Hội</figcaption></figure>`;
  const card = `<article class="card"><picture><source srcset="/_astro/k360.webp 360w" type="image/webp"><img src="/_astro/k.jpg" srcset="/_astro/k360.jpg 360w" alt></picture></article>`;
  const html = page("", `${card}<img src="/logo.svg" alt="">${cover}`);

  it("finds every picture and lone image, and the cover among them", () => {
    expect(picturesOf(html)).toHaveLength(3);
    expect(coverPicturesOf(html)).toHaveLength(1);
    expect(coverPicturesOf(page("", card))).toEqual([]);
  });

  it.each([
    [
      1,
      [
        { format: "avif", path: "/_astro/c_a360.avif" },
        { format: "webp", path: "/_astro/c_w360.webp" },
        { format: "img", path: "/_astro/c_j360.jpg" },
      ],
    ],
    [
      2,
      [
        { format: "avif", path: "/_astro/c_a720.avif" },
        { format: "webp", path: "/_astro/c_w720.webp" },
        { format: "img", path: "/_astro/c_j720.jpg" },
      ],
    ],
  ])("takes from each format of the cover what a 360 px phone at DPR %d downloads", (dpr, choices) => {
    expect(imageChoices(coverPicturesOf(html)[0]!, "/mo-hinh/x/", { width: 360, dpr })).toEqual(choices);
  });

  it("skips a source whose media does not match the phone", () => {
    const art = `<picture><source media="(min-width: 48rem)" srcset="/wide.avif" type="image/avif"><source media="(max-width: 47.99rem)" srcset="/narrow.avif" type="image/avif"><img src="/x.jpg" alt=""></picture>`;
    expect(imageChoices(art, "/", { width: 360, dpr: 1 })).toEqual([
      { format: "avif", path: "/narrow.avif" },
      { format: "img", path: "/x.jpg" },
    ]);
  });

  it("fails the budget with a cover over 100 KB, and names the file", () => {
    const site = siteOf({
      "/_astro/c_a360.avif": "a".repeat(40_000),
      "/_astro/c_w360.webp": "w".repeat(70_000),
      "/_astro/c_j360.jpg": "j".repeat(120_000),
    });
    const weighed = weighChoices(imageChoices(coverPicturesOf(html)[0]!, "/p/", { width: 360, dpr: 1 }), site);
    expect(weighed.map((choice) => choice.bytes)).toEqual([40_000, 70_000, 120_000]);
    expect(imagesOverBudget("/p/", weighed, 100 * 1024)).toEqual([
      "/p/: img /_astro/c_j360.jpg weighs 117.2 KB, over 100.0 KB",
    ]);
  });

  it("refuses to weigh an image the site does not have", () => {
    expect(() => weighChoices([{ format: "img", path: "/gone.jpg" }], siteOf({}))).toThrow(/not in the site/);
  });
});
