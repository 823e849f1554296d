import Ajv from "ajv";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import sax from "sax";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../support/csv";
import { CONTENT, isPublished, rawEntries, type RawEntry } from "../support/entries";
import { DIST } from "./setup";

/**
 * The journalists' side of the built site: feeds, open data, share images, social meta,
 * JSON-LD, sitemap dates and the press box. Expectations are computed from the entry files
 * (tests/support/entries.ts), never from the site's own code.
 *
 * Readers, each a declared dev dependency (docs/dependencies.md): fast-xml-parser, sax as a strict
 * well-formedness check, and ajv with ajv-formats for the JSON Schemas.
 */

const SITE = "https://dvk.ccbninhbinh.vn";
const FIELDS = ["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "he-thong-chinh-tri"];

interface Story {
  kind: "models" | "people" | "news";
  entry: RawEntry;
  path: string;
  /** The title as the page, the feed and the citation give it. */
  title: string;
  /** As the feed gives it: a person's name without title of address. */
  feedTitle: string;
  publishedOn: string;
  updatedOn: string;
  field?: string;
  unit?: string;
  /** The photo shown and offered, as a file path, if any. */
  photo?: { file: string; credit: string };
}

const segment = { models: "mo-hinh", people: "dien-hinh", news: "tin-tuc" } as const;
const str = (value: unknown) => (value === undefined || value === null ? "" : String(value).normalize("NFC"));

function storyOf(kind: Story["kind"], entry: RawEntry): Story {
  const data = entry.data;
  const consent = data.consent as { photo?: boolean; birthYear?: boolean } | undefined;
  const image = (kind === "people" ? (consent?.photo ? data.portrait : undefined) : data.cover) as
    { src: string; credit: string } | undefined;
  const name = `${str(data.honorific)} ${str(data.name)}`;
  return {
    kind,
    entry,
    path: `/${segment[kind]}/${entry.id}/`,
    title: kind === "people" ? name : str(data.title),
    feedTitle: kind === "people" ? str(data.name) : str(data.title),
    publishedOn: str(data.publishedOn),
    updatedOn: str(data.updatedOn) || str(data.publishedOn),
    ...(data.field !== undefined && { field: str(data.field) }),
    ...(data.unit !== undefined && { unit: str(data.unit) }),
    ...(image && { photo: { file: join(CONTENT, kind, image.src), credit: str(image.credit) } }),
  };
}

const stories = (["models", "people", "news"] as const).flatMap((kind) =>
  rawEntries(kind)
    .filter(isPublished)
    .map((entry) => storyOf(kind, entry)),
);
const unpublishedPeople = rawEntries("people").filter((entry) => !isPublished(entry));

const units = rawEntries("units");
/** A unit and every unit below it, from the parent links in the unit files. */
function subtree(root: string): Set<string> {
  const ids = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const unit of units) {
      if (ids.has(str(unit.data.parent)) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

const read = (path: string) => readFileSync(join(DIST, path), "utf8");
const fileOf = (url: string) => {
  const path = new URL(url, SITE).pathname;
  return join(DIST, decodeURIComponent(path.endsWith("/") ? `${path}index.html` : path));
};
const formatDay = (iso: string) => iso.split("-").reverse().join("/");

/* ------------------------------------------------------------------ feeds */

interface Feed {
  path: string;
  /** Paths of the stories it must list. */
  expected: Story[];
}

const feeds: Feed[] = [
  { path: "/rss.xml", expected: stories },
  ...FIELDS.map((field) => ({
    path: `/linh-vuc/${field}/rss.xml`,
    expected: stories.filter((story) => story.field === field),
  })),
  ...units
    .filter((unit) => unit.data.level === "huyen" || unit.data.level === "khoi")
    .map((unit) => {
      const below = subtree(unit.id);
      return {
        path: `/don-vi/${unit.id}/rss.xml`,
        expected: stories.filter((story) => story.unit !== undefined && below.has(story.unit)),
      };
    }),
];

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["item", "category", "channel"].includes(name),
});

type Item = Record<string, unknown> & {
  title: string;
  link: string;
  guid: { "#text": string; "@isPermaLink": string };
  pubDate: string;
  description: string;
  category?: string[];
  "media:content"?: Record<string, unknown>;
};

/** Whether `text` is well-formed XML: a strict SAX parser reads it to the end without an error. */
function wellFormed(text: string): string | true {
  const parser = sax.parser(true);
  let problem: string | true = true;
  parser.onerror = (error) => {
    problem = error.message;
    parser.resume();
  };
  parser.write(text).close();
  return problem;
}

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe("feeds", () => {
  it("there is one per field and one per district-level unit", () => {
    expect(feeds.length).toBeGreaterThanOrEqual(1 + 4 + 9);
  });

  describe.each(feeds.map((feed) => [feed.path, feed] as const))("%s", (path, feed) => {
    const text = existsSync(join(DIST, path)) ? read(path) : "";
    const document = xml.parse(text) as {
      rss: Record<string, string> & {
        channel: (Record<string, unknown> & { item?: Item[]; "atom:link": Record<string, string> })[];
      };
    };
    const channel = document.rss?.channel?.[0];
    const items = channel?.item ?? [];

    it('is well-formed XML: an <rss version="2.0"> with one channel', () => {
      expect(wellFormed(text)).toBe(true);
      expect(document.rss["@version"]).toBe("2.0");
      expect(document.rss.channel).toHaveLength(1);
    });

    it("declares every namespace it uses", () => {
      const prefixes = new Set([...text.matchAll(/<\/?([a-z]+):/g)].map((m) => m[1]));
      for (const prefix of prefixes) expect(document.rss[`@xmlns:${prefix}`], prefix).toMatch(/^http/);
    });

    it("has a title, a link to the site, a description, Vietnamese language and a self link", () => {
      expect(str(channel!["title"])).toMatch(/Dân vận khéo/);
      expect(channel!["link"]).toBe(`${SITE}/`);
      expect(str(channel!["description"]).length).toBeGreaterThan(10);
      expect(channel!["language"]).toBe("vi");
      expect(channel!["atom:link"]).toMatchObject({ "@href": `${SITE}${path}`, "@rel": "self" });
    });

    it("lists exactly its published stories", () => {
      expect(items.map((item) => item.link).sort()).toEqual(feed.expected.map((s) => `${SITE}${s.path}`).sort());
    });

    it("lists the newest first", () => {
      const days = items.map((item) => new Date(item.pubDate).getTime());
      expect(days).toEqual([...days].sort((a, b) => b - a));
    });

    it("gives every item a title, permalink guid, RFC 822 date, the whole summary and its photo", () => {
      const bySite = new Map(feed.expected.map((story) => [`${SITE}${story.path}`, story]));
      for (const item of items) {
        const story = bySite.get(item.link)!;
        expect(str(item.title)).toBe(story.feedTitle);
        expect(item.guid).toEqual({ "#text": item.link, "@isPermaLink": "true" });
        expect(item.pubDate).toMatch(RFC_822);
        expect(new Date(item.pubDate).toISOString()).toBe(
          new Date(`${story.publishedOn}T00:00:00+07:00`).toISOString(),
        );
        expect(str(item.description)).toBe(str(story.entry.data.summary));
        if (story.photo) {
          const media = item["media:content"]!;
          expect(media).toMatchObject({ "@type": "image/jpeg", "@medium": "image" });
          expect(existsSync(fileOf(str(media["@url"]))), str(media["@url"])).toBe(true);
          expect(str(media["media:credit"])).toBe(story.photo.credit);
        } else {
          expect(item["media:content"]).toBeUndefined();
        }
      }
    });
  });

  it("a feed photo is the size it announces", async () => {
    const [item] = (
      xml.parse(read("/rss.xml")) as { rss: { channel: { item: Item[] }[] } }
    ).rss.channel[0]!.item.filter((i) => i["media:content"]);
    const media = item!["media:content"]!;
    const meta = await sharp(fileOf(str(media["@url"]))).metadata();
    expect([meta.format, String(meta.width), String(meta.height)]).toEqual(["jpeg", media["@width"], media["@height"]]);
  });
});

/* ------------------------------------------------------------- open data */

const csvFiles = [
  { path: "/du-lieu/mo-hinh.csv", kind: "models" as const },
  { path: "/du-lieu/dien-hinh.csv", kind: "people" as const },
];

/** The row each published entry must have, column by column, computed from its file. */
function expectedRow(story: Story): Record<string, string> {
  const data = story.entry.data;
  const recognition = data.recognition as { decisionNumber?: string; date?: string } | undefined;
  const common = {
    id: story.entry.id,
    url: `${SITE}${story.path}`,
    unit: str(data.unit),
    field: str(data.field),
    campaign: str(data.campaign),
    status: str(data.status) || "registered",
    registeredOn: str(data.registeredOn),
    recognitionDecision: str(recognition?.decisionNumber),
    recognitionDate: str(recognition?.date),
    summary: str(data.summary),
    publishedOn: story.publishedOn,
    updatedOn: str(data.updatedOn),
    sample: data.sample === true ? "true" : "false",
  };
  if (story.kind === "models") return { ...common, title: story.title };
  const consent = data.consent as { birthYear?: boolean; photo?: boolean };
  return {
    ...common,
    name: str(data.name),
    honorific: str(data.honorific),
    position: str(data.position),
    birthYear: consent.birthYear ? str(data.birthYear) : "",
    portraitCredit: consent.photo && data.portrait ? str((data.portrait as { credit: string }).credit) : "",
  };
}

describe.each(csvFiles.map((file) => [file.path, file] as const))("%s", (path, file) => {
  const bytes = readFileSync(join(DIST, path));
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  const [header = [], ...records] = parseCsv(text.replace(/^\uFEFF/, ""));
  const rows = records.map((record) => Object.fromEntries(header.map((key, i) => [key, record[i] ?? ""])));
  const published = stories.filter((story) => story.kind === file.kind);
  const json = JSON.parse(read(path.replace(/\.csv$/, ".json"))) as { items: Record<string, unknown>[] };
  const schema = JSON.parse(read(path.replace(/\.csv$/, ".schema.json"))) as Record<string, unknown>;

  it("starts with the UTF-8 byte-order mark, so that Excel reads it as UTF-8", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("is valid UTF-8 in NFC, with Vietnamese letters as they are, and CRLF line ends", () => {
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toMatch(/[ăâđêôơưĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    expect(
      text
        .replace(/"[^"]*"/g, "")
        .split("\n")
        .slice(0, -1)
        .every((line) => line.endsWith("\r")),
    ).toBe(true);
  });

  it("has one row per published entry, no more", () => {
    expect(rows.map((row) => row["id"]).sort()).toEqual(published.map((story) => story.entry.id).sort());
  });

  it("each row equals its entry file", () => {
    const byId = new Map(rows.map((row) => [row["id"], row]));
    for (const story of published) {
      const expected = expectedRow(story);
      const row = byId.get(story.entry.id)!;
      expect(Object.fromEntries(Object.keys(expected).map((key) => [key, row[key]])), story.entry.id).toEqual(expected);
      if (file.kind === "people") expect(row["portraitUrl"] !== "", story.entry.id).toBe(story.photo !== undefined);
    }
  });

  it("has the same columns, in the same order, as its JSON and its JSON Schema", () => {
    const properties = (schema as { properties: { items: { items: { properties: object } } } }).properties.items.items
      .properties;
    expect(header).toEqual(Object.keys(properties));
    expect(json.items.map((item) => Object.keys(item))).toEqual(rows.map(() => header));
  });

  it("says the same as its JSON file, cell for cell", () => {
    const asCell = (value: unknown) => (value === null ? "" : String(value));
    expect(json.items.map((item) => Object.fromEntries(header.map((key) => [key, asCell(item[key])])))).toEqual(rows);
  });

  it("its JSON file validates against its JSON Schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(read(path.replace(/\.csv$/, ".json")))), JSON.stringify(validate.errors)).toBe(true);
  });

  it("its JSON file carries the licence and a citation line", () => {
    expect(json).toMatchObject({ license: "CC BY 4.0", $schema: `${SITE}${path.replace(/\.csv$/, ".schema.json")}` });
    expect((json as unknown as { citation: string }).citation).toContain(`${SITE}${path}`);
  });
});

/* ------------------------------------------ story pages: meta, JSON-LD, press */

function metaOf(html: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const key = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /content="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) result.set(key, decode(content));
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (canonical) result.set("canonical", canonical);
  return result;
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

type Node = Record<string, unknown>;

describe("every public page", () => {
  const pages = (function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name === "index.html" ? [join(dir, entry.name)] : [],
    );
  })(DIST)
    .map((file) => `/${relative(DIST, dirname(file))}/`.replace("//", "/"))
    // The CMS is not a public page: it is kept out of search engines and has nothing to share.
    .filter((path) => !path.startsWith("/admin/"));

  it("there are pages to check", () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it("has its canonical address, Open Graph and Twitter card meta, and a share image that exists", () => {
    const problems: string[] = [];
    for (const path of pages) {
      const meta = metaOf(read(`${path}index.html`));
      // A handout repeats its story on paper: the story is its canonical address.
      const canonical = `${SITE}${/^(\/(?:mo-hinh|dien-hinh)\/[^/]+\/)in\/$/.exec(path)?.[1] ?? path}`;
      if (meta.get("canonical") !== canonical) problems.push(`${path}: canonical ${meta.get("canonical")}`);
      if (meta.get("og:url") !== canonical) problems.push(`${path}: og:url`);
      for (const key of ["og:title", "og:description", "og:type", "twitter:card", "twitter:title", "og:image:alt"]) {
        if (!meta.get(key)) problems.push(`${path}: no ${key}`);
      }
      const image = meta.get("og:image") ?? "";
      if (!image.startsWith(`${SITE}/`) || !existsSync(fileOf(image))) problems.push(`${path}: og:image ${image}`);
      if (meta.get("twitter:image") !== image) problems.push(`${path}: twitter:image`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(stories.map((story) => [story.path, story] as const))("story %s", (path, story) => {
  const html = read(`${path}index.html`);
  const meta = metaOf(html);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];

  it("is an Open Graph article titled as the story, with its own share image", () => {
    expect(meta.get("og:type")).toBe("article");
    expect(meta.get("og:title")).toBe(story.title);
    expect(meta.get("og:image")).toBe(`${SITE}/anh-chia-se/${segment[story.kind]}/${story.entry.id}.jpg`);
    expect(meta.get("twitter:card")).toBe("summary_large_image");
  });

  it("its share image is a 1200×630 JPEG", async () => {
    const info = await sharp(fileOf(meta.get("og:image")!)).metadata();
    expect([info.format, info.width, info.height]).toEqual(["jpeg", 1200, 630]);
  });

  it("has one JSON-LD block, valid JSON, with the story, the association and the breadcrumb", () => {
    expect(scripts.map(([, attributes]) => attributes!.trim())).toEqual(['type="application/ld+json"']);
    const body = scripts[0]![2]!;
    expect(body).not.toMatch(/[<>]/);
    const graph = (JSON.parse(body) as { "@context": string; "@graph": Node[] })["@graph"];
    const ofType = (type: string) => graph.filter((node) => node["@type"] === type);
    const [article] = ofType(story.kind === "news" ? "NewsArticle" : "Article");
    expect(article).toMatchObject({
      headline: story.title,
      url: `${SITE}${path}`,
      datePublished: story.publishedOn,
      dateModified: story.updatedOn,
    });
    expect(ofType("Organization")[0]).toMatchObject({ "@id": (article!["publisher"] as Node)["@id"] });
    const crumbs = ofType("BreadcrumbList")[0]!["itemListElement"] as Node[];
    expect(crumbs.at(-1)).toMatchObject({ item: `${SITE}${path}`, name: story.title });
    if (story.kind === "people") {
      expect(ofType("Person")[0]).toMatchObject({ name: str(story.entry.data.name) });
    }
  });

  it("its press box cites title, address and last-updated day, and offers the original photo", async () => {
    const box = decode(/<aside class="press-box[\s\S]*?<\/aside>/.exec(html)?.[0] ?? "");
    expect(box).toContain(`“${story.title}”, ${SITE}${path}, ngày ${formatDay(story.updatedOn)}.`);
    const download = /<a href="([^"]+)" download="([^"]+)"/.exec(box);
    if (!story.photo) {
      expect(download).toBeNull();
      return;
    }
    expect(download![2]).toBe(`${story.entry.id}.jpg`);
    expect(box).toContain(story.photo.credit);
    const [original, offered] = await Promise.all([
      sharp(story.photo.file).metadata(),
      sharp(fileOf(download![1]!)).metadata(),
    ]);
    expect([offered.format, offered.width, offered.height]).toEqual(["jpeg", original.width, original.height]);
  });

  it("its share links are plain links to Zalo, Facebook and e-mail", () => {
    const encoded = encodeURIComponent(`${SITE}${path}`);
    for (const href of [
      `https://sp.zalo.me/share_inline?url=${encoded}`,
      `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    ]) {
      expect(decode(html)).toContain(`href="${href}"`);
    }
    expect(html).toMatch(/href="mailto:\?subject=/);
  });
});

describe("the sitemap", () => {
  const sitemap = readdirSync(DIST)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map(read)
    .join("\n");
  const lastmod = new Map(
    [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1], m[2]]),
  );

  it.each(stories.map((story) => [story.path, story] as const))("%s has lastmod = its last update", (path, story) => {
    expect(lastmod.get(`${SITE}${path}`)?.slice(0, 10)).toBe(story.updatedOn);
  });
});

describe("people who are not published", () => {
  it("exist in the sample content", () => {
    expect(unpublishedPeople.length).toBeGreaterThan(0);
  });

  it.each(unpublishedPeople.map((entry) => [entry.id]))("%s has no share image", (id) => {
    expect(existsSync(join(DIST, "anh-chia-se", "dien-hinh", `${id}.jpg`))).toBe(false);
  });
});
