import { describe, expect, it } from "vitest";
import { extensionOf, formatProblem, photoFormatOf } from "./photo-formats";

describe("photoFormatOf", () => {
  it.each([
    ["jpeg", "jpeg"],
    ["jpg", "jpeg"],
    ["JPG", "jpeg"],
    ["png", "png"],
    ["webp", "webp"],
    ["avif", "avif"],
    ["svg", undefined],
    ["gif", undefined],
    ["heic", undefined],
    ["tiff", undefined],
    ["", undefined],
  ])("%j → %j", (format, expected) => {
    expect(photoFormatOf(format)).toBe(expected);
  });
});

describe("formatProblem", () => {
  it.each([
    ["svg", "là hình vẽ SVG, không phải ảnh chụp: SVG là mã có thể chứa lệnh chạy trên trang"],
    ["svgz", "là hình vẽ SVG"],
    ["gif", "là ảnh GIF: GIF chỉ có 256 màu"],
    ["heic", "không phải ảnh JPEG, PNG, WebP hoặc AVIF (mà là HEIC): hãy xuất lại ảnh dạng JPEG"],
    ["", "không phải ảnh JPEG, PNG, WebP hoặc AVIF: hãy xuất lại ảnh dạng JPEG"],
  ])("refuses %j and says why", (format, says) => {
    const problem = formatProblem("anh", format);
    expect(problem?.vi).toContain(says);
    expect(problem?.en).toMatch(/jpeg, png, webp, avif/);
  });

  it.each(["jpeg", "jpg", "png", "webp", "avif"])("accepts %s", (format) => {
    expect(formatProblem("anh", format)).toBeUndefined();
  });
});

describe("extensionOf", () => {
  it.each([
    ["../../assets/a.JPG", "jpg"],
    ["a.b.webp", "webp"],
    ["bia.svg", "svg"],
    ["khong-duoi", ""],
    ["thu-muc.jpg/anh", ""],
  ])("%s → %j", (src, extension) => {
    expect(extensionOf(src)).toBe(extension);
  });
});
