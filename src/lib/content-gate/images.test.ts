import { describe, expect, it } from "vitest";
import { IMAGE_LIMITS, imageProblems } from "./images";
import { PHOTO } from "./test-fixtures";
import type { ImageFacts } from "./types";

describe("imageProblems", () => {
  const { maxBytes, maxPixels } = IMAGE_LIMITS;
  it.each([
    ["a phone photo", PHOTO, []],
    [
      "exactly at both limits",
      { format: "jpeg", complete: true, bytes: maxBytes, width: maxPixels, height: maxPixels },
      [],
    ],
    [
      "one pixel too wide",
      { format: "jpeg", complete: true, bytes: 1000, width: maxPixels + 1, height: 10 },
      ["quá giới hạn 6000 điểm ảnh"],
    ],
    [
      "one pixel too tall",
      { format: "jpeg", complete: true, bytes: 1000, width: 10, height: maxPixels + 1 },
      ["quá giới hạn 6000 điểm ảnh"],
    ],
    [
      "one byte too heavy",
      { format: "jpeg", complete: true, bytes: maxBytes + 1, width: 10, height: 10 },
      ["quá giới hạn 10 MB"],
    ],
    [
      "too heavy and too large",
      { format: "jpeg", complete: true, bytes: 3 * maxBytes, width: 12000, height: 9000 },
      ["nặng 30,0 MB", "rộng 12000 × cao 9000"],
    ],
    ["not an image", undefined, ["không đọc được như một ảnh"]],
    ["an SVG, whatever its name", { ...PHOTO, format: "svg" }, ["là hình vẽ SVG"]],
    ["a GIF, whatever its name", { ...PHOTO, format: "gif" }, ["là ảnh GIF"]],
    ["an iPhone HEIC", { ...PHOTO, format: "heic" }, ["(mà là HEIC)"]],
    ["an upload that stopped halfway", { ...PHOTO, complete: false }, ["tải lên chưa hết"]],
  ] satisfies [string, ImageFacts | undefined, string[]][])("%s", (_what, facts, fragments) => {
    const problems = imageProblems("anh.jpg", facts);
    expect(problems).toHaveLength(fragments.length);
    fragments.forEach((fragment, index) => expect(problems[index]?.vi).toContain(fragment));
  });
});
