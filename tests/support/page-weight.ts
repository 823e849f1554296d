import { gzipSync } from "node:zlib";
import { decodeEntities } from "./html";
import { mediaMatches, pickCandidate, type Viewport } from "./responsive-image";

/**
 * What a built page makes a browser download, read from its HTML and the CSS it links, and how
 * many bytes that is on the wire. The markup is Astro's own output, regular enough to read with
 * patterns (as tests/support/html.ts does); markup these functions do not understand (frames, a
 * file on another site, a missing file) throws rather than being left out of the sum.
 */

/** A file of the built site by its site path (`/_astro/a.css`); `undefined` when there is none. */
export type ReadSiteFile = (sitePath: string) => Buffer | undefined;

/** What a downloaded file is for. Images are weighed apart (see `pictureChoices`). */
export type FileKind = "document" | "stylesheet" | "font" | "script" | "data";

/** One file the page downloads, with its transfer size. */
export interface LoadedFile {
  path: string;
  kind: FileKind;
  bytes: number;
}

/** A page's weight before images. */
export interface PageWeight {
  /** The page's site path, `/mo-hinh/<id>/`. */
  page: string;
  /** Every file but images, the HTML first, each once. */
  files: LoadedFile[];
  /** Sum of `files`: everything the page downloads except images. */
  beforeImages: number;
  /** Script files plus JavaScript written into the HTML (scripts that run, event handlers). */
  javaScript: number;
}

/** Formats that are compressed already: a server sends their bytes as they are. */
const COMPRESSED_FORMATS = /\.(woff2?|avif|webp|jpe?g|png|gif)$/i;

/**
 * Bytes on the wire: gzip at zlib's default level (what bench/search/serve.ts and most static
 * hosts send; nginx's own default, level 1, is a few per cent larger) for text, the file's own
 * bytes for formats that do not compress.
 */
export function transferBytes(path: string, content: Buffer | string): number {
  return COMPRESSED_FORMATS.test(path) ? Buffer.byteLength(content) : gzipSync(content).length;
}

/** The attributes of an opening tag, names lower-cased, values with character references decoded. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<[a-zA-Z][\w-]*/, "").replace(/\/?>$/, "");
  for (const [, name = "", double, single, bare] of inner.matchAll(
    /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ""));
  }
  return attributes;
}

/** Types of `<script>` that the browser runs or acts on; any other type is a data block. */
const RUN_SCRIPT_TYPES = new Set([
  "",
  "module",
  "importmap",
  "speculationrules",
  "text/javascript",
  "application/javascript",
  "application/ecmascript",
  "application/x-javascript",
  "application/x-ecmascript",
  "text/ecmascript",
  "text/x-javascript",
  "text/x-ecmascript",
  "text/jscript",
  "text/livescript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
]);

/**
 * Whether a `<script type>` runs. JSON-LD (`application/ld+json`) does not: it is a data block
 * that the browser never executes, read only by search engines, so its bytes count as HTML (they
 * are in the page) and not as JavaScript. An import map and speculation rules count as
 * JavaScript: they exist only to make the browser load scripts or pages.
 */
export function isRunnableScriptType(type: string | undefined): boolean {
  const essence = (type ?? "").split(";")[0]!.trim().toLowerCase();
  return RUN_SCRIPT_TYPES.has(essence);
}

/** The markup of a page split into what matters here. */
interface PageParts {
  /** Opening tags outside `<script>` and `<style>` contents, with their element name. */
  tags: { name: string; attributes: Map<string, string>; source: string }[];
  scripts: { attributes: Map<string, string>; text: string }[];
  styles: string[];
}

function partsOf(html: string): PageParts {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const scripts: PageParts["scripts"] = [];
  const styles: string[] = [];
  // Contents of scripts and styles are text, not tags: take them out before looking for tags.
  const markup = withoutComments
    .replace(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi, (_, open: string, text: string) => {
      scripts.push({ attributes: attributesOf(open), text });
      return open;
    })
    .replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_, text: string) => {
      styles.push(text);
      return "";
    });
  const tags = [...markup.matchAll(/<([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)].map(([source, name = ""]) => ({
    name: name.toLowerCase(),
    attributes: attributesOf(source),
    source,
  }));
  return { tags, scripts, styles };
}

/** The site path a reference points to from `base`, without query or fragment. */
export function sitePathOf(reference: string, base: string): string {
  const origin = "https://site.invalid";
  const url = new URL(reference, new URL(base, origin));
  if (url.origin !== origin) throw new Error(`${base} loads ${reference} from another site`);
  return decodeURIComponent(url.pathname);
}

/** What a stylesheet makes the browser load next. */
export interface CssReferences {
  /** `@import`ed stylesheets. */
  imports: string[];
  /** One file per `@font-face`: the first `url()` of its `src`. */
  fonts: string[];
  /** Every other `url()`: background images and the like, weighed as images. */
  images: string[];
}

const URL_FUNCTION = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"']*?))\s*\)/gi;
const urlsIn = (css: string) =>
  [...css.matchAll(URL_FUNCTION)].map(([, double, single, bare]) => (double ?? single ?? bare ?? "").trim());

/**
 * The files a stylesheet references. Fonts are counted conservatively: every `@font-face` of the
 * page's CSS, whatever its `unicode-range`, weight or style, as if the page used them all (a
 * browser downloads only the faces and subsets its text needs, so the real figure can only be
 * lower). Of one face's `src` list only the first `url()` counts: browsers take the first format
 * they can read, and every browser the site supports reads WOFF2, which comes first by custom.
 * `data:` URLs are inside the stylesheet's own bytes.
 */
export function cssReferences(css: string): CssReferences {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const imports: string[] = [];
  const withoutImports = text.replace(
    /@import\s+(?:url\(\s*)?(?:"([^"]*)"|'([^']*)'|([^\s;)"']+))\s*\)?[^;]*;/gi,
    (_, double?: string, single?: string, bare?: string) => {
      imports.push((double ?? single ?? bare ?? "").trim());
      return "";
    },
  );
  const fonts: string[] = [];
  const withoutFaces = withoutImports.replace(/@font-face\s*\{([^}]*)\}/gi, (_, body: string) => {
    const src = /(?:^|[;\s{])src\s*:([^;]*)/i.exec(body)?.[1] ?? "";
    const first = urlsIn(src)[0];
    if (first !== undefined && !first.startsWith("data:")) fonts.push(first);
    return "";
  });
  const images = urlsIn(withoutFaces).filter((url) => url !== "" && !url.startsWith("data:") && !url.startsWith("#"));
  return { imports, fonts, images };
}

/** `as` of a preload, as the kind of file it fetches; images are weighed apart. */
const PRELOAD_KINDS: Record<string, FileKind | "image"> = {
  style: "stylesheet",
  font: "font",
  script: "script",
  image: "image",
  fetch: "data",
};

/**
 * Everything a page downloads before images, and how much of it is JavaScript. Followed: the
 * page's stylesheets (`<link rel=stylesheet>`, `<style>`, and their `@import`s), the fonts of
 * their `@font-face` rules, `<script src>`, preloads, module preloads and prefetches (counted
 * although a browser fetches a prefetch only when idle) and a web app manifest. Inline scripts that
 * run and event handler attributes add to the JavaScript, not to the sum (they are in the HTML).
 * Icons (`rel=icon`) are images and, like every other image, are weighed apart.
 */
export function pageWeight(page: string, read: ReadSiteFile): PageWeight {
  const files = new Map<string, LoadedFile>();
  const load = (path: string, kind: FileKind): string | undefined => {
    if (files.has(path)) return undefined;
    const content = read(path);
    if (content === undefined) throw new Error(`${page} loads ${path}, which the site does not have`);
    files.set(path, { path, kind, bytes: transferBytes(path, content) });
    return content.toString("utf8");
  };
  const loadStyles = (css: string, base: string): void => {
    const references = cssReferences(css);
    for (const reference of references.imports) {
      const path = sitePathOf(reference, base);
      const imported = load(path, "stylesheet");
      if (imported !== undefined) loadStyles(imported, path);
    }
    for (const font of references.fonts) load(sitePathOf(font, base), "font");
  };

  const documentPath = page.endsWith("/") ? `${page}index.html` : page;
  const html = load(documentPath, "document")!;
  const { tags, scripts, styles } = partsOf(html);
  let inlineJavaScript = 0;

  for (const { name, attributes, source } of tags) {
    if (["iframe", "frame", "embed", "object", "portal"].includes(name)) {
      throw new Error(`${page} embeds another document: ${source}`);
    }
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]+$/.test(attribute)) inlineJavaScript += Buffer.byteLength(value);
    }
    if (name !== "link") continue;
    const rel = (attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
    const href = attributes.get("href");
    if (href === undefined) continue;
    if (rel.includes("stylesheet")) {
      const path = sitePathOf(href, page);
      const css = load(path, "stylesheet");
      if (css !== undefined) loadStyles(css, path);
    } else if (rel.includes("modulepreload")) {
      load(sitePathOf(href, page), "script");
    } else if (rel.includes("preload") || rel.includes("prefetch")) {
      const as = (attributes.get("as") ?? "").toLowerCase();
      const kind = PRELOAD_KINDS[as];
      if (kind === undefined) throw new Error(`${page} preloads ${href} as "${as}", which is not understood`);
      if (kind !== "image") load(sitePathOf(href, page), kind);
    } else if (rel.includes("manifest")) {
      load(sitePathOf(href, page), "data");
    }
  }
  for (const css of styles) loadStyles(css, page);
  for (const { attributes, text } of scripts) {
    if (!isRunnableScriptType(attributes.get("type"))) continue;
    const src = attributes.get("src");
    if (src !== undefined) load(sitePathOf(src, page), "script");
    else inlineJavaScript += Buffer.byteLength(text);
  }

  const all = [...files.values()];
  const sum = (list: LoadedFile[]) => list.reduce((total, file) => total + file.bytes, 0);
  return {
    page,
    files: all,
    beforeImages: sum(all),
    javaScript: sum(all.filter((file) => file.kind === "script")) + inlineJavaScript,
  };
}

/** The page budget: bytes before images and of JavaScript. */
export interface PageBudget {
  beforeImages: number;
  javaScript: number;
}

/** What is over budget on a page, in words; empty when it fits. */
export function pageOverBudget(weight: PageWeight, budget: PageBudget): string[] {
  const problems: string[] = [];
  if (weight.beforeImages > budget.beforeImages) {
    const files = weight.files.map((file) => `${file.path} ${kb(file.bytes)}`).join(", ");
    problems.push(
      `${weight.page}: ${kb(weight.beforeImages)} before images, over ${kb(budget.beforeImages)} (${files})`,
    );
  }
  if (weight.javaScript > budget.javaScript) {
    problems.push(`${weight.page}: ${kb(weight.javaScript)} of JavaScript, over ${kb(budget.javaScript)}`);
  }
  return problems;
}

/** Bytes as KB (1 KB = 1,024 bytes, as in the search budget) with one decimal. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** One format of a responsive image and the file a phone takes from it. */
export interface ImageChoice {
  /** `avif`, `webp`… from a `<source type>`, or `img` for the `<img>` every browser can show. */
  format: string;
  path: string;
}

/**
 * For one `<picture>` (or a lone `<img>`), the file a phone downloads from each format: each
 * `<source>` whose `media` matches, as a browser that supports its type would, and the `<img>`,
 * as a browser that supports none of them would.
 */
export function imageChoices(pictureHtml: string, base: string, viewport: Viewport): ImageChoice[] {
  const choices: ImageChoice[] = [];
  for (const { name, attributes } of partsOf(pictureHtml).tags) {
    if (name !== "source" && name !== "img") continue;
    const media = attributes.get("media");
    if (name === "source" && media !== undefined && !mediaMatches(media, viewport)) continue;
    const url = pickCandidate(
      { srcset: attributes.get("srcset"), sizes: attributes.get("sizes"), src: attributes.get("src") },
      viewport,
    );
    const format = name === "img" ? "img" : (attributes.get("type") ?? "").replace(/^image\//, "") || "source";
    choices.push({ format, path: sitePathOf(url, base) });
  }
  return choices;
}

/** Every `<picture>` and every `<img>` outside one, as markup, in page order. */
export function picturesOf(html: string): string[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  return [...withoutComments.matchAll(/<picture\b[\s\S]*?<\/picture\s*>|<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)].map(
    ([markup]) => markup,
  );
}

/** The story's cover: the picture in the `<figure class="cover …">` of src/components/Cover.astro. */
export function coverPicturesOf(html: string): string[] {
  return [...html.matchAll(/<figure\b[^>]*\bclass="cover\b[^"]*"[^>]*>([\s\S]*?)<\/figure\s*>/gi)].flatMap(
    ([, inner = ""]) => picturesOf(inner),
  );
}

/** An image choice with the size of its file (images are sent as they are). */
export interface WeighedChoice extends ImageChoice {
  bytes: number;
}

/** Each choice with its file's bytes; a missing file throws. */
export function weighChoices(choices: ImageChoice[], read: ReadSiteFile): WeighedChoice[] {
  return choices.map((choice) => {
    const content = read(choice.path);
    if (content === undefined) throw new Error(`${choice.path} is not in the site`);
    return { ...choice, bytes: transferBytes(choice.path, content) };
  });
}

/** The choices heavier than `limit`, in words; empty when all fit. */
export function imagesOverBudget(page: string, choices: WeighedChoice[], limit: number): string[] {
  return choices
    .filter((choice) => choice.bytes > limit)
    .map((choice) => `${page}: ${choice.format} ${choice.path} weighs ${kb(choice.bytes)}, over ${kb(limit)}`);
}
