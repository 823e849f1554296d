import { posix } from "node:path";
import { extensionOf, formatProblem } from "../photo-formats";
import { PHOTO_LIMITS } from "../photo-limits";
import { PRIVATE_METADATA_NAMES } from "../photo-metadata";
import type { DataPath, GateIo, ImageFacts } from "./types";

/**
 * Limits for an image in the repository, from `PHOTO_LIMITS`, the one place the CMS reads too:
 * the CMS makes every upload fit them, so only a photo added another way can be over them.
 */
export const IMAGE_LIMITS = { maxBytes: PHOTO_LIMITS.maxBytes, maxPixels: PHOTO_LIMITS.longSide } as const;

/** What an editor does about a photo too large, or carrying private metadata. */
const FIX =
  "chạy “npm run fix:images” (hoặc nhờ người quản trị chạy), hoặc tải ảnh lên lại qua trang quản trị, nơi ảnh được tự thu nhỏ và làm sạch";

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
 * (whatever its name says), over `IMAGE_LIMITS`, carrying private metadata. Nothing when it is fine.
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
      vi: `ảnh ${src} nặng ${size.replace(".", ",")} MB, quá giới hạn ${IMAGE_LIMITS.maxBytes / MEGABYTE} MB: hãy ${FIX}`,
      en: `${src} is ${size} MB, over the ${IMAGE_LIMITS.maxBytes / MEGABYTE} MB limit`,
    });
  }
  if (Math.max(facts.width, facts.height) > IMAGE_LIMITS.maxPixels) {
    problems.push({
      vi: `ảnh ${src} rộng ${facts.width} × cao ${facts.height} điểm ảnh, quá giới hạn ${IMAGE_LIMITS.maxPixels} điểm ảnh mỗi chiều: hãy ${FIX}`,
      en: `${src} is ${facts.width} × ${facts.height} px, over the ${IMAGE_LIMITS.maxPixels} px limit`,
    });
  }
  const metadata = facts.privateMetadata ?? [];
  if (metadata.length > 0) {
    problems.push({
      vi: `ảnh ${src} còn mang thông tin riêng trong tệp (EXIF): ${metadata.map((what) => PRIVATE_METADATA_NAMES[what].vi).join(", ")}; vị trí chụp thường là nhà hay ruộng vườn của người trong ảnh, không được đưa lên trang: hãy ${FIX}`,
      en: `${src} carries ${metadata.map((what) => PRIVATE_METADATA_NAMES[what].en).join(", ")} in its metadata; run npm run fix:images`,
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
