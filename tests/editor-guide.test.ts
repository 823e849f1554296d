import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./build/setup";
import { GUIDE, GUIDE_IMAGES, GUIDE_SCREENSHOTS, guideProblems, picturesIn } from "./support/guide-screenshots";

/**
 * The editors' guide shows exactly the pictures the CMS test takes (tests/e2e/cms.test.ts, which
 * also checks that it took every one), and each is committed beside it.
 */
const guide = readFileSync(join(ROOT, GUIDE), "utf8");
const committed = (name: string) => existsSync(join(ROOT, GUIDE_IMAGES, `${name}.png`));

describe("the editors' guide", () => {
  it("links every picture the test takes, and only those, each committed", () => {
    expect(guideProblems(guide, GUIDE_SCREENSHOTS, committed)).toEqual([]);
  });

  it("has at least six pictures", () => {
    expect(picturesIn(guide).length).toBeGreaterThanOrEqual(6);
  });

  it("gives every picture words for a reader who cannot see it", () => {
    const bare = [...guide.matchAll(/!\[([^\]]*)\]\(images\//g)].filter((match) => (match[1] ?? "").trim().length < 10);
    expect(bare).toEqual([]);
  });

  describe("controls: a guide out of step with the test is caught", () => {
    const taken = ["dang-nhap", "duyet-bai"];
    it.each([
      [
        "a picture no test takes",
        "![a](images/huong-dan/dang-nhap.png) ![b](images/huong-dan/duyet-bai.png) ![c](images/huong-dan/cu.png)",
        ["cu: linked, but no test takes it", "cu: linked, but missing"],
      ],
      [
        "a picture it never shows",
        "![a](images/huong-dan/dang-nhap.png)",
        ["duyet-bai: taken, but the guide never shows it"],
      ],
    ])("%s", (_what, text, expected) => {
      expect(guideProblems(text, taken, (name) => taken.includes(name))).toEqual(expected);
    });

    it("a picture missing on disk", () => {
      const text = "![a](images/huong-dan/dang-nhap.png) ![b](images/huong-dan/duyet-bai.png)";
      expect(guideProblems(text, taken, (name) => name !== "duyet-bai")).toEqual(["duyet-bai: linked, but missing"]);
    });
  });
});
