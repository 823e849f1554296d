import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminPolicy } from "../../cms/backend";
import { decapConfig } from "../../cms/config-from-schemas";
import { STORY_SEGMENTS, storyPath, type StoryKind } from "../../src/lib/urls";
import { isPublished, rawEntries } from "../support/entries";
import { SITE_CONF, startNginx, type Nginx } from "../support/nginx";
import { DIST } from "./setup";

/**
 * The built site served by Debian's nginx with `deploy/nginx.conf`, the production file, one
 * page of each kind fetched as a browser fetches it: status, security headers, compression and
 * caching. Pages are taken from the sitemap and `dist/`, whatever content there is.
 */

/** What a browser sends that changes the answer. */
const BROWSER = { "accept-encoding": "gzip, deflate, br", accept: "text/html,*/*" };

interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function get(server: Nginx, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.origin}${path}`, { headers: { ...BROWSER, ...headers }, redirect: "manual" });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** Site paths listed in the sitemap, e.g. `/mo-hinh/<id>/`. */
const listed = [
  ...readFileSync(join(DIST, "sitemap-0.xml"), "utf8").matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g),
].map((match) => match[1]!);
function firstListed(pattern: RegExp): string {
  const path = listed.find((candidate) => pattern.test(candidate));
  if (!path) throw new Error(`no page matching ${String(pattern)} in the sitemap`);
  return path;
}
/** The page of the first published entry of a kind. */
const storyOf = (kind: StoryKind) => storyPath(kind, rawEntries(kind).filter(isPublished)[0]!.id);
const firstFile = (folder: string, extension: string) =>
  `/${folder}/${readdirSync(join(DIST, folder)).find((name) => name.endsWith(extension))!}`;

const home = readFileSync(join(DIST, "index.html"), "utf8");
const stylesheet = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(home)?.[1] ?? "";
const image = /<img [^>]*src="(\/_astro\/[^"]+)"/.exec(home)?.[1] ?? "";
const fragment = `/pagefind/fragment/${readdirSync(join(DIST, "pagefind", "fragment"))[0]!}`;

type Caching = "revalidate" | "immutable";
interface Kind {
  path: string;
  status: number;
  type: RegExp;
  gzip: boolean;
  caching: Caching;
  admin?: boolean;
}

const HTML = /^text\/html; charset=utf-8$/;
const KINDS: Record<string, Kind> = {
  home: { path: "/", status: 200, type: HTML, gzip: true, caching: "revalidate" },
  list: { path: `/${STORY_SEGMENTS.models}/`, status: 200, type: HTML, gzip: true, caching: "revalidate" },
  story: { path: storyOf("models"), status: 200, type: HTML, gzip: true, caching: "revalidate" },
  person: { path: storyOf("people"), status: 200, type: HTML, gzip: true, caching: "revalidate" },
  field: { path: firstListed(/^\/linh-vuc\/[^/]+\/$/), status: 200, type: HTML, gzip: true, caching: "revalidate" },
  unit: { path: firstListed(/^\/don-vi\/[^/]+\/$/), status: 200, type: HTML, gzip: true, caching: "revalidate" },
  targets: { path: firstListed(/^\/chi-tieu\/$/), status: 200, type: HTML, gzip: true, caching: "revalidate" },
  report: {
    path: firstListed(/^\/bao-cao\/[^/]+\/[^/]+\/$/),
    status: 200,
    type: HTML,
    gzip: true,
    caching: "revalidate",
  },
  search: { path: firstListed(/^\/tim-kiem\/$/), status: 200, type: HTML, gzip: true, caching: "revalidate" },
  document: { path: firstListed(/^\/van-ban\/[^/]+\/$/), status: 200, type: HTML, gzip: true, caching: "revalidate" },
  news: { path: storyOf("news"), status: 200, type: HTML, gzip: true, caching: "revalidate" },
  feed: { path: "/rss.xml", status: 200, type: /^application\/xml; charset=utf-8$/, gzip: true, caching: "revalidate" },
  csv: {
    path: firstFile("du-lieu", ".csv"),
    status: 200,
    type: /^text\/csv; charset=utf-8$/,
    gzip: true,
    caching: "revalidate",
  },
  json: {
    path: firstFile("du-lieu", ".json"),
    status: 200,
    type: /^application\/json; charset=utf-8$/,
    gzip: true,
    caching: "revalidate",
  },
  sitemap: {
    path: "/sitemap-0.xml",
    status: 200,
    type: /^application\/xml; charset=utf-8$/,
    gzip: true,
    caching: "revalidate",
  },
  missing: { path: "/khong-co-trang-nay/", status: 404, type: HTML, gzip: true, caching: "revalidate" },
  admin: { path: "/admin/", status: 200, type: HTML, gzip: true, caching: "revalidate", admin: true },
  stylesheet: { path: stylesheet, status: 200, type: /^text\/css; charset=utf-8$/, gzip: true, caching: "immutable" },
  image: { path: image, status: 200, type: /^image\/(avif|webp|jpeg|png)$/, gzip: false, caching: "immutable" },
  "pagefind script": {
    path: "/pagefind/pagefind.js",
    status: 200,
    type: /^text\/javascript; charset=utf-8$/,
    gzip: true,
    caching: "revalidate",
  },
  "pagefind entry": {
    path: "/pagefind/pagefind-entry.json",
    status: 200,
    type: /^application\/json/,
    gzip: false,
    caching: "revalidate",
  },
  "pagefind fragment": {
    path: fragment,
    status: 200,
    type: /^application\/octet-stream$/,
    gzip: false,
    caching: "immutable",
  },
};

/** A policy as a map from directive to its sources. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** Everything wrong with one answer for its kind, in words; empty when it is right. */
function problemsOf(kind: Kind, answer: Answer): string[] {
  const problems: string[] = [];
  const header = (name: string) => answer.headers.get(name);
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(answer.status === kind.status, `status ${answer.status}, not ${kind.status}`);
  check(kind.type.test(header("content-type") ?? ""), `content type ${header("content-type")}`);
  check(header("x-content-type-options") === "nosniff", "no nosniff");
  check(header("referrer-policy") === "strict-origin-when-cross-origin", "referrer policy");
  check(header("permissions-policy") === "camera=(), microphone=(), geolocation=()", "permissions policy");
  const csp = directives(header("content-security-policy"));
  if (kind.admin) {
    check(
      header("content-security-policy") === "frame-ancestors 'none'",
      `admin policy ${header("content-security-policy")}`,
    );
    check(header("x-robots-tag") === "noindex, nofollow", "admin may be indexed");
  } else {
    const exactly = (name: string, sources: string[]) =>
      check(JSON.stringify(csp.get(name)) === JSON.stringify(sources), `${name} is ${JSON.stringify(csp.get(name))}`);
    exactly("default-src", ["'self'"]);
    exactly("script-src", ["'self'", "'wasm-unsafe-eval'"]);
    exactly("style-src", ["'self'"]);
    exactly("object-src", ["'none'"]);
    exactly("base-uri", ["'self'"]);
    exactly("frame-ancestors", ["'none'"]);
    check(
      !/'unsafe-inline'|'unsafe-eval'|data:|https?:/.test(header("content-security-policy") ?? ""),
      "a loose policy",
    );
    check(header("x-robots-tag") === null, "a public page marked noindex");
  }
  const encoding = header("content-encoding");
  check(kind.gzip ? encoding === "gzip" : encoding === null, `content encoding ${encoding}`);
  if (kind.gzip) check(/accept-encoding/i.test(header("vary") ?? ""), "no Vary: Accept-Encoding");
  const cache = header("cache-control");
  check(
    kind.caching === "immutable" ? cache === "public, max-age=31536000, immutable" : cache === "no-cache",
    `cache-control ${cache}`,
  );
  check(header("etag") !== null || header("last-modified") !== null, "nothing to revalidate with");
  check(header("server") === "nginx", `server header ${header("server")}`);
  return problems;
}

let server: Nginx;
const answers = new Map<string, Answer>();
beforeAll(async () => {
  server = await startNginx(DIST);
  for (const [name, kind] of Object.entries(KINDS)) answers.set(name, await get(server, kind.path));
});
afterAll(async () => {
  await server?.close();
});

describe("deploy/nginx.conf serves each kind of page as a browser should get it", () => {
  it.each(Object.entries(KINDS).map(([name, kind]) => [name, kind.path, kind] as const))(
    "%s (%s)",
    (name, _path, kind) => {
      expect(kind.path, name).toMatch(/^\//);
      expect(problemsOf(kind, answers.get(name)!)).toEqual([]);
    },
  );

  it("sends the Vietnamese 404 page", () => {
    const page = answers.get("missing")!.body.toString("utf8");
    expect(page).toContain('<html lang="vi"');
    expect(page).toBe(readFileSync(join(DIST, "404.html"), "utf8"));
  });

  it("sends a missing asset the 404 page, not cached for a year", async () => {
    const answer = await get(server, "/_astro/khong-co.css");
    expect(answer.status).toBe(404);
    expect(answer.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers a revalidation of a page with 304 and no body", async () => {
    const first = answers.get("story")!;
    const again = await get(server, KINDS.story!.path, {
      "if-none-match": first.headers.get("etag") ?? "",
      "if-modified-since": first.headers.get("last-modified") ?? "",
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("redirects a folder without its slash, relative to whatever host and port serve it", async () => {
    const answer = await get(server, KINDS.list!.path.replace(/\/$/, ""));
    expect(answer.status).toBe(301);
    expect(answer.headers.get("location")).toBe(KINDS.list!.path);
  });

  it("lists no folder: a folder without an index is missing, not forbidden", async () => {
    expect((await get(server, "/_astro/")).status).toBe(404);
  });

  it("gives the admin page its own policy in a <meta> tag, the one its backend calls for", () => {
    const page = answers.get("admin")!.body.toString("utf8");
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    // The build took the backend from this environment too.
    expect(policy).toBe(adminPolicy(decapConfig(process.env).backend));
    expect(directives(policy ?? null).get("script-src")).toEqual(["'self'", "'unsafe-eval'"]);
  });
});

describe("what may be cached for a year never changes under its name", () => {
  // `<name>.<hash of the file>.<ext>`, and images `<name>.<hash of the original>_<hash of the variant>.<ext>`.
  it("every file in /_astro/ carries a hash in its name", () => {
    const names = readdirSync(join(DIST, "_astro"));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !/\.[\w-]{8}(?:_[\w-]{4,8})?\.\w+$/.test(name))).toEqual([]);
  });

  // Pagefind 1.6 names these files by the SHA-1 of their content (its `full_hash`: each byte
  // in hex without a leading zero), extended on a collision within a build; the entry files
  // are not named so, and are revalidated.
  it("every Pagefind file served as immutable is named by the SHA-1 of its content", () => {
    const folder = join(DIST, "pagefind");
    const hashed = [
      ...["fragment", "index", "filter"].flatMap((sub) =>
        readdirSync(join(folder, sub)).map((name) => `${sub}/${name}`),
      ),
      ...readdirSync(folder).filter((name) => name.endsWith(".pf_meta")),
    ];
    expect(hashed.length).toBeGreaterThan(10);
    const misnamed = hashed.filter((path) => {
      const content = gunzipSync(readFileSync(join(folder, path))).subarray("pagefind_dcd".length);
      const sha1 = [...createHash("sha1").update(content).digest()].map((byte) => byte.toString(16)).join("");
      const named = /(?:^|\/|\.)[a-z]+_([0-9a-f]+)\.pf_\w+$/.exec(path)?.[1] ?? "";
      return named.length < 7 || !sha1.startsWith(named);
    });
    expect(misnamed).toEqual([]);
  });
});

describe("controls: the checks fail without the rules they check", () => {
  const work = mkdtempSync(join(tmpdir(), "dvk-nginx-control-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Serves dist/ with a copy of deploy/nginx.conf changed by `edit`, and checks one kind of page. */
  async function problemsWith(edit: (conf: string) => string, kind: Kind): Promise<string[]> {
    const original = readFileSync(SITE_CONF, "utf8");
    const changed = edit(original);
    expect(changed).not.toBe(original);
    const conf = join(work, `nginx-${Math.random().toString(36).slice(2)}.conf`);
    writeFileSync(conf, changed);
    const other = await startNginx(DIST, { site: `include "${conf}";` });
    try {
      return problemsOf(kind, await get(other, kind.path));
    } finally {
      await other.close();
    }
  }

  it("a story without the Content-Security-Policy", async () => {
    const problems = await problemsWith(
      (conf) => conf.replace(/^add_header Content-Security-Policy .*$/m, ""),
      KINDS.story!,
    );
    expect(problems).toContain("script-src is undefined");
  });

  it("an asset without its year-long cache", async () => {
    const problems = await problemsWith(
      (conf) => conf.replace(/(location \^~ \/_astro\/ \{[^}]*?)\n\s*set \$cache_control [^\n]*/, "$1"),
      KINDS.stylesheet!,
    );
    expect(problems).toEqual(["cache-control no-cache"]);
  });

  it("a page without compression", async () => {
    const problems = await problemsWith((conf) => conf.replace(/^gzip on;$/m, "gzip off;"), KINDS.home!);
    expect(problems).toEqual(["content encoding null", "no Vary: Accept-Encoding"]);
  });

  it("the CMS under the public policy", async () => {
    const problems = await problemsWith(
      (conf) => conf.replace(/\n\s*set \$content_security_policy "frame-ancestors 'none'";/, ""),
      KINDS.admin!,
    );
    expect(problems.some((problem) => problem.startsWith("admin policy default-src 'self'"))).toBe(true);
  });
});
