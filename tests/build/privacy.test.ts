import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { copyProject, type ProjectCopy } from "../support/project-copy";
import { startNginx } from "../support/nginx";

/**
 * Privacy by default, proven on a real build: a copy of the project is built once with a
 * published sentinel person (the control, which must be found everywhere), then again with
 * sentinels that must be found nowhere: a person who withdrew consent, a person who never
 * agreed to be named, a draft person, a draft model and a draft news item. Each carries a
 * made-up word that occurs nowhere else, in its name or title, summary, tags and story.
 * Every file of `dist/` is searched, Pagefind's compressed index and fragments included,
 * and the second build must not differ from the first by a single byte. The control's story
 * also holds markup typed as text, which must stay text on its page and in the search.
 *
 * Then the hostile forms: published entries that name the hidden sentinels in every way a
 * careless or hostile editor could (character references, capitals, no tones, a line break,
 * emphasis, a zero-width character, an attribute over two lines, a link, a tag, a file name)
 * must stop the build, each named; and names planted straight into a copy of the built site,
 * in every kind of file it publishes, must be found by the build's last step.
 */

interface Sentinel {
  path: string;
  /** The made-up word, lower case, as Pagefind indexes it. */
  word: string;
  /** The name or title as a reader would see it. */
  shown: string;
  /** The entry's id, which would be its URL and the name of its share image. */
  id: string;
  text: string;
}

function person(id: string, name: string, word: string, consent: string[], extra: string[] = []): Sentinel {
  const lines = [
    `name: ${name}`,
    "honorific: Bà",
    `position: Hội viên chi hội ${word}`,
    `summary: Bà ${name} vận động bà con trong xóm ${word} giữ đường làng sạch đẹp và hoà giải mâu thuẫn.`,
    "unit: nho-quan",
    "field: van-hoa-xa-hoi",
    "campaign: 2016-2020",
    "registeredOn: 2017-03-02",
    "publishedOn: 2020-10-16",
    `tags: [${word}]`,
    "consent:",
    ...consent.map((line) => `  ${line}`),
    "  signedOn: 2020-09-01",
    "  formKeptAt: Văn phòng Hội CCB huyện Nho Quan, hồ sơ kiểm thử",
    ...extra,
  ];
  const body = `Câu chuyện của bà ${name} ở xóm ${word}.\n\nBà con gõ \\<img src=x onerror=alert(1)> vào ô tìm kiếm cũng chỉ thấy chữ.\n`;
  return {
    path: `src/content/people/${id}.mdx`,
    word,
    shown: name,
    id,
    text: `---\n${lines.join("\n")}\n---\n\n${body}`,
  };
}

const PUBLISHED = person("sentinel-cong-bo", "Mẫn Thị Kiemtraxo", "kiemtraxo", ["name: true", "story: true"]);

const HIDDEN: Sentinel[] = [
  person("sentinel-rut-dong-y", "Hà Thị Quyzzet", "quyzzet", [
    "name: true",
    "story: true",
    "withdrawn: true",
    "withdrawnOn: 2021-05-10",
  ]),
  person("sentinel-khong-dong-y", "Tạ Thị Zubbiq", "zubbiq", ["name: false", "story: true"]),
  person("sentinel-nhap-nguoi", "Lương Thị Vyxxam", "vyxxam", ["name: true", "story: true"], ["draft: true"]),
  {
    path: "src/content/models/sentinel-nhap-mo-hinh.mdx",
    word: "wuxxoc",
    shown: "Mô hình nháp Wuxxoc",
    id: "sentinel-nhap-mo-hinh",
    text: [
      "---",
      "title: Mô hình nháp Wuxxoc",
      "summary: Mô hình nháp wuxxoc chưa được duyệt, chỉ dùng để chứng minh bản nháp không lọt ra trang.",
      "unit: nho-quan",
      "field: kinh-te",
      "campaign: 2016-2020",
      "registeredOn: 2016-10-05",
      "publishedOn: 2017-01-01",
      "tags: [wuxxoc]",
      "featured: true",
      "cover: { src: ../../assets/samples/nuoi-ong-cuc-phuong.jpg, alt: Ảnh nháp wuxxoc, credit: Kiểm thử wuxxoc }",
      "draft: true",
      "---",
      "",
      "Nội dung nháp wuxxoc.",
      "",
    ].join("\n"),
  },
  {
    path: "src/content/news/sentinel-nhap-tin.mdx",
    word: "jeqqaf",
    shown: "Tin nháp Jeqqaf",
    id: "sentinel-nhap-tin",
    text: [
      "---",
      "title: Tin nháp Jeqqaf",
      "publishedOn: 2020-11-01",
      "summary: Tin nháp jeqqaf chưa được duyệt, chỉ dùng để chứng minh bản nháp không lọt ra trang.",
      "draft: true",
      "---",
      "",
      "Nội dung tin nháp jeqqaf.",
      "",
    ].join("\n"),
  },
];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** A built file as text; Pagefind's index files are gzip streams, opened first. */
function textOf(bytes: Buffer): string {
  const opened = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return opened.toString("utf8").normalize("NFC");
}

interface BuiltFile {
  path: string;
  digest: string;
  text: string;
}

function readDist(root: string): BuiltFile[] {
  const dist = join(root, "dist");
  return walk(dist).map((file) => {
    const bytes = readFileSync(file);
    return {
      path: relative(dist, file),
      digest: createHash("sha256").update(bytes).digest("hex"),
      text: textOf(bytes),
    };
  });
}

/** A published news item with the given body and extra front matter. */
function newsWith(body: string, extra: string[] = []): string {
  return [
    "---",
    "title: Tin dùng để thử dạng viết tên",
    "publishedOn: 2020-11-03",
    "summary: Một tin chỉ dùng trong kiểm thử để chứng minh bản dựng từ chối tên người đã ẩn.",
    ...extra,
    "---",
    "",
    body,
  ].join("\n");
}

/**
 * Every form in which an entry can name a hidden sentinel, each in a file of its own, with the
 * place the build must name: `path:line [field]`.
 */
const HOSTILE_MENTIONS: { path: string; text: string; where: string }[] = [
  ["ky-tu-html", newsWith("Bà H&agrave; Th&#7883; Quy&#x7A;zet phát biểu.\n"), "7 [body]"],
  ["chu-hoa", newsWith("Bà TẠ THỊ ZUBBIQ phát biểu.\n"), "7 [body]"],
  ["khong-dau", newsWith("Ba Luong Thi Vyxxam phat bieu.\n"), "7 [body]"],
  ["xuong-dong", newsWith("Bà Hà Thị\nQuyzzet phát biểu.\n"), "7 [body]"],
  ["nhan-manh", newsWith("Bà **Tạ** Thị Zu*bb*iq phát biểu.\n"), "7 [body]"],
  ["ky-tu-an", newsWith("Bà Lương Thị Vyx\u200Bxam phát biểu.\n"), "7 [body]"],
  [
    "thuoc-tinh-nhieu-dong",
    newsWith('Mở đầu.\n\n<PullQuote attribution="Bà Hà Thị\n  Quyzzet">\nLời.\n</PullQuote>\n'),
    "9 [body]",
  ],
  ["lien-ket", newsWith("Xem [bà ấy](/dien-hinh/sentinel-khong-dong-y/).\n"), "7 [body]"],
  ["trong-tieu-de", newsWith("Chữ.\n").replace("title: Tin dùng", "title: Lương Thị Vyxxam và tin dùng"), "2 [title]"],
].map(([id, text, where]) => ({ path: `src/content/news/ten-an-${id}.mdx`, text: text ?? "", where: `${where}` }));
HOSTILE_MENTIONS.push({ path: "src/content/news/ha-thi-quyzzet.mdx", text: newsWith("Chữ.\n"), where: "[id]" });

let copy: ProjectCopy;
let before: BuiltFile[] = [];
let after: BuiltFile[] = [];
const builds: { status: number | null; output: string }[] = [];
let hostileBuild = { status: null as number | null, output: "" };
let planted = { status: null as number | null, output: "" };

/** Names and links planted into a copy of the built site, by file, as a leak would put them there. */
const PLANTED: Record<string, string | Buffer> = {
  "mo-hinh/trang-cay/index.html": "<main><p>Bà <em>Hà</em> Thị Quyzzet kể lại.</p></main>",
  "du-lieu/ro-ri.csv": "\uFEFFname\r\nTA THI ZUBBIQ\r\n",
  "du-lieu/ro-ri.json": '{"name":"L\\u01b0\\u01a1ng Th\\u1ecb Vyxxam"}',
  "sitemap-ro-ri.xml": "<urlset><url><loc>https://x.vn/dien-hinh/sentinel-rut-dong-y/</loc></url></urlset>",
  "pagefind/fragment/vi_ro-ri.pf_fragment": gzipSync(Buffer.from('pagefind_dcd{"content":"Bà Tạ Thị Zubbiq."}')),
  "_astro/ha-thi-quyzzet.Abc123.webp": Buffer.from([0x52, 0x49, 0x46, 0x46]),
};

beforeAll(async () => {
  copy = copyProject("dvk-privacy-");
  copy.write({ [PUBLISHED.path]: PUBLISHED.text });
  builds.push(await copy.run("npm", ["run", "build"]));
  if (builds[0]?.status === 0) before = readDist(copy.root);
  copy.write(Object.fromEntries(HIDDEN.map((sentinel) => [sentinel.path, sentinel.text])));
  builds.push(await copy.run("npm", ["run", "build"]));
  if (builds[1]?.status === 0) after = readDist(copy.root);
  // The built site with leaks planted, checked by the build's own last step.
  const leaky = join(copy.root, "dist-ro-ri");
  cpSync(join(copy.root, "dist"), leaky, { recursive: true });
  for (const [path, content] of Object.entries(PLANTED)) {
    mkdirSync(join(leaky, path, ".."), { recursive: true });
    writeFileSync(join(leaky, path), content);
  }
  planted = await copy.run("env", [`DIST=${leaky}`, "npx", "tsx", "scripts/check-published.ts"]);
  copy.write(Object.fromEntries(HOSTILE_MENTIONS.map((mention) => [mention.path, mention.text])));
  hostileBuild = await copy.run("npm", ["run", "build"]);
});

afterAll(() => {
  copy.remove();
});

/** Files whose text holds a word, in any letter case, or a name as shown. */
function filesWith(files: BuiltFile[], needle: string): string[] {
  const lower = needle.toLowerCase();
  return files.filter((file) => file.text.toLowerCase().includes(lower)).map((file) => file.path);
}

describe("the copy with sentinels", () => {
  it("builds, both times", () => {
    expect(
      builds.map((build) => build.status),
      builds.map((build) => build.output.slice(-3000)).join("\n"),
    ).toEqual([0, 0]);
  });

  it("warns about nothing and refuses nothing: the hidden sentinels are valid entries", () => {
    expect(builds[1]?.output).not.toMatch(/LỖI|CẢNH BÁO/);
  });
});

describe("the published control (so that a search that finds nothing means something)", () => {
  it.each([
    ["its page", `dien-hinh/${PUBLISHED.id}/index.html`],
    ["the people list", "dien-hinh/index.html"],
    ["the feed", "rss.xml"],
    ["the CSV export", "du-lieu/dien-hinh.csv"],
    ["the JSON export", "du-lieu/dien-hinh.json"],
  ])("is in %s", (_where, path) => {
    const file = after.find((f) => f.path === path);
    expect(file, `${path} is missing`).toBeDefined();
    expect(file?.text.toLowerCase()).toContain(PUBLISHED.word);
  });

  it("is in the sitemap", () => {
    expect(after.find((f) => f.path === "sitemap-0.xml")?.text).toContain(`/dien-hinh/${PUBLISHED.id}/</loc>`);
  });

  it("is in Pagefind's compressed fragments and word index", () => {
    const found = filesWith(after, PUBLISHED.word);
    expect(found.filter((path) => path.endsWith(".pf_fragment")).length).toBeGreaterThan(0);
    expect(found.filter((path) => path.endsWith(".pf_index")).length).toBeGreaterThan(0);
  });
});

describe("markup typed as text in a story", () => {
  it("is text on the page", () => {
    const page = after.find((f) => f.path === `dien-hinh/${PUBLISHED.id}/index.html`)?.text ?? "";
    expect(page).toMatch(/(&lt;|&#x3C;)img src=x onerror=alert\(1\)>/);
    expect(page).not.toContain("<img src=x");
  });

  // The search element writes Pagefind's excerpt as HTML, trusting Pagefind to escape `<` and
  // `>` of the page text (its fragments store them raw): this holds it to that.
  it("is text in a search result too", async () => {
    const server = await startNginx(join(copy.root, "dist"));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/tim-kiem/?q=onerror`);
      const result = page.locator(`.results li:has(a[href="/dien-hinh/${PUBLISHED.id}/"])`);
      await result.waitFor({ timeout: 15_000 });
      expect(await result.innerText()).toContain("<img src=x onerror=alert(1)>");
      expect(await page.locator(".results img").count()).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe.each(HIDDEN.map((sentinel) => [sentinel.id, sentinel] as const))("hidden sentinel %s", (_id, sentinel) => {
  it(`appears in no file of dist/: “${sentinel.word}”, “${sentinel.shown}”`, () => {
    expect(after.length).toBeGreaterThan(0);
    expect(filesWith(after, sentinel.word)).toEqual([]);
    expect(filesWith(after, sentinel.shown)).toEqual([]);
  });

  it("has no page, no share image, no file of its own", () => {
    expect(after.filter((file) => file.path.includes(sentinel.id)).map((file) => file.path)).toEqual([]);
    expect(filesWith(after, sentinel.id)).toEqual([]);
  });
});

describe("the build's check of what it publishes", () => {
  it("ran on the build with the hidden sentinels, looked for each of them, and found nothing", () => {
    const line = /riêng tư: đã đọc \d+ tệp, tìm (\d+) người không được nêu tên: 0 tệp có tên hoặc liên kết/.exec(
      builds[1]?.output ?? "",
    );
    expect(line, builds[1]?.output.slice(-2000)).not.toBeNull();
    // The three hidden people among the sentinels, and whoever the sample content hides.
    expect(Number(line?.[1])).toBeGreaterThanOrEqual(3);
  });

  it("fails on a copy of that build with names and links planted", () => {
    expect(planted.status, planted.output).toBe(1);
  });

  it.each(Object.keys(PLANTED))("names the planted file %s", (path) => {
    expect(planted.output).toContain(`LỖI dist/${path}: `);
  });

  it("names no other file", () => {
    const named = planted.output.split("\n").filter((line) => line.startsWith("LỖI dist/"));
    expect(named).toHaveLength(Object.keys(PLANTED).length);
  });
});

describe("a hidden sentinel named in a published entry, in any form", () => {
  it("stops the build", () => {
    expect(hostileBuild.status, hostileBuild.output.slice(-3000)).not.toBe(0);
  });

  it.each(HOSTILE_MENTIONS)("names $path:$where", ({ path, where }) => {
    const place = where.startsWith("[") ? `${path} ${where}: ` : `${path}:${where}: `;
    const line = hostileBuild.output.split("\n").find((l) => l.includes(place));
    expect(line, hostileBuild.output).toMatch(/nhắc tên “|liên kết tới trang của/);
  });
});

describe("adding the hidden sentinels", () => {
  it("changes no byte of dist/: no page, no count, no search entry, no feed item, no row, no sitemap line", () => {
    expect(before.length).toBeGreaterThan(0);
    const digests = (files: BuiltFile[]) => Object.fromEntries(files.map((file) => [file.path, file.digest]));
    expect(digests(after)).toEqual(digests(before));
  });

  it("left the control in place", () => {
    expect(existsSync(join(copy.root, "dist", "dien-hinh", PUBLISHED.id, "index.html"))).toBe(true);
  });
});
