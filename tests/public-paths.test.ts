import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { handTypedPaths, publicSegments } from "./support/public-paths";
import { codeFiles } from "./support/source-files";

/**
 * One URL module: every public path the site's code links to comes from src/lib/urls.ts. A
 * path typed by hand elsewhere (`"/mo-hinh/"`, `` `/don-vi/${id}/` ``) is a second copy of the
 * URL contract that a renamed page would leave behind.
 */
const ROOT = new URL("../", import.meta.url).pathname;
const URL_MODULE = "src/lib/urls.ts";

/** Tests and benchmarks visit the site's paths as a reader would, by the contract's letter. */
const isClient = (path: string) => /^(?:tests|bench)\//.test(path) || /\.test\.ts$/.test(path);

describe("public paths come from src/lib/urls.ts", () => {
  const segments = publicSegments(ROOT);

  it("knows the site's sections from src/pages", () => {
    expect(segments).toEqual(expect.arrayContaining(["mo-hinh", "bao-cao", "tim-kiem", "rss.xml", "admin"]));
  });

  it.each([
    ['const list = "/mo-hinh/";', ["/mo-hinh/"]],
    ["const unit = `/don-vi/${id}/`;", ["/don-vi/"]],
    ['const feed = "/rss.xml";', ["/rss.xml"]],
    ['const search = "/tim-kiem/?q=" + q;', ["/tim-kiem/?q="]],
    ['const asset = "/_astro/x.webp"; const other = "/mo-hinh-cu/";', []],
    ["// a comment about /mo-hinh/ is documentation\nconst a = 1;", []],
    ["const href = storyPath(kind, id);", []],
  ])("the scan finds in %j: %j", (text, paths) => {
    expect(handTypedPaths("fake.ts", text, segments)).toEqual(paths.map((path) => `fake.ts: ${path}`));
  });

  it("the scan reads a component's markup, not its comments or styles", () => {
    const component = [
      "---",
      'const trail = [{ href: "/van-ban/" }];',
      "---",
      "<!-- see /bao-chi/ -->",
      '<a href="/bao-cao/">x</a>',
      '<a class="brand" href="/">home</a>',
      '{parts.join("/")}',
      "<a href={`/chi-tieu/${id}/`}>y</a>",
      '<form action="/tim-kiem/"></form>',
      "<style>.x { background: url(/mo-hinh/x.png); }</style>",
    ].join("\n");
    expect(handTypedPaths("Fake.astro", component, segments)).toEqual([
      "Fake.astro: /van-ban/",
      "Fake.astro: /bao-cao/",
      'Fake.astro: href="/"',

      "Fake.astro: /chi-tieu/",
      "Fake.astro: /tim-kiem/",
    ]);
  });

  it("holds for the site, its configuration, the CMS, the scripts and the deployment code", () => {
    const files = codeFiles(ROOT).filter((path) => !isClient(path) && path !== URL_MODULE);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((path) => handTypedPaths(path, readFileSync(join(ROOT, path), "utf8"), segments));
    expect(found).toEqual([]);
  });

  it("finds the paths of the URL module itself (the scan sees what it should)", () => {
    const own = handTypedPaths(URL_MODULE, readFileSync(join(ROOT, URL_MODULE), "utf8"), segments);
    expect(own.length).toBeGreaterThan(5);
  });
});
