import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isPublished, rawEntries, type RawEntry } from "../support/entries";
import { DIST } from "./setup";

/**
 * Checks over the built site: the public contract of PRODUCT.md (its site map), Vietnamese
 * pages, one page per published story, and nothing at all about drafts or people whose
 * consent is missing or withdrawn. Entries are read from their files, not from the site code.
 */

/** The stable paths of the site map in PRODUCT.md. */
const FIELDS = ["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "he-thong-chinh-tri"];
const SITE_MAP = [
  "/",
  "/mo-hinh/",
  "/dien-hinh/",
  ...FIELDS.map((field) => `/linh-vuc/${field}/`),
  "/don-vi/",
  "/chi-tieu/",
  "/bao-cao/",
  "/van-ban/",
  "/tin-tuc/",
  "/gioi-thieu/",
  "/tim-kiem/",
  "/bao-chi/",
  "/bieu-mau/",
  "/quyen-cua-nguoi-duoc-gioi-thieu/",
  "/ho-tro-tiep-can/",
  "/admin/",
  "/rss.xml",
  "/du-lieu/mo-hinh.csv",
  "/du-lieu/mo-hinh.json",
  "/du-lieu/dien-hinh.csv",
  "/du-lieu/dien-hinh.json",
  "/sitemap-index.xml",
  "/robots.txt",
  "/404.html",
];

/** The file a static host serves for a URL path. */
function fileOf(path: string): string {
  return join(DIST, path.endsWith("/") ? `${path}index.html` : path);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const distFiles = existsSync(DIST) ? walk(DIST) : [];
const htmlFiles = distFiles.filter((file) => file.endsWith(".html"));
const sitemaps = distFiles.filter((file) => /[/\\]sitemap-[^/\\]*\.xml$/.test(file));
const sitemapText = sitemaps.map((file) => readFileSync(file, "utf8")).join("\n");

/** Text of a built file; Pagefind's index files are gzip-compressed, so they are opened first. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString("utf8");
    } catch {
      // Not a gzip stream after all: search the bytes as they are.
    }
  }
  return bytes.toString("utf8");
}

/** HTML with its character references decoded, so that a title matches however it was escaped. */
function decoded(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&")
    .normalize("NFC");
}

function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const text = (value: unknown) => String(value ?? "").normalize("NFC");

interface Story {
  kind: "model" | "person";
  entry: RawEntry;
  /** What the page must show as its heading: a model's title, a person's name. */
  heading: string;
  dir: string;
  /** Whether the page must carry a photo in a <picture>. */
  hasPhoto: boolean;
}

const stories: Story[] = [
  ...rawEntries("models").map((entry) => ({
    kind: "model" as const,
    entry,
    heading: text(entry.data.title),
    dir: `mo-hinh/${entry.id}`,
    hasPhoto: true,
  })),
  ...rawEntries("people").map((entry) => {
    const consent = entry.data.consent as { photo?: boolean } | undefined;
    return {
      kind: "person" as const,
      entry,
      heading: text(entry.data.name),
      dir: `dien-hinh/${entry.id}`,
      hasPhoto: Boolean(entry.data.portrait) && consent?.photo === true,
    };
  }),
];
const published = stories.filter((story) => isPublished(story.entry));
const unpublished = stories.filter((story) => !isPublished(story.entry));

/** Drafts of the other story-like collections must not leak either. */
const otherDrafts = (["news", "documents"] as const).flatMap((collection) =>
  rawEntries(collection)
    .filter((entry) => entry.data.draft === true)
    .map((entry) => ({ collection, id: entry.id, title: text(entry.data.title) })),
);

describe("dist/", () => {
  it("exists (the global setup built it)", () => {
    expect(existsSync(DIST)).toBe(true);
    expect(htmlFiles.length).toBeGreaterThan(0);
  });
});

describe("the site map of PRODUCT.md", () => {
  it.each(SITE_MAP)("%s is built", (path) => {
    const file = fileOf(path);
    expect(existsSync(file), `${relative(DIST, file)} is missing`).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(0);
  });
});

describe("every HTML page", () => {
  it('declares Vietnamese: <html lang="vi"', () => {
    const wrong = htmlFiles.filter((file) => !/<html[^>]*\slang="vi"/i.test(readFileSync(file, "utf8")));
    expect(wrong.map((file) => relative(DIST, file))).toEqual([]);
  });
});

describe("published stories", () => {
  it("there are some to check", () => {
    expect(published.filter((story) => story.kind === "model").length).toBeGreaterThan(0);
  });

  describe.each(published.map((story) => [`/${story.dir}/`, story] as const))("%s", (_path, story) => {
    const file = join(DIST, story.dir, "index.html");

    it("has a page", () => {
      expect(existsSync(file), `${relative(DIST, file)} is missing`).toBe(true);
    });

    it(`shows ${story.kind === "model" ? "the title" : "the name"} “${story.heading}”`, () => {
      expect(decoded(readFileSync(file, "utf8"))).toContain(story.heading);
    });

    it("has a facts box (class facts)", () => {
      expect(readFileSync(file, "utf8")).toMatch(/class="(?:[^"]*\s)?facts(?:\s[^"]*)?"/);
    });

    // A person without a portrait, or who did not agree to show it, has no photo to check.
    if (story.hasPhoto) {
      it("has its photo in a <picture>", () => {
        expect(readFileSync(file, "utf8")).toMatch(/<picture[\s>]/);
      });
    }

    it("is in the sitemap", () => {
      expect(sitemapText).toContain(`/${story.dir}/</loc>`);
    });

    it("has a handout at in/, linked from the story, pointing back to it as canonical, not in the sitemap", () => {
      const handout = join(DIST, story.dir, "in", "index.html");
      expect(existsSync(handout), `${relative(DIST, handout)} is missing`).toBe(true);
      expect(readFileSync(file, "utf8")).toContain(`href="/${story.dir}/in/"`);
      const html = readFileSync(handout, "utf8");
      expect(html).toContain(`<link rel="canonical" href="https://dvk.ccbninhbinh.vn/${story.dir}/">`);
      expect(decoded(html)).toContain(story.heading);
      expect(html).not.toContain("data-pagefind-body");
      expect(sitemapText).not.toContain(`/${story.dir}/in/</loc>`);
    });
  });
});

describe("unpublished entries (drafts, consent missing or withdrawn)", () => {
  /**
   * Every built file as text, Pagefind's compressed index included, read once. A title found
   * here would leak through a page, the search, the feed, the data files or the sitemap.
   */
  const corpus = distFiles.map((file) => ({ file: relative(DIST, file), text: textOf(file).normalize("NFC") }));
  const filesMentioning = (needle: string) =>
    corpus.filter(({ text: body }) => body.includes(needle) || body.includes(escaped(needle))).map(({ file }) => file);

  it("the sample content has at least one, so that this rule is exercised", () => {
    expect(unpublished.length + otherDrafts.length).toBeGreaterThan(0);
  });

  describe.each(unpublished.map((story) => [story.dir, story] as const))("%s", (_dir, story) => {
    it("has no page", () => {
      expect(existsSync(join(DIST, story.dir))).toBe(false);
    });

    it("is not in the sitemap", () => {
      expect(sitemapText).not.toContain(`/${story.dir}/`);
    });

    it(`appears in no file of dist/: “${story.heading}”`, () => {
      expect(filesMentioning(story.heading)).toEqual([]);
    });
  });

  describe.each(otherDrafts.map((draft) => [`${draft.collection}/${draft.id}`, draft] as const))(
    "draft %s",
    (_name, draft) => {
      it(`appears in no file of dist/: “${draft.title}”`, () => {
        expect(filesMentioning(draft.title)).toEqual([]);
      });
    },
  );
});

describe("/admin/", () => {
  const admin = fileOf("/admin/");

  it("asks search engines not to index it", () => {
    const html = readFileSync(admin, "utf8");
    const robots = /<meta\s[^>]*name=["']robots["'][^>]*>/i.exec(html)?.[0] ?? "";
    expect(robots).toMatch(/content=["'][^"']*noindex/i);
  });

  it("is not in the sitemap", () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    expect(sitemapText).not.toContain("/admin/");
  });

  it("is not in the search index", () => {
    const index = distFiles.filter((file) => /[/\\]pagefind[/\\]fragment[/\\]/.test(file));
    const hits = index.filter((file) => textOf(file).includes("/admin/"));
    expect(hits.map((file) => relative(DIST, file))).toEqual([]);
  });
});

describe("the search index", () => {
  it("exists: dist/pagefind/pagefind.js", () => {
    expect(existsSync(join(DIST, "pagefind", "pagefind.js"))).toBe(true);
  });

  it("is a Vietnamese index", () => {
    const entry = JSON.parse(readFileSync(join(DIST, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages?: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages ?? {})).toContain("vi");
  });
});
