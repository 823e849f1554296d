import { describe, expect, it } from "vitest";
import { processBody } from "../src/lib/body";
import { readSourceFiles } from "../src/loaders/read-content";
import { escapeBodyText, normalizeBodyEdges, prepareBody, unescapeBodyText } from "./body-text";

const root = new URL("..", import.meta.url).pathname;

/** What an editor may type, what is saved, and the text a reader then sees. */
const TYPED: [what: string, typed: string, saved: string, shown: string][] = [
  ["braces", "Giá {5} nghìn", "Giá \\{5\\} nghìn", "Giá {5} nghìn"],
  ["a lone brace", "Mở { ngoặc", "Mở \\{ ngoặc", "Mở { ngoặc"],
  ["a closing brace", "đóng } ngoặc", "đóng \\} ngoặc", "đóng } ngoặc"],
  ["an HTML tag", "Chữ <b>đậm</b>", "Chữ \\<b\\>đậm\\</b\\>", "Chữ <b>đậm</b>"],
  ["an HTML comment", "<!-- ghi chú -->", "\\<!-- ghi chú --\\>", "<!-- ghi chú -->"],
  ["a script tag", "<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>", "<script>alert(1)</script>"],
  ["comparison signs", "1 < 2 và 3 > 2", "1 \\< 2 và 3 \\> 2", "1 < 2 và 3 > 2"],
  ["an MDX comment", "{/* c */}", "\\{/* c */\\}", "{/* c */}"],
  ["an expression", "{1+1}", "\\{1+1\\}", "{1+1}"],
  ["a line starting with import", "import x from 'y'", "&#105;mport x from 'y'", "import x from 'y'"],
  [
    "a line starting with export",
    "Mở đầu\n\nexport const a = 1",
    "Mở đầu\n\n&#101;xport const a = 1",
    "Mở đầu\n\nexport const a = 1",
  ],
  ["the word import inside a line", "Hàng import về", "Hàng import về", "Hàng import về"],
  ["an escaped backslash before a brace", "a \\\\{ b", "a \\\\\\{ b", "a \\{ b"],
  ["a component name inside a word", "<PullQuoteX>", "\\<PullQuoteX\\>", "<PullQuoteX>"],
  [
    "a web address in angle brackets (a link)",
    "Xem <https://a.vn/b?c=1>",
    "Xem <https://a.vn/b?c=1>",
    "Xem https://a.vn/b?c=1",
  ],
  ["an e-mail address in angle brackets", "<tuyengiao@example.vn>", "<tuyengiao@example.vn>", "tuyengiao@example.vn"],
  ["angle brackets around words with a space", "<https://a.vn/ b>", "\\<https://a.vn/ b\\>", "<https://a.vn/ b>"],
];

/** Text the reader sees, from the rendered HTML. */
function shownText(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#x3C;", "<")
    .replaceAll("&#x26;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .replace(/\n+/g, "\n\n")
    .trim();
}

describe("escapeBodyText: what an editor types stays text", () => {
  it.each(TYPED)("%s", (_what, typed, saved, shown) => {
    expect(escapeBodyText(typed)).toBe(saved);
    const result = processBody(saved);
    expect(result.ok ? shownText(result.html) : result.problems).toBe(shown);
  });

  it.each(TYPED)("%s: escaping twice changes nothing", (_what, typed) => {
    expect(escapeBodyText(escapeBodyText(typed))).toBe(escapeBodyText(typed));
  });

  it.each([
    ["a pull quote", '<PullQuote attribution="Ông A > B" role="x">\nLời {hay}.\n</PullQuote>'],
    ["a key figure", '<KeyFigure value="1 < 2" label="{a}" />'],
    ["a figure over two lines", '<Figure\n  src="../../assets/uploads/a.jpg"\n  alt="Ảnh" credit="B"\n/>'],
  ])("leaves the tags of %s alone and escapes the text between them", (_what, body) => {
    const escaped = escapeBodyText(body);
    expect(escaped.replace("Lời \\{hay\\}.", "Lời {hay}.")).toBe(body);
  });

  it("leaves a component's expression prop for the checker to refuse with a reason", () => {
    const body = '<KeyFigure value={1} label="hộ" />';
    expect(escapeBodyText(body)).toBe(body);
    const result = processBody(body);
    expect(result.ok ? "" : result.problems[0]?.vi).toContain("phải là chữ trong dấu ngoặc kép");
  });

  it.each([
    ["inline code", "Gõ `{x} <y>` như vậy", "Gõ `{x} <y>` như vậy"],
    ["a double-backtick code span", "``a ` {b}``", "``a ` {b}``"],
    [
      "a fenced code block",
      "Trước {a}\n\n```\n{a} <b>\n```\n\nSau <c>",
      "Trước \\{a\\}\n\n```\n{a} <b>\n```\n\nSau \\<c\\>",
    ],
    ["a tilde fence", "~~~\n<x>\n~~~", "~~~\n<x>\n~~~"],
    ["an unclosed backtick", "a ` {b}", "a ` \\{b\\}"],
    ["a backtick that a blank line separates from its pair", "a ` b\n\n{c} ` d", "a ` b\n\n\\{c\\} ` d"],
    ["a quote marker", "> Lời dẫn\n> > lồng", "> Lời dẫn\n> > lồng"],
    ["a quote marker after spaces", "   > Lời", "   > Lời"],
  ])("keeps %s", (_what, body, expected) => {
    expect(escapeBodyText(body)).toBe(expected);
  });

  it("turns back what it escaped, and only that", () => {
    expect(unescapeBodyText("Giá \\{5\\} \\<b\\> \\* \\\\{")).toBe("Giá {5} <b> \\* \\\\{");
    for (const [, typed] of TYPED) expect(unescapeBodyText(escapeBodyText(typed))).toBe(typed);
  });
});

describe("normalizeBodyEdges", () => {
  it.each([
    ["text as the rich-text editor writes it", "## Mở đầu\n\nChữ.", "\n## Mở đầu\n\nChữ.\n"],
    ["extra blank lines and spaces", "\n\n  \nChữ.  \n\n\n", "\nChữ.\n"],
    ["a body that is already right", "\nChữ.\n", "\nChữ.\n"],
    ["an indented first line", "\n    Chữ.\n", "\n    Chữ.\n"],
    ["an empty body", "  \n\n", ""],
  ])("%s", (_what, body, expected) => {
    expect(normalizeBodyEdges(body)).toBe(expected);
  });
});

describe("every sample body is saved unchanged", () => {
  const bodies = readSourceFiles(root)
    .filter((file) => file.path.endsWith(".mdx"))
    .map((file) => [file.path, file.text.replace(/^---\n[\s\S]*?\n---\n/, "")] as const);

  it("finds the sample bodies", () => {
    expect(bodies.length).toBeGreaterThan(30);
  });

  it.each(bodies)("%s", (_path, body) => {
    expect(prepareBody(body)).toBe(body);
  });
});
