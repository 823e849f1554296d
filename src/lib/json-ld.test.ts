import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./json-ld";

const hostile = {
  "@context": "https://schema.org",
  "@type": "Article",
  headline: "</script><script>alert(1)</script>",
  description: "<!-- chú thích --> và <![CDATA[ x ]]>",
  author: { "@type": "Person", name: "Nguyễn Văn A & Cộng sự > 3 người" },
  keywords: ["a\u2028b", "c\u2029d", "</SCRIPT >"],
  position: 1,
  sample: true,
  gone: null,
};

describe("serializeJsonLd", () => {
  const out = serializeJsonLd(hostile);

  it("reads back as the same data", () => {
    expect(JSON.parse(out)).toEqual(hostile);
  });

  it.each([
    ["<", "<"],
    [">", ">"],
    ["&", "&"],
    ["U+2028", "\u2028"],
    ["U+2029", "\u2029"],
  ])("leaves no raw %s", (_name, char) => {
    expect(out).not.toContain(char);
  });

  it("cannot close the script element or open a comment, in any letter case", () => {
    expect(out.toLowerCase()).not.toContain("</script");
    expect(out).not.toContain("<!--");
  });

  it.each([
    ["<", "\\u003c"],
    [">", "\\u003e"],
    ["&", "\\u0026"],
    ["\u2028", "\\u2028"],
    ["\u2029", "\\u2029"],
  ])("writes %j as %s", (char, escape) => {
    expect(serializeJsonLd(char)).toBe(`"${escape}"`);
  });

  it("keeps Vietnamese letters as they are", () => {
    expect(serializeJsonLd({ name: "Hội Cựu chiến binh tỉnh Ninh Bình" })).toBe(
      '{"name":"Hội Cựu chiến binh tỉnh Ninh Bình"}',
    );
  });

  it.each([
    ["undefined", undefined],
    ["a function", () => 1],
  ])("refuses %s", (_what, value) => {
    expect(() => serializeJsonLd(value)).toThrow(TypeError);
  });
});
