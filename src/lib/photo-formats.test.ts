import { describe, expect, it } from "vitest";
import { extensionOf, formatProblem, headerFormatName, photoFormatOf, sniffedFormat } from "./photo-formats";

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

describe("headerFormatName", () => {
  it.each([
    [{ format: "heif", compression: "av1" }, "avif"],
    [{ format: "heif", compression: "hevc" }, "heic"],
    [{ format: "heif" }, "heic"],
    [{ format: "jpeg" }, "jpeg"],
    [{ format: "png", compression: "av1" }, "png"],
  ])("names %j %s", (header, name) => {
    expect(headerFormatName(header)).toBe(name);
  });
});

describe("formatProblem", () => {
  it.each([
    ["svg", "là hình vẽ SVG, không phải ảnh chụp: SVG là mã có thể chứa lệnh chạy trên trang"],
    ["svgz", "là hình vẽ SVG"],
    ["gif", "là ảnh GIF: GIF chỉ có 256 màu"],
    ["heic", "là ảnh HEIC của iPhone, trang không đọc được dạng này: hãy chuyển ảnh sang JPEG (trên máy tính"],
    ["heif", "là ảnh HEIC của iPhone"],
    ["tiff", "không phải ảnh JPEG, PNG, WebP hoặc AVIF (mà là TIFF): hãy xuất lại ảnh dạng JPEG"],
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

describe("sniffedFormat", () => {
  const box = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from(`ftyp${brand}`, "latin1")]);
  it.each([
    ["an iPhone photo", box("heic"), "heic"],
    ["a HEIF still image", box("mif1"), "heic"],
    ["an AVIF, which sharp reads itself", box("avif"), undefined],
    ["an MP4 video", box("isom"), undefined],
    ["a JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]), undefined],
    ["too few bytes", Buffer.from("ftyp"), undefined],
  ])("%s → %j", (_what, bytes, format) => {
    expect(sniffedFormat(bytes)).toBe(format);
  });
});
