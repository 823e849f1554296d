import { describe, expect, it } from "vitest";
import { mediaMatches, parseSrcset, pickCandidate, slotWidth, type Viewport } from "./responsive-image";

const phone: Viewport = { width: 360, dpr: 1 };
const phone2x: Viewport = { width: 360, dpr: 2 };

describe("mediaMatches at 360 px", () => {
  it.each([
    ["(max-width: 72rem)", true],
    ["(max-width: 22rem)", false],
    ["(max-width: 22.5rem)", true],
    ["(max-width: 359px)", false],
    ["(min-width: 360px)", true],
    ["(min-width: 48em)", false],
    ["screen and (min-width: 20rem)", true],
    ["only screen and (min-width: 20rem) and (max-width: 30rem)", true],
    ["not (max-width: 400px)", false],
    ["print", false],
    ["print, (max-width: 40rem)", true],
    ["(width <= 40rem)", true],
    ["(width > 360px)", false],
    ["(width >= 360px)", true],
  ])("%s → %s", (query, matches) => {
    expect(mediaMatches(query, phone)).toBe(matches);
  });

  it.each(["(orientation: portrait)", "(min-resolution: 2dppx)", "(max-width: calc(10rem + 1px))", "tv"])(
    "refuses what it does not understand: %s",
    (query) => {
      expect(() => mediaMatches(query, phone)).toThrow();
    },
  );
});

describe("slotWidth at 360 px", () => {
  it.each([
    ["(max-width: 72rem) 100vw, 72rem", 360],
    ["(max-width: 40rem) 100vw, 22rem", 360],
    // A portrait: the condition does not hold at 360 px (22rem = 352 px), so 20rem.
    ["(max-width: 22rem) 100vw, 20rem", 320],
    ["(min-width: 48rem) 50vw, 100vw", 360],
    ["(min-width: 20rem) 50vw, 100vw", 180],
    ["(min-width: 48rem) 30rem", 360],
    ["300px", 300],
    ["", 360],
    [undefined, 360],
  ])("%s → %d px", (sizes, width) => {
    expect(slotWidth(sizes, phone)).toBe(width);
  });

  it.each(["calc(100vw - 2rem)", "auto", "(max-width: 40rem) 100vh, 50vw"])("refuses %s", (sizes) => {
    expect(() => slotWidth(sizes, phone)).toThrow();
  });
});

describe("parseSrcset", () => {
  it.each([
    [
      "/a.jpg 360w, /b.jpg 720w",
      [
        { url: "/a.jpg", width: 360 },
        { url: "/b.jpg", width: 720 },
      ],
    ],
    ["/a.jpg, /b.jpg 2x", [{ url: "/a.jpg" }, { url: "/b.jpg", density: 2 }]],
    ["  /a.jpg 1.5x ,", [{ url: "/a.jpg", density: 1.5 }]],
  ])("%s", (srcset, candidates) => {
    expect(parseSrcset(srcset)).toEqual(candidates);
  });

  it.each(["/a.jpg 360q", "/a.jpg 360w 2x"])("refuses %s", (srcset) => {
    expect(() => parseSrcset(srcset)).toThrow();
  });
});

describe("pickCandidate", () => {
  const cover = {
    srcset: "/c-360.jpg 360w, /c-720.jpg 720w, /c-1080.jpg 1080w",
    sizes: "(max-width: 72rem) 100vw, 72rem",
    src: "/c-1600.jpg",
  };
  const portrait = { srcset: "/p-360.jpg 360w, /p-720.jpg 720w", sizes: "(max-width: 22rem) 100vw, 20rem" };
  it.each([
    ["a full-width cover at DPR 1", cover, phone, "/c-360.jpg"],
    ["a full-width cover at DPR 2", cover, phone2x, "/c-720.jpg"],
    ["a full-width cover at DPR 3: the largest there is", cover, { width: 360, dpr: 3 }, "/c-1080.jpg"],
    ["a full-width cover on a 400 px phone", cover, { width: 400, dpr: 1 }, "/c-720.jpg"],
    ["a 320 px portrait at DPR 1", portrait, phone, "/p-360.jpg"],
    ["a 320 px portrait at DPR 2", portrait, phone2x, "/p-720.jpg"],
    ["a half-width slot at DPR 2", { ...cover, sizes: "50vw" }, phone2x, "/c-360.jpg"],
    ["no sizes: 100vw", { srcset: cover.srcset }, phone, "/c-360.jpg"],
    ["density descriptors with src as 1x", { srcset: "/d-2x.jpg 2x", src: "/d.jpg" }, phone, "/d.jpg"],
    ["density descriptors at DPR 2", { srcset: "/d-2x.jpg 2x", src: "/d.jpg" }, phone2x, "/d-2x.jpg"],
    ["src alone", { src: "/only.jpg" }, phone2x, "/only.jpg"],
    ["src beside width descriptors is ignored", { srcset: "/w.jpg 360w", src: "/big.jpg" }, phone, "/w.jpg"],
  ])("%s → %s", (_, source, viewport, url) => {
    expect(pickCandidate(source, viewport)).toBe(url);
  });

  it("refuses an image without srcset or src", () => {
    expect(() => pickCandidate({}, phone)).toThrow();
  });
});
