import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_SIDE, uploadProblem } from "./upload-limits";

describe("upload limits", () => {
  it("are 10 MB and 6,000 pixels", () => {
    expect([MAX_UPLOAD_BYTES, MAX_UPLOAD_SIDE]).toEqual([10_485_760, 6000]);
  });

  it.each([
    ["an ordinary phone photo", { name: "a.jpg", size: 3_000_000, dimensions: { width: 4000, height: 3000 } }],
    ["exactly the limits", { name: "a.jpg", size: MAX_UPLOAD_BYTES, dimensions: { width: 6000, height: 6000 } }],
    ["a photo whose pixels are unknown", { name: "a.jpg", size: 1000 }],
    ["every photo format, in any case", { name: "A.JPEG", size: 1000 }],
    ["a WebP", { name: "a.webp", size: 1000 }],
    ["an AVIF", { name: "a.avif", size: 1000 }],
    ["a PNG", { name: "a.png", size: 1000 }],
  ])("accept %s", (_what, file) => {
    expect(uploadProblem(file)).toBeUndefined();
  });

  it.each([
    [
      "a file over 10 MB",
      { name: "to.jpg", size: MAX_UPLOAD_BYTES + 1 },
      "Tệp “to.jpg” nặng 10 MB, quá giới hạn 10 MB",
    ],
    ["a 12 MB file", { name: "to.jpg", size: 12.5 * 1024 * 1024 }, "nặng 12,5 MB"],
    [
      "a photo wider than 6,000 px",
      { name: "rong.png", size: 1000, dimensions: { width: 6001, height: 10 } },
      "Ảnh “rong.png” có kích thước 6001 × 10 điểm ảnh, cạnh dài quá 6.000 điểm ảnh",
    ],
    [
      "a photo taller than 6,000 px",
      { name: "cao.png", size: 1000, dimensions: { width: 10, height: 8000 } },
      "cạnh dài quá 6.000 điểm ảnh. Hãy thu nhỏ ảnh",
    ],
    ["an SVG", { name: "logo.svg", size: 1000 }, "Tệp “logo.svg” là hình vẽ SVG, không phải ảnh chụp"],
    ["a GIF", { name: "dong.gif", size: 1000 }, "Tệp “dong.gif” là ảnh GIF"],
    ["an iPhone HEIC", { name: "IMG_0001.HEIC", size: 1000 }, "không phải ảnh JPEG, PNG, WebP hoặc AVIF (mà là HEIC)"],
    ["a PDF", { name: "van-ban.pdf", size: 1000 }, "không phải ảnh JPEG, PNG, WebP hoặc AVIF (mà là PDF)"],
  ])("refuse %s, saying why and what to do", (_what, file, message) => {
    expect(uploadProblem(file)).toContain(message);
    expect(uploadProblem(file)).toMatch(/rồi tải lên lại/);
  });
});
