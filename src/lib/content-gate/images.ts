import { posix } from "node:path";
import type { DataPath, ImageFacts } from "./types";

/**
 * Limits for an uploaded image. A phone photo is about 4000 px and 3–8 MB; anything larger is a
 * scan or a panorama that would slow every build and waste the editor's upload.
 */
export const IMAGE_LIMITS = { maxBytes: 10 * 1024 * 1024, maxPixels: 6000 } as const;

/** Where an image file sits, given the entry file and the path written in it. */
export function resolveFrom(file: string, src: string): string {
  return posix.normalize(posix.join(posix.dirname(file), src));
}

/** An image an entry points at, in a photo field or in a Figure of its body. */
export interface ImageUse {
  /** Path from the project root. */
  path: string;
  /** The path as written in the entry. */
  src: string;
  /** The field that names it: a photo's `src` in the front matter, or `body`. */
  field: DataPath;
  line?: number | undefined;
}

const MEGABYTE = 1024 * 1024;

/** What is wrong with an image file, measured against `IMAGE_LIMITS`; nothing when it is fine. */
export function imageProblems(src: string, facts: ImageFacts | undefined): { vi: string; en: string }[] {
  if (!facts) {
    return [
      {
        vi: `tệp ${src} không đọc được như một ảnh (JPEG, PNG, WebP, AVIF)`,
        en: `${src} cannot be read as an image`,
      },
    ];
  }
  const problems: { vi: string; en: string }[] = [];
  if (facts.bytes > IMAGE_LIMITS.maxBytes) {
    const size = (facts.bytes / MEGABYTE).toFixed(1);
    problems.push({
      vi: `ảnh ${src} nặng ${size.replace(".", ",")} MB, quá giới hạn ${IMAGE_LIMITS.maxBytes / MEGABYTE} MB: hãy thu nhỏ ảnh rồi tải lên lại`,
      en: `${src} is ${size} MB, over the ${IMAGE_LIMITS.maxBytes / MEGABYTE} MB limit`,
    });
  }
  if (Math.max(facts.width, facts.height) > IMAGE_LIMITS.maxPixels) {
    problems.push({
      vi: `ảnh ${src} rộng ${facts.width} × cao ${facts.height} điểm ảnh, quá giới hạn ${IMAGE_LIMITS.maxPixels} điểm ảnh mỗi chiều: hãy thu nhỏ ảnh rồi tải lên lại`,
      en: `${src} is ${facts.width} × ${facts.height} px, over the ${IMAGE_LIMITS.maxPixels} px limit`,
    });
  }
  return problems;
}
