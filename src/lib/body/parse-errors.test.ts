import { describe, expect, it } from "vitest";
import { parseBody } from "./parse";

/** What an editor mistypes, and the advice the refusal must give, in Vietnamese. */
describe("parser errors are told in an editor's words", () => {
  it.each([
    ["an HTML comment", "<!-- ghi chú -->", 1, "ghi chú dạng <!-- … --> không dùng được"],
    ["a lone brace", "Giá từ { 5 nghìn", 1, "dấu “{” chưa được đóng"],
    ["code in braces", "Tổng {1 +}", 1, "dùng để viết mã lệnh"],
    [
      "an unclosed component",
      '<PullQuote attribution="A">\nchữ\n',
      1,
      "thẻ <PullQuote> chưa được đóng: hãy thêm </PullQuote>",
    ],
    ["a closing tag with no opening", "</PullQuote>", 1, "không có thẻ mở tương ứng"],
    [
      "mismatched tags",
      '<PullQuote attribution="A">\nx\n</Figure>',
      3,
      "thẻ đóng </Figure> không khớp với thẻ <PullQuote> đang mở",
    ],
    ["a less-than sign before a letter", "a < b<c", 1, "muốn viết dấu này như chữ thường thì gõ thêm dấu \\"],
    [
      "an attribute value without quotes",
      "<Figure src=x.jpg />",
      1,
      'phải đặt trong dấu ngoặc kép, ví dụ alt="Mô tả ảnh"',
    ],
    ["an attribute value missing its closing quote", '<Figure src="x.jpg />', 1, "thiếu dấu ngoặc kép đóng"],
    ["a slash inside a tag", "<a/b>", 1, "sau dấu “/” trong thẻ phải là “>”"],
    ["an attribute name with @", "<a @b>", 1, 'mỗi thuộc tính viết dạng ten="giá trị"'],
    [
      "a component left open inside a quote",
      '> <PullQuote attribution="A">\nx\n</PullQuote>',
      1,
      "trong một trích dẫn",
    ],
    ["a line starting with import", "import x from", 1, "bị đọc như mã lệnh"],
    ["an empty fragment", "<>", 1, "thẻ rỗng <> không dùng được"],
    ["a link in < > broken", "x <https://a", 1, "liên kết viết trong dấu < >"],
  ])("%s", (_what, source, line, says) => {
    const { tree, problems } = parseBody(source);
    expect(tree).toBeUndefined();
    const [problem] = problems;
    expect(problem?.vi).toContain(says);
    expect(problem?.vi).toMatch(/^nội dung không đọc được như MDX \(cột \d+\): /);
    expect(problem?.line).toBe(line);
    // The parser's own words stay in the English half, for whoever debugs.
    expect(problem?.en).toMatch(/^the body is not valid MDX: [A-Z]/);
  });
});
