import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { HiddenPerson } from "./content-gate";
import { describeMention, mentionsInFile, readableText } from "./published-check";

const PERSON: HiddenPerson = {
  id: "khuc-thi-ngoan",
  name: "Khúc Thị Ngoan",
  nameKey: "khuc thi ngoan",
  linkKey: "dien hinh khuc thi ngoan",
};

/** A Pagefind file as Pagefind writes it: the signature, the payload, gzipped. */
const pagefind = (payload: string) => gzipSync(Buffer.from(`pagefind_dcd${payload}`, "utf8"));

describe("mentionsInFile: a built file that names a hidden person, or links to their page", () => {
  it.each([
    ["a page", "mo-hinh/a/index.html", "<p>Bà <strong>Khúc Thị Ngoan</strong> kể.</p>", "name"],
    ["a page, by character references", "tin-tuc/b/index.html", "<p>Kh&#250;c Th&#7883; Ngoan</p>", "name"],
    ["an alt text", "index.html", '<img alt="Chân dung KHÚC THỊ NGOAN" src="/_astro/x.webp">', "name"],
    ["a link", "tin-tuc/c/index.html", '<a href="/dien-hinh/khuc-thi-ngoan/">bà</a>', "link"],
    ["a feed", "rss.xml", "<item><title>Khuc Thi Ngoan</title></item>", "name"],
    ["the sitemap", "sitemap-0.xml", "<url><loc>https://x.vn/dien-hinh/khuc-thi-ngoan/</loc></url>", "link"],
    ["a CSV", "du-lieu/dien-hinh.csv", "\uFEFFname\r\nKhúc Thị Ngoan\r\n", "name"],
    ["JSON with escapes", "du-lieu/dien-hinh.json", '{"name":"Kh\\u00fac Th\\u1ecb Ngoan"}', "name"],
    ["a script", "_astro/a.js", 'const a="Khúc Thị Ngoan"', "name"],
  ])("%s", (_what, path, content, how) => {
    const [mention] = mentionsInFile(path, Buffer.from(content, "utf8"), [PERSON]);
    expect(mention).toMatchObject({ file: path, how, inName: false });
  });

  it.each([
    ["a Pagefind fragment, opened", "pagefind/fragment/vi_1.pf_fragment", pagefind('{"content":"Bà Khúc Thị Ngoan."}')],
    [
      "a Pagefind fragment with đ written as d and a stroke",
      "pagefind/fragment/vi_2.pf_fragment",
      pagefind('{"content":"Khúc Thị Ngoan, d\u0335ảng viên"}'),
    ],
    ["a Pagefind filter", "pagefind/filter/vi_3.pf_filter", pagefind("\u0080tag\u0082Khúc Thị Ngoan")],
  ])("%s", (_what, path, bytes) => {
    expect(mentionsInFile(path, bytes, [PERSON])).toEqual([expect.objectContaining({ how: "name", inName: false })]);
  });

  it.each([
    ["a page of the person", "dien-hinh/khuc-thi-ngoan/index.html", "link"],
    ["a photo named after the person", "_astro/khuc-thi-ngoan.Bx1.webp", "name"],
    ["a share image", "anh-chia-se/dien-hinh/khuc-thi-ngoan.jpg", "link"],
  ])("%s, by its name alone", (_what, path, how) => {
    expect(mentionsInFile(path, Buffer.from([0xff, 0xd8, 0xff]), [PERSON])).toEqual([
      expect.objectContaining({ how, inName: true }),
    ]);
  });

  it.each([
    ["a page that does not name her", "index.html", "<p>Bà Khúc Thị Ngoa kể.</p><p>Khúc Ngoan</p>"],
    ["a photo whose bytes happen to hold the name", "_astro/a.jpg", "Khúc Thị Ngoan"],
  ])("finds nothing in %s", (_what, path, content) => {
    expect(mentionsInFile(path, Buffer.from(content, "utf8"), [PERSON])).toEqual([]);
  });

  it("does not look for a name the output check may not look for (shared with a published person)", () => {
    const shared = { ...PERSON, nameKey: undefined };
    expect(mentionsInFile("a.html", Buffer.from("Khúc Thị Ngoan"), [shared])).toEqual([]);
    expect(mentionsInFile("a.html", Buffer.from('<a href="/dien-hinh/khuc-thi-ngoan/">'), [shared])).toHaveLength(1);
  });
});

describe("readableText", () => {
  it("opens Pagefind's gzip and drops its signature", () => {
    expect(readableText("pagefind/fragment/a.pf_fragment", pagefind('{"a":1}'))).toBe('{"a":1}');
  });

  it("reads nothing of an image", () => {
    expect(readableText("a.webp", Buffer.from("x"))).toBeUndefined();
  });
});

describe("describeMention", () => {
  it("names the built file, what it holds and whom, in Vietnamese and English", () => {
    const line = describeMention({ file: "rss.xml", person: PERSON, how: "name", inName: false });
    expect(line).toMatch(/^LỖI dist\/rss\.xml: nội dung tệp có tên “Khúc Thị Ngoan” \(khuc-thi-ngoan\)/);
    expect(line).toContain("(the built file names khuc-thi-ngoan, who may not be named)");
  });
});
