import { describe, expect, it } from "vitest";
import { formatProblems, type GateProblem } from "./report";

describe("formatProblems", () => {
  it.each([
    [
      {
        severity: "error",
        file: "src/content/models/a.mdx",
        line: 5,
        field: "unit",
        vi: "không có mục",
        en: "no such unit",
      },
      "LỖI src/content/models/a.mdx:5 [unit]: không có mục (no such unit)",
    ],
    [
      { severity: "warning", file: "src/content/people/b.mdx", vi: "không ở dạng NFC", en: "not NFC" },
      "CẢNH BÁO src/content/people/b.mdx: không ở dạng NFC (not NFC)",
    ],
  ] satisfies [GateProblem, string][])("%j", (problem, line) => {
    expect(formatProblems([problem])).toBe(line);
  });
});
