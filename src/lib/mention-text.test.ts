import { describe, expect, it } from "vitest";
import { holdsKey, mentionKey, mentionText } from "./mention-text";

const NAME = "Phạm Văn Rút";
const KEY = mentionKey(NAME);

describe("mentionKey", () => {
  it.each([
    ["Phạm Văn Rút", "pham van rut"],
    ["  PHẠM   VĂN\tRÚT ", "pham van rut"],
    ["Đặng Thị Đào", "dang thi dao"],
    ["pham-van-rut", "pham van rut"],
    ["Phạm Văn Rút".normalize("NFD"), "pham van rut"],
  ])("%j → %j", (phrase, key) => {
    expect(mentionKey(phrase)).toBe(key);
  });
});

/** Every way an editor (or a page) can write the name that a reader still reads as the name. */
describe("mentionText finds the name however it is written", () => {
  it.each([
    ["as typed", "Ông Phạm Văn Rút kể lại."],
    ["NFD", "Ông Phạm Văn Rút kể lại.".normalize("NFD")],
    ["a hexadecimal character reference", "Ông Phạm V&#x103;n R&#xFA;t kể lại."],
    ["a decimal character reference", "Ông Ph&#7841;m Văn Rút"],
    ["a named character reference", "Ông Phạm Văn R&uacute;t"],
    ["another case", "ÔNG PHẠM VĂN RÚT"],
    ["without tones", "ong pham van rut"],
    ["with đ as d", "Đặng Thị Đào".replace("Đặng Thị Đào", "Dang Thi Dao")],
    ["a soft line break", "Ông Phạm Văn\nRút kể lại."],
    ["a hard line break", "Ông Phạm Văn  \nRút"],
    ["bold", "Ông **Phạm Văn Rút** kể lại."],
    ["emphasis inside a word", "Ông Phạm Văn R*ú*t"],
    ["emphasis over part", "Ông _Phạm Văn_ Rút"],
    ["strike-through and code", "Ông ~~Phạm~~ `Văn` Rút"],
    ["escaped punctuation", "Ông Phạm\\. Văn Rút"],
    ["a zero-width space inside", "Ông Ph\u200Bạm Văn Rút"],
    ["a zero-width joiner and a soft hyphen", "Ông Phạm V\u200Dă\u00ADn Rút"],
    ["a bidi override inside", "Ông Phạm \u202EVăn\u202C Rút"],
    [
      "a component attribute over two lines",
      '<PullQuote attribution="Ông Phạm Văn\n  Rút" role="Hội viên">\nLời.\n</PullQuote>',
    ],
    ["an HTML attribute", '<img src="a.jpg" alt="Chân dung Phạm Văn Rút">'],
    ["inline HTML inside a word", "<p>Ông Phạm Văn R<em>ú</em>t</p>"],
    ["a slug", "/anh/pham-van-rut.jpg"],
    ["a file name with underscores", "pham_van_rut.webp"],
    ["percent-encoded", "/tim-kiem/?q=Ph%E1%BA%A1m%20V%C4%83n%20R%C3%BAt"],
    ["a JSON escape", '{"name":"Ph\\u1ea1m V\\u0103n R\\u00fat"}'],
    ["Pagefind's stroked d", "D\u0335ặng Thị D\u0335ào"],
  ])("%s", (_how, text) => {
    const key = text.includes("ặng") || text.includes("Dang") ? mentionKey("Đặng Thị Đào") : KEY;
    expect(holdsKey(mentionText(text), key)).toBe(true);
  });
});

describe("mentionText does not find what is not the name", () => {
  it.each([
    ["a longer word", "Ông Phạm Văn Rútt"],
    ["a longer first word", "Ông Phạmm Văn Rút"],
    ["the words apart", "Phạm, rồi Văn, rồi Rút"],
    ["half in a tag, half in the text", '<a title="Phạm Văn">Rút</a>'],
  ])("%s", (_how, text) => {
    expect(holdsKey(mentionText(text), KEY)).toBe(false);
  });

  it("finds a shorter name inside a longer one: “Văn Rút” is in “Phạm Văn Rút”", () => {
    expect(holdsKey(mentionText(NAME), mentionKey("Văn Rút"))).toBe(true);
  });

  it("finds nothing for an empty key", () => {
    expect(holdsKey(mentionText(NAME), "")).toBe(false);
  });
});

describe("mentionText keeps the texts of a page apart", () => {
  it.each([
    // A block edge is a word break: two list items read as two words, never as one.
    ["<li>Chữ</li><li>Khác</li>", "chu khac\nli\nli\nli\nli"],
    ['<a href="/dien-hinh/ong-a/">Ông A</a>', "ong a\na href dien hinh ong a\na"],
    ["R<strong>ú</strong>t", "rut\nstrong\nstrong"],
  ])("%j → %j", (text, expected) => {
    expect(mentionText(text)).toBe(expected);
  });
});
