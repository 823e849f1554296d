import { describe, expect, it } from "vitest";
import { HANDOUT_FIT, clipText, fitLines, fitSteps, handoutContent, type HandoutSource } from "./handout";

describe("clipText", () => {
  it.each([
    ["a short text stays whole", "Họp chi hội", 20, { text: "Họp chi hội", clipped: false }],
    ["exactly the maximum stays whole", "abcde", 5, { text: "abcde", clipped: false }],
    ["a long text ends at a word", "Họp chi hội thống nhất cách làm", 16, { text: "Họp chi hội…", clipped: true }],
    ["one long word is cut inside", "abcdefghijklmnop", 6, { text: "abcde…", clipped: true }],
    ["trailing punctuation goes before the ellipsis", "một, hai, ba bốn năm", 10, { text: "một, hai…", clipped: true }],
    ["Vietnamese letters count as one each", "Đường làng", 10, { text: "Đường làng", clipped: false }],
  ])("%s", (_rule, text, max, expected) => {
    const result = clipText(text, max);
    expect(result).toEqual(expected);
    expect([...result.text].length).toBeLessThanOrEqual(max);
  });
});

const fit = { ...HANDOUT_FIT, stepLines: 4, stepCharsPerLine: 20, itemChars: 20 };

describe("fitSteps", () => {
  it.each([
    ["short steps fit whole", [{ title: "Một" }, { title: "Hai", detail: "Làm thử" }], 2, false],
    [
      "a step without room is left out",
      [{ title: "a" }, { title: "b" }, { title: "c" }, { title: "d" }, { title: "e" }],
      4,
      true,
    ],
    ["a detail longer than the room is clipped", [{ title: "Một", detail: "x ".repeat(60) }], 1, true],
  ])("%s", (_rule, steps, count, clipped) => {
    const result = fitSteps(steps, fit);
    expect(result.steps).toHaveLength(count);
    expect(result.clipped).toBe(clipped);
    const lines = result.steps.reduce(
      (sum, step) =>
        sum +
        Math.ceil(step.title.length / fit.stepCharsPerLine) +
        Math.ceil((step.detail ?? "").length / fit.stepCharsPerLine),
      0,
    );
    expect(lines).toBeLessThanOrEqual(fit.stepLines);
  });
});

describe("fitLines", () => {
  it.each([
    ["fewer than the maximum", ["a", "b"], 3, ["a", "b"], false],
    ["more than the maximum", ["a", "b", "c", "d"], 3, ["a", "b", "c"], true],
    ["a line too long", ["x".repeat(30)], 3, [`${"x".repeat(19)}…`], true],
  ])("%s", (_rule, items, max, shown, clipped) => {
    expect(fitLines(items, max, 20)).toEqual({ items: shown, clipped });
  });
});

describe("handoutContent", () => {
  const source: HandoutSource = {
    title: "Tổ hợp tác nuôi ong",
    summary: "Đất đồi ven rừng khó canh tác; tổ hợp tác giúp các hộ có thêm thu nhập.",
    results: [{ label: "tổ viên", value: "16 hộ" }],
    steps: [{ title: "Tìm hộ nòng cốt" }, { title: "Nuôi thử một vụ" }],
    awards: ["Giấy khen của Hội CCB tỉnh"],
  };

  it("keeps a short entry whole and says nothing was cut", () => {
    expect(handoutContent(source)).toEqual({ ...source, clipped: false });
  });

  it.each([
    ["too many results", { results: Array.from({ length: 9 }, (_, i) => ({ label: `chỉ số ${i}`, value: "1" })) }],
    ["a hostile result label", { results: [{ label: "x ".repeat(2000), value: "1" }] }],
    ["a hostile award", { awards: ["y".repeat(5000)] }],
    ["many long steps", { steps: Array.from({ length: 10 }, () => ({ title: "Bước", detail: "z ".repeat(300) })) }],
  ])("cuts %s and says so", (_case, change) => {
    const content = handoutContent({ ...source, ...change });
    expect(content.clipped).toBe(true);
    expect(content.results.length).toBeLessThanOrEqual(HANDOUT_FIT.results);
    for (const line of content.awards) expect([...line].length).toBeLessThanOrEqual(HANDOUT_FIT.awardChars);
    for (const { label, value } of content.results) {
      expect([...label].length).toBeLessThanOrEqual(HANDOUT_FIT.resultLabelChars);
      expect([...value].length).toBeLessThanOrEqual(HANDOUT_FIT.resultValueChars);
    }
  });
});
