import { describe, expect, it } from "vitest";
import { processBody } from "./index";
import { BODY_LIMITS, bodyLimitProblems } from "./limits";

const { maxChars, maxParagraphChars, maxMarksPerParagraph, maxWordChars, maxDepth } = BODY_LIMITS;

/** Paragraphs of plain words, `size` characters in all. */
function prose(size: number): string {
  const paragraph = `${"Chi hội vận động bà con làm đường. ".repeat(20).trim()}\n\n`;
  return paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size);
}

describe("bodyLimitProblems: within the limits", () => {
  it.each([
    ["an ordinary story", prose(3000)],
    ["a body exactly at the size limit", prose(maxChars)],
    [
      "a paragraph exactly at its limit",
      "a"
        .repeat(40)
        .concat(" ")
        .repeat(maxParagraphChars / 41),
    ],
    ["a word exactly at its limit", `Xem ${"a".repeat(maxWordChars)} nhé.`],
    ["as many marks as allowed", "**đậm** ".repeat(maxMarksPerParagraph / 4)],
    ["lists nested to the limit", Array.from({ length: maxDepth }, (_, i) => `${"  ".repeat(i)}- mục`).join("\n")],
    ["quotes nested to the limit", `${"> ".repeat(maxDepth)}chữ`],
    [
      "components nested to the limit",
      `${'<PullQuote attribution="A">\n\n'.repeat(maxDepth)}chữ\n\n${"</PullQuote>\n\n".repeat(maxDepth)}`,
    ],
    ["twenty autolinks and escaped brackets", "<https://a.vn/> \\<b\\> ".repeat(20)],
  ])("%s passes", (_what, body) => {
    expect(bodyLimitProblems(body)).toEqual([]);
  });
});

describe("bodyLimitProblems: over the limits, each with its line and message", () => {
  it.each([
    ["a body one character too long", prose(maxChars + 1), 1, "quá giới hạn 60.000 ký tự"],
    ["200 KB of emphasis", "*a **a ".repeat(30_000), 1, "hãy tách thành hai bài"],
    [
      "a paragraph one character too long",
      `Mở đầu.\n\n${"a ".repeat(maxParagraphChars / 2)}`,
      3,
      "dài quá 6.000 ký tự",
    ],
    ["a table with no blank line", `Mở.\n\n${"| a | b |\n".repeat(maxParagraphChars / 9)}`, 3, "dài quá"],
    ["a run of ]", `Mở.\n\n${"]".repeat(maxMarksPerParagraph + 1)}`, 3, "ký tự định dạng"],
    ["a run of [a](", `${"[a](".repeat(maxMarksPerParagraph)}`, 1, "ký tự định dạng"],
    ["a word one character too long", `a\n${"b".repeat(maxWordChars + 1)}`, 2, "không có dấu cách"],
    ["www.a_ without a space", "www.a_".repeat(1000), 1, "không có dấu cách"],
    ["a list nested 2,000 deep on one line", `${"- ".repeat(2000)}a`, 1, "lồng nhau quá 12 tầng"],
    [
      "a list nested 30 deep by indentation",
      `Mở.\n\n${Array.from({ length: 30 }, (_, i) => `${"  ".repeat(i)}- mục`).join("\n")}`,
      3 + maxDepth,
      "lồng nhau quá",
    ],
    ["quotes nested 2,000 deep", `${"> ".repeat(2000)}a`, 1, "lồng nhau quá"],
    ["quotes nested one too deep", `${"> ".repeat(maxDepth + 1)}a`, 1, "lồng nhau quá"],
    [
      "tags nested 2,000 deep",
      `chữ\n\n${"<A>\n".repeat(2000)}chữ\n${"</A>\n".repeat(2000)}`,
      3 + maxDepth,
      "lồng nhau quá",
    ],
    [
      "components nested one too deep",
      `${'<PullQuote attribution="A">\n\n'.repeat(maxDepth + 1)}chữ\n\n${"</PullQuote>\n\n".repeat(maxDepth + 1)}`,
      1 + 2 * maxDepth,
      "lồng nhau quá",
    ],
  ])("%s", (_what, body, line, says) => {
    const problems = bodyLimitProblems(body);
    const problem = problems.find((p) => p.vi.includes(says));
    expect(problem, problems.map((p) => p.vi).join("\n")).toBeDefined();
    expect(problem?.line).toBe(line);
    expect(problems.every((p) => p.en.length > 10)).toBe(true);
  });
});

describe("processBody", () => {
  it("checks the limits before parsing: a body over them is refused with their message", () => {
    const result = processBody(`${"> ".repeat(2000)}a`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.vi).toContain("lồng nhau quá 12 tầng");
  });

  // The control: the parser itself refuses no depth; only the limits stop a deep body before it.
  it("refuses what the parser alone would take", async () => {
    const { parseBody } = await import("./parse");
    const deep = `${"> ".repeat(100)}a`;
    expect(parseBody(deep).tree).toBeDefined();
    expect(processBody(deep).ok).toBe(false);
  });
});
