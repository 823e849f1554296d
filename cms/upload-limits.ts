import { extensionOf, formatProblem } from "../src/lib/photo-formats";
import { PHOTO_LIMITS, type PhotoLimits } from "../src/lib/photo-limits";

/**
 * What the CMS refuses at upload, and why, in words an editor can act on. A phone photo is
 * never refused for its size: JPEG, PNG and WebP are the types Decap's `media_processing`
 * re-encodes in the browser (its `SUPPORTED_INPUT_TYPES`), and `admin.ts` makes them fit
 * `PHOTO_LIMITS.longSide` first. Only a photo the browser cannot convert (an AVIF) is held
 * to the gate's limits as it is, and anything that is not a photo is refused by its name.
 */

/** The types the CMS makes fit and re-encodes as JPEG before saving. */
export const MADE_TO_FIT = ["image/jpeg", "image/png", "image/webp"] as const;

/** Whether the CMS makes a file of this type fit before saving it. */
export const isMadeToFit = (type: string) => (MADE_TO_FIT as readonly string[]).includes(type.toLowerCase());

/** What is known about a file an editor picked, or one about to be saved. */
export interface UploadCandidate {
  name: string;
  size: number;
  /** The photo's size in pixels, if it could be read. */
  dimensions?: { width: number; height: number } | undefined;
  /** Whether the CMS will still make it fit (true when picked, false when about to be saved). */
  madeToFit?: boolean | undefined;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

/**
 * The check, given the limits: `uploadProblem` uses the one set the gate uses; tests give it
 * others to show that a drift between the CMS and the gate would be caught.
 */
export function uploadProblemWith(limits: Pick<PhotoLimits, "longSide" | "maxBytes">) {
  return (file: UploadCandidate): string | undefined => {
    const format = formatProblem(`“${file.name}”`, extensionOf(file.name));
    if (format) return `Tệp ${format.vi.replace(/^tệp /, "")}, rồi tải lên lại.`;
    if (file.madeToFit) return undefined;
    if (file.size > limits.maxBytes) {
      return (
        `Tệp “${file.name}” nặng ${megabytes(file.size)} MB, quá giới hạn ${megabytes(limits.maxBytes)} MB. ` +
        `Hãy lưu ảnh dạng JPEG (trang quản trị tự thu nhỏ ảnh JPEG) rồi tải lên lại.`
      );
    }
    const { width, height } = file.dimensions ?? { width: 0, height: 0 };
    if (Math.max(width, height) > limits.longSide) {
      const side = limits.longSide.toLocaleString("vi-VN");
      return (
        `Ảnh “${file.name}” có kích thước ${width} × ${height} điểm ảnh, cạnh dài quá ${side} điểm ảnh. ` +
        `Hãy lưu ảnh dạng JPEG (trang quản trị tự thu nhỏ ảnh JPEG) rồi tải lên lại.`
      );
    }
    return undefined;
  };
}

/** Why an upload is refused, or `undefined` if it is fine; the format first, then the size. */
export const uploadProblem = uploadProblemWith(PHOTO_LIMITS);
