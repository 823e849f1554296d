import { describe, expect, it } from "vitest";
import { decodeQr } from "../../tests/support/qr";
import { qrSvg } from "./qr";

describe("qrSvg", () => {
  it.each([
    "https://dvk.ccbninhbinh.vn/mo-hinh/to-nuoi-ong-thu-nghiem/",
    "https://dvk.ccbninhbinh.vn/dien-hinh/a/",
    `https://dvk.ccbninhbinh.vn/mo-hinh/${"rat-dai-".repeat(20)}x/`,
  ])("draws a code that reads back as %s", async (url) => {
    expect(await decodeQr(await qrSvg(url))).toBe(url);
  });

  it("the reader finds nothing in a picture without a code (so that a decoded URL means something)", async () => {
    const blank =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 45 45"><path fill="#fff" d="M0 0h45v45H0z"/></svg>';
    expect(await decodeQr(blank)).toBeUndefined();
  });

  it("uses no style attribute or script, which the site's Content-Security-Policy would refuse", async () => {
    const svg = await qrSvg("https://dvk.ccbninhbinh.vn/");
    expect(svg).toMatch(/^<svg /);
    expect(svg).not.toMatch(/style=|<style|<script|on\w+=/i);
  });
});
