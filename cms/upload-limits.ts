/**
 * Limits on photos uploaded through the CMS. The site makes small copies of every photo at build
 * time; a 40-megapixel original or a 30 MB file would only slow every build and fill the
 * repository, and phones show at most 1,080 px. The limits leave room for any ordinary camera or
 * phone photo.
 */

/** The largest upload accepted: 10 MB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The longest side, in pixels, of a photo accepted. */
export const MAX_UPLOAD_SIDE = 6000;

/** What is known about a file an editor picked. */
export interface UploadCandidate {
  name: string;
  size: number;
  /** The photo's size in pixels, if it could be read. */
  dimensions?: { width: number; height: number } | undefined;
}

import { extensionOf, formatProblem } from "../src/lib/photo-formats";

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

/**
 * Why an upload is refused, in words an editor can act on, or `undefined` if it is fine.
 * The format is checked first, by the file name's ending (the build checks the content too),
 * then the size: both are known without reading the photo.
 */
export function uploadProblem(file: UploadCandidate): string | undefined {
  const format = formatProblem(`“${file.name}”`, extensionOf(file.name));
  if (format) return `Tệp ${format.vi.replace(/^tệp /, "")}, rồi tải lên lại.`;
  if (file.size > MAX_UPLOAD_BYTES) {
    return (
      `Tệp “${file.name}” nặng ${megabytes(file.size)} MB, quá giới hạn ${megabytes(MAX_UPLOAD_BYTES)} MB. ` +
      `Hãy thu nhỏ ảnh (ví dụ gửi qua Zalo rồi lưu lại, hoặc chọn cỡ ảnh nhỏ hơn khi xuất) rồi tải lên lại.`
    );
  }
  const { width, height } = file.dimensions ?? { width: 0, height: 0 };
  if (Math.max(width, height) > MAX_UPLOAD_SIDE) {
    return (
      `Ảnh “${file.name}” có kích thước ${width} × ${height} điểm ảnh, cạnh dài quá ${MAX_UPLOAD_SIDE.toLocaleString("vi-VN")} điểm ảnh. ` +
      `Hãy thu nhỏ ảnh xuống dưới ${MAX_UPLOAD_SIDE.toLocaleString("vi-VN")} điểm ảnh mỗi cạnh rồi tải lên lại; trang chỉ cần ảnh rộng khoảng 2.000 điểm ảnh.`
    );
  }
  return undefined;
}
