import { posix } from "node:path";
import { extensionOf, formatProblem } from "../photo-formats";
import type { DataPath, GateIo, ImageFacts } from "./types";

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

type Message = { vi: string; en: string };

/** Characters in a file name that the build would read as something else (`#x`, `?x`, `%20`). */
const UNSAFE_IN_PATH = /[#?%\\\u0000-\u001F]/;

/**
 * What is wrong with where an image is: a name the build cannot read, a format that is not a
 * photo, a place outside the assets folder, a missing file, a symbolic link. Nothing when the
 * file is there to be read.
 */
export function imagePathProblems(use: ImageUse, io: GateIo): Message[] {
  const { src, path } = use;
  if (UNSAFE_IN_PATH.test(src)) {
    return [
      {
        vi: `tên tệp ảnh ${src} có ký tự # ? % hoặc \\ mà trang không đọc được: hãy đổi tên tệp, chỉ dùng chữ, số và dấu gạch ngang`,
        en: `the image path ${src} holds # ? % or a backslash`,
      },
    ];
  }
  const byName = formatProblem(src, extensionOf(src));
  if (byName) return [byName];
  const assets = posix.normalize(io.assetsDir).replace(/\/$/, "");
  if (!path.startsWith(`${assets}/`)) {
    return [
      {
        vi: `ảnh ${src} nằm ngoài thư mục ảnh ${assets}/: chỉ đăng được ảnh tải lên qua trang quản trị; hãy tải ảnh lên rồi chọn lại`,
        en: `${src} resolves to ${path}, outside ${assets}/`,
      },
    ];
  }
  if (!io.fileExists(path)) {
    return [
      {
        vi: `không tìm thấy tệp ảnh ${src}: hãy kiểm tra tên tệp, hoặc tải ảnh lên lại`,
        en: `image file not found: ${src}`,
      },
    ];
  }
  if (io.viaSymlink(path)) {
    return [
      {
        vi: `tệp ảnh ${src} là một liên kết (symbolic link) tới tệp khác trên máy, không phải ảnh thật: hãy chép chính tệp ảnh vào ${assets}/`,
        en: `${src} is reached through a symbolic link; only files inside ${assets}/ are published`,
      },
    ];
  }
  return [];
}

/**
 * What is wrong with an image file's content: not readable as an image, not a photo format
 * (whatever its name says), over `IMAGE_LIMITS`. Nothing when it is fine.
 */
export function imageProblems(src: string, facts: ImageFacts | undefined): Message[] {
  if (!facts) {
    return [
      {
        vi: `tệp ${src} hỏng hoặc không phải ảnh, không đọc được như một ảnh: hãy xuất lại ảnh dạng JPEG rồi tải lên lại`,
        en: `${src} cannot be read as an image`,
      },
    ];
  }
  const byContent = formatProblem(src, facts.format);
  if (byContent) return [byContent];
  const problems: Message[] = [];
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
  if (problems.length === 0 && facts.complete === false) {
    problems.push({
      vi: `ảnh ${src} bị hỏng hoặc tải lên chưa hết, không đọc được đến cuối tệp: hãy tải ảnh lên lại`,
      en: `${src} does not decode to its end (truncated or corrupt)`,
    });
  }
  return problems;
}
