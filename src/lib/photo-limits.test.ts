import { describe, expect, it } from "vitest";
import { fittedSize, PHOTO_LIMITS } from "./photo-limits";

describe("fittedSize", () => {
  it.each([
    ["an 8,000 px landscape phone photo", [8000, 6000], [2560, 1920]],
    ["an 8,000 px portrait", [6000, 8000], [1920, 2560]],
    ["a panorama", [12000, 2000], [2560, 427]],
    ["exactly the long side", [2560, 1440], [2560, 1440]],
    ["a small photo, never enlarged", [1200, 800], [1200, 800]],
    ["a line one pixel high stays one pixel", [10000, 1], [2560, 1]],
  ])("%s", (_what, [width = 0, height = 0], expected) => {
    expect(Object.values(fittedSize(width, height))).toEqual(expected);
  });

  it("fits the one long side the CMS and the gate share", () => {
    expect(Math.max(...Object.values(fittedSize(9999, 7777)))).toBe(PHOTO_LIMITS.longSide);
  });
});
