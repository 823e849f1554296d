import { describe, expect, it } from "vitest";
import { IMAGE_LIMITS, imageProblems } from "../src/lib/content-gate";
import { PHOTO_LIMITS } from "../src/lib/photo-limits";
import { uploadProblem, uploadProblemWith, type UploadCandidate } from "./upload-limits";

/**
 * The CMS and the content gate must refuse the same files: a file the CMS lets through and the
 * gate refuses breaks the build after the editor has gone home; the reverse refuses a photo
 * for nothing. The cases sit on the gate's own limits (`IMAGE_LIMITS`), and each check's
 * verdict is compared with the gate's.
 */
const { maxBytes, maxPixels } = IMAGE_LIMITS;
const BOUNDARY: UploadCandidate[] = [
  { name: "a.avif", size: maxBytes, dimensions: { width: maxPixels, height: maxPixels } },
  { name: "a.avif", size: maxBytes + 1, dimensions: { width: 10, height: 10 } },
  { name: "a.avif", size: 1000, dimensions: { width: maxPixels + 1, height: 10 } },
  { name: "a.avif", size: 1000, dimensions: { width: 10, height: maxPixels + 1 } },
  { name: "a.jpg", size: maxBytes, dimensions: { width: maxPixels, height: maxPixels } },
  { name: "a.jpg", size: 1000, dimensions: { width: maxPixels + 1, height: 10 } },
  { name: "a.jpg", size: maxBytes + 1, dimensions: { width: 10, height: 10 } },
];

/** The cases on which a check of the CMS and the gate disagree, for a file about to be saved. */
function disagreements(check: (file: UploadCandidate) => string | undefined): UploadCandidate[] {
  return BOUNDARY.filter((file) => {
    const { width, height } = file.dimensions ?? { width: 0, height: 0 };
    const format = file.name.endsWith(".avif") ? "avif" : "jpeg";
    const facts = { format, bytes: file.size, width, height, complete: true, privateMetadata: [] };
    const gateRefuses = imageProblems(file.name, facts).length > 0;
    return (check({ ...file, madeToFit: false }) !== undefined) !== gateRefuses;
  });
}

describe("upload limits", () => {
  it("refuse at save exactly what the gate refuses", () => {
    expect(disagreements(uploadProblem)).toEqual([]);
  });

  it.each([
    ["a pixel more", { ...PHOTO_LIMITS, longSide: PHOTO_LIMITS.longSide + 1 }],
    ["a pixel less", { ...PHOTO_LIMITS, longSide: PHOTO_LIMITS.longSide - 1 }],
    ["a byte more", { ...PHOTO_LIMITS, maxBytes: PHOTO_LIMITS.maxBytes + 1 }],
  ])("control: limits that drifted from the gate's by %s are caught", (_what, drifted) => {
    expect(disagreements(uploadProblemWith(drifted)).length).toBeGreaterThan(0);
  });

  it.each([
    ["an 8,000 px phone photo", { name: "a.jpg", size: 14_000_000, dimensions: { width: 8000, height: 6000 } }],
    ["a 25 MB PNG", { name: "a.png", size: 25 * 1024 * 1024 }],
    ["a huge WebP", { name: "A.WEBP", size: 1000, dimensions: { width: 12000, height: 100 } }],
  ])("never refuse %s, which the CMS makes fit", (_what, file) => {
    expect(uploadProblem({ ...file, madeToFit: true })).toBeUndefined();
  });

  it.each([
    ["a photo whose pixels are unknown", { name: "a.avif", size: 1000 }],
    ["an AVIF within the limits", { name: "a.avif", size: 1000, dimensions: { width: 2000, height: 1000 } }],
  ])("accept %s", (_what, file) => {
    expect(uploadProblem(file)).toBeUndefined();
  });

  it.each([
    [
      "an AVIF over the weight",
      { name: "to.avif", size: 12.5 * 1024 * 1024 },
      "Tệp “to.avif” nặng 12,5 MB, quá giới hạn 10 MB",
    ],
    [
      "an AVIF over the long side",
      { name: "rong.avif", size: 1000, dimensions: { width: 3000, height: 10 } },
      "Ảnh “rong.avif” có kích thước 3000 × 10 điểm ảnh, cạnh dài quá 2.560 điểm ảnh",
    ],
    ["an SVG", { name: "logo.svg", size: 1000, madeToFit: true }, "Tệp “logo.svg” là hình vẽ SVG, không phải ảnh chụp"],
    ["a GIF", { name: "dong.gif", size: 1000 }, "Tệp “dong.gif” là ảnh GIF"],
    ["an iPhone HEIC", { name: "IMG_0001.HEIC", size: 1000 }, "Tệp “IMG_0001.HEIC” là ảnh HEIC của iPhone"],
    ["a PDF", { name: "van-ban.pdf", size: 1000 }, "không phải ảnh JPEG, PNG, WebP hoặc AVIF (mà là PDF)"],
  ])("refuse %s, saying why and what to do", (_what, file, message) => {
    expect(uploadProblem(file)).toContain(message);
    expect(uploadProblem(file)).toMatch(/rồi tải lên lại/);
  });
});
