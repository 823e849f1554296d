import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "./setup";

/**
 * An offline link check over `dist/`: every reference that points inside the site (href, src,
 * srcset, form actions, CSS url(), and absolute addresses on the site's own origin in feeds,
 * sitemaps, data files and meta tags) must resolve to a built file, and every #fragment to an
 * element with that id. Links to other sites are not fetched.
 */
const SITE = "https://dvk.ccbninhbinh.vn";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const files = existsSync(DIST) ? walk(DIST) : [];
const TEXT = /\.(html|css|xml|json|csv|txt|js|webmanifest)$/;

/** The URL path a built file is served at: `a/b/index.html` → `/a/b/`. */
function urlOf(file: string): string {
  const path = `/${relative(DIST, file).split(sep).join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/** The built file a static host serves for a URL path, if any. */
function fileFor(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = join(DIST, decoded);
  if (!candidate.startsWith(DIST)) return undefined;
  if (decoded.endsWith("/"))
    return existsSync(join(candidate, "index.html")) ? join(candidate, "index.html") : undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  // A host redirects `dir` to `dir/`.
  return existsSync(join(candidate, "index.html")) ? join(candidate, "index.html") : undefined;
}

interface Reference {
  from: string;
  url: string;
}

const ATTRIBUTE = /\s(href|src|srcset|action|poster|content)=(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Every reference a file makes, as written. */
function referencesIn(file: string): Reference[] {
  const text = readFileSync(file, "utf8");
  const from = relative(DIST, file);
  const found: Reference[] = [];
  if (file.endsWith(".html")) {
    for (const tag of text.match(/<[a-zA-Z][^>]*>/g) ?? []) {
      for (const match of tag.matchAll(ATTRIBUTE)) {
        const [, name, double, single] = match;
        const value = decodeEntities(double ?? single ?? "");
        if (name === "content" && !value.startsWith(SITE)) continue;
        const urls =
          name === "srcset" ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "") : [value];
        for (const url of urls) if (url) found.push({ from, url });
      }
    }
  }
  if (file.endsWith(".css")) {
    for (const match of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      if (match[1]) found.push({ from, url: match[1] });
    }
  }
  if (!file.endsWith(".html") && !file.endsWith(".css")) {
    for (const match of text.matchAll(new RegExp(`${SITE.replace(/[.]/g, "\\.")}[^\\s"'<>,)]*`, "g"))) {
      found.push({ from, url: decodeEntities(match[0]) });
    }
  }
  return found;
}

/** Whether a reference leaves the site or is not a link at all. */
function isExternal(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url) && !url.startsWith(`${SITE}/`) && url !== SITE;
}

const references = files.filter((file) => TEXT.test(file)).flatMap(referencesIn);
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, "utf8");
    idsCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1] ?? "")));
  }
  return idsCache.get(file) as Set<string>;
}

describe("links inside dist/", () => {
  it("there are many to check", () => {
    expect(references.filter((reference) => !isExternal(reference.url)).length).toBeGreaterThan(500);
  });

  it("none uses javascript:", () => {
    expect(references.filter((reference) => /^\s*javascript:/i.test(reference.url))).toEqual([]);
  });

  it("every internal reference resolves to a built file", () => {
    const broken = references
      .filter((reference) => !isExternal(reference.url) && !reference.url.startsWith("#"))
      .filter((reference) => {
        const base = new URL(urlOf(join(DIST, reference.from)), SITE);
        return !fileFor(new URL(reference.url, base).pathname);
      })
      .map((reference) => `${reference.from} → ${reference.url}`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it("every #fragment names an element of its page", () => {
    const broken = references
      .filter((reference) => !isExternal(reference.url) && reference.url.includes("#"))
      .filter((reference) => {
        const base = new URL(urlOf(join(DIST, reference.from)), SITE);
        const target = new URL(reference.url, base);
        const file = fileFor(target.pathname);
        const id = decodeURIComponent(target.hash.slice(1));
        return id !== "" && (!file || !file.endsWith(".html") || !idsOf(file).has(id));
      })
      .map((reference) => `${reference.from} → ${reference.url}`);
    expect([...new Set(broken)]).toEqual([]);
  });
});

describe("the link check itself", () => {
  it.each([
    ["/", true],
    ["/mo-hinh", true],
    ["/mo-hinh/", true],
    ["/favicon.svg", true],
    ["/khong-co/", false],
    ["/mo-hinh/khong-co-mo-hinh-nay/", false],
    ["/../etc/passwd", false],
  ])("resolves %s: %s", (path, resolves) => {
    expect(Boolean(fileFor(path))).toBe(resolves);
  });
});
