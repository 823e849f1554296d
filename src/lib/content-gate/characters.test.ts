import { describe, expect, it } from "vitest";
import { unsafeCharacter } from "./characters";

describe("unsafeCharacter", () => {
  it.each([
    ["a bell (C0)", "Tên\u0007 mô hình", "U+0007", 3],
    ["a null", "\u0000", "U+0000", 0],
    ["a vertical tab", "a\u000Bb", "U+000B", 1],
    ["DEL", "a\u007F", "U+007F", 1],
    ["a lone carriage return", "dòng\rdòng", "U+000D", 4],
    ["a C1 control", "a\u0085b", "U+0085", 1],
    ["a right-to-left override", "abc\u202Edef", "U+202E", 3],
    ["a left-to-right isolate", "\u2066x\u2069", "U+2066", 0],
    ["a right-to-left mark", "a\u200Fb", "U+200F", 1],
    ["a noncharacter U+FDD0", "a\uFDD0", "U+FDD0", 1],
    ["a noncharacter U+FFFE", "\uFFFE", "U+FFFE", 0],
    ["a noncharacter U+1FFFF", "a\u{1FFFF}", "U+1FFFF", 1],
    ["a noncharacter U+10FFFE", "\u{10FFFE}", "U+10FFFE", 0],
    ["a lone high surrogate", "a\uD800b", "U+D800", 1],
    ["a lone low surrogate", "a\uDC00", "U+DC00", 1],
  ])("refuses %s", (_what, text, codePoint, index) => {
    expect(unsafeCharacter(text)).toEqual({ index, codePoint });
  });

  it.each([
    ["Vietnamese text", "Hội Cựu chiến binh “Dân vận khéo” – 15/10/2020"],
    ["tab and line breaks", "a\tb\nc"],
    ["Windows line ends", "a\r\nb\r\n"],
    ["an emoji (a surrogate pair)", "Chúc mừng 🎉"],
    ["a zero-width joiner in an emoji", "👨‍👩‍👧"],
    ["a character of plane 1 that is not a noncharacter", "\u{1FFFD}"],
    ["a no-break space", "15\u00A0km"],
  ])("accepts %s", (_what, text) => {
    expect(unsafeCharacter(text)).toBeUndefined();
  });
});
