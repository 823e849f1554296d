import { describe, expect, it } from "vitest";
import {
  STROKE,
  foldVietnamese,
  fromIndexText,
  hasDiacritics,
  isPhrase,
  normaliseQuery,
  pageDateOf,
  queryWords,
  strokeD,
  searchablePart,
  strokeHtmlText,
  unstrokeD,
} from "./search-text";

const nfd = (text: string) => text.normalize("NFD");

describe("strokeD and unstrokeD", () => {
  it.each([
    ["đ and Đ become d and D with the stroke mark", "Đảng đi đầu", `D${STROKE}ảng d${STROKE}i d${STROKE}ầu`],
    ["other letters are left alone", "Dân vận khéo", "Dân vận khéo"],
    ["NFD input comes out in NFC", nfd("Đinh Văn Toàn"), `D${STROKE}inh Văn Toàn`],
    ["upper case stays upper case", "ĐẢNG", `D${STROKE}ẢNG`],
  ])("%s", (_rule, text, stroked) => {
    expect(strokeD(text)).toBe(stroked);
  });

  it.each([["Đảng viên"], ["đường làng Đông Sơn"], ["Đỗ Thị Hằng"], ["dạng, dáng, đang"]])(
    "unstrokeD turns %j back into itself",
    (text) => {
      expect(unstrokeD(strokeD(text))).toBe(text);
    },
  );

  it("folds đ like a tone once the stroke is a mark: Pagefind's own folding gives d", () => {
    // Pagefind folds a word by decomposing it and dropping every combining mark.
    const pagefindFold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    expect(pagefindFold(strokeD("Đảng"))).toBe("dang");
    expect(pagefindFold(strokeD("đảng"))).toBe(pagefindFold(strokeD(nfd("ĐẢNG"))));
    expect(pagefindFold("Đảng")).toBe("đang");
  });
});

describe("foldVietnamese and hasDiacritics", () => {
  it.each([
    ["Đảng", "dang", true],
    ["dạng", "dang", true],
    ["ĐINH VĂN TOÀN", "dinh van toan", true],
    ["nguyen van duc", "nguyen van duc", false],
    ["Dinh", "dinh", false],
    [nfd("Nuôi ong"), "nuoi ong", true],
  ])("%j folds to %j (diacritics: %s)", (text, folded, marked) => {
    expect(foldVietnamese(text)).toBe(folded);
    expect(hasDiacritics(text)).toBe(marked);
  });
});

describe("normaliseQuery", () => {
  it.each([
    ["spaces are collapsed and trimmed", "  nuôi   ong  ", "nuôi ong"],
    ["NFD becomes NFC", nfd("Đảng viên"), "Đảng viên"],
    ["a phrase in straight quotes stays a phrase", '"dân vận khéo"', '"dân vận khéo"'],
    ["curly quotes from a phone become straight", "“dân vận khéo”", '"dân vận khéo"'],
    ["spaces inside the quotes are trimmed", '" Đinh Văn Toàn "', '"Đinh Văn Toàn"'],
    ["quotes around part of the query are dropped", "“dân vận” khéo", "dân vận khéo"],
    ["a lone quote is dropped", 'nuôi ong"', "nuôi ong"],
    ["an empty query stays empty", "   ", ""],
  ])("%s: %j → %j", (_rule, raw, normalised) => {
    expect(normaliseQuery(raw)).toBe(normalised);
  });

  it.each([
    ['"dân vận khéo"', true, ["dân", "vận", "khéo"]],
    ["dân vận khéo", false, ["dân", "vận", "khéo"]],
    ['""', false, []],
  ])("%j: phrase %s, words %j", (query, phrase, words) => {
    expect(isPhrase(query)).toBe(phrase);
    expect(queryWords(query)).toEqual(words);
  });
});

describe("strokeHtmlText", () => {
  it.each([
    [
      "text between tags is stroked, tags and attributes are not",
      '<p data-pagefind-filter="unit:đông">Đảng <a href="/đ/">đi</a></p>',
      `<p data-pagefind-filter="unit:đông">D${STROKE}ảng <a href="/đ/">d${STROKE}i</a></p>`,
    ],
    ["a quoted attribute may hold >", '<img alt="a > đ"><b>đ</b>', `<img alt="a > đ"><b>d${STROKE}</b>`],
    [
      "character references of đ are stroked too",
      "&#273;&#x110;&dstrok;&Dstrok;",
      `d${STROKE}D${STROKE}d${STROKE}D${STROKE}`,
    ],
    ["comments are left alone", "<!-- đ -->đ", `<!-- đ -->d${STROKE}`],
    ["text becomes NFC", nfd("<p>Nuôi ong</p>"), "<p>Nuôi ong</p>"],
    [
      "typographic quotes are set apart from the words they touch",
      "<p>“Dân vận khéo” là</p>",
      "<p>“\u2009Dân vận khéo\u2009” là</p>",
    ],
  ])("%s", (_rule, html, indexed) => {
    expect(strokeHtmlText(html)).toBe(indexed);
  });
});

describe("searchablePart", () => {
  const page = (body: string) =>
    `<!doctype html><html lang="vi"><head><title>T</title></head><body><nav>menu</nav>${body}<footer>f</footer></body></html>`;
  const part = (element: string) => `<!doctype html><html lang="vi"><body>${element}</body></html>`;
  it.each([
    [
      "only the marked element is kept",
      page("<main data-pagefind-body><p>a</p></main>"),
      part("<main data-pagefind-body><p>a</p></main>"),
    ],
    [
      "nested elements of the same tag stay inside",
      page('<article class="story" data-pagefind-body><article>x</article><p>y</p></article><article>z</article>'),
      part('<article class="story" data-pagefind-body><article>x</article><p>y</p></article>'),
    ],
    [
      "a tag that only starts like the marked one does not count",
      page("<a data-pagefind-body><abbr>b</abbr><a>c</a></a><a>d</a>"),
      part("<a data-pagefind-body><abbr>b</abbr><a>c</a></a>"),
    ],
    ["a page without the mark is left whole", page("<main><p>a</p></main>"), page("<main><p>a</p></main>")],
    [
      "an element left open is not cut",
      page("<main data-pagefind-body><p>a</p>"),
      page("<main data-pagefind-body><p>a</p>"),
    ],
  ])("%s", (_rule, html, expected) => {
    expect(searchablePart(html)).toBe(expected);
  });
});

describe("fromIndexText", () => {
  it.each([
    ["stroked d turns back into đ", `<mark>D${STROKE}ảng</mark> viên`, "<mark>Đảng</mark> viên"],
    [
      "spaces set inside quotes by the index copy go",
      "phong trào “ <mark>Dân</mark> vận khéo ” năm",
      "phong trào “<mark>Dân</mark> vận khéo” năm",
    ],
    ["a thin space from a meta title goes too", "Phong trào “\u2009Dân vận khéo\u2009”", "Phong trào “Dân vận khéo”"],
  ])("%s", (_rule, text, shown) => {
    expect(fromIndexText(text)).toBe(shown);
  });
});

describe("pageDateOf", () => {
  it.each([
    ['<span hidden data-pagefind-meta="date:2018-06-12"></span>', "2018-06-12"],
    ['<span hidden data-pagefind-meta="date:2016"></span>', "2016"],
    ['<span hidden data-pagefind-meta="title:x"></span>', undefined],
  ])("%j → %j", (html, date) => {
    expect(pageDateOf(html)).toBe(date);
  });
});
