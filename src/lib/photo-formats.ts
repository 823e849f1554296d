/**
 * Only photos are photos. A cover, a gallery picture, a portrait or a body `Figure` must be a
 * raster photo in one of four formats, which the site resizes and re-encodes for phones:
 *
 * - SVG is refused: it is a drawing written as code, it may carry a script that runs on the
 *   site's own address, and Astro copies it unchanged instead of resizing it.
 * - GIF is refused: 256 colours break a photo's shades, and an animation is lost when the site
 *   makes its smaller copies; a GIF photo is saved again as JPEG in any editor.
 * - HEIC (iPhone photos), TIFF, BMP and the rest are refused: the image pipeline cannot read
 *   them all; a phone shares them as JPEG.
 */
export const PHOTO_FORMATS = ["jpeg", "png", "webp", "avif"] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

/** The file name endings of those formats. */
export const PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"] as const;

const NAMED = "JPEG, PNG, WebP hoặc AVIF";

/** A format as sharp and Astro name it (`jpg`, `jpeg`, `heif` with AV1…) in our terms. */
export function photoFormatOf(format: string): PhotoFormat | undefined {
  const name = format.toLowerCase();
  if (name === "jpg") return "jpeg";
  return (PHOTO_FORMATS as readonly string[]).includes(name) ? (name as PhotoFormat) : undefined;
}

/** Why a format is not a photo format, to an editor; nothing when it is one. */
export function formatProblem(src: string, format: string): { vi: string; en: string } | undefined {
  const name = format.toLowerCase();
  if (photoFormatOf(name)) return undefined;
  if (name === "svg" || name === "svgz") {
    return {
      vi: `tệp ${src} là hình vẽ SVG, không phải ảnh chụp: SVG là mã có thể chứa lệnh chạy trên trang nên không được dùng; hãy dùng ảnh ${NAMED}`,
      en: `${src} is an SVG drawing; only ${PHOTO_FORMATS.join(", ")} photos are accepted (an SVG may carry a script)`,
    };
  }
  if (name === "gif") {
    return {
      vi: `tệp ${src} là ảnh GIF: GIF chỉ có 256 màu nên ảnh chụp bị vỡ màu, và ảnh động mất chuyển động khi trang thu nhỏ ảnh; hãy lưu lại thành JPEG`,
      en: `${src} is a GIF; only ${PHOTO_FORMATS.join(", ")} photos are accepted`,
    };
  }
  if (name === "heic" || name === "heif") {
    return {
      vi: `tệp ${src} là ảnh HEIC của iPhone, trang không đọc được dạng này: hãy chuyển ảnh sang JPEG (trên máy tính: mở ảnh, chọn Xuất hoặc Lưu thành JPEG; trên iPhone, để máy chụp sẵn JPEG: Cài đặt › Camera › Định dạng › Tương thích nhất)`,
      en: `${src} is a HEIC photo, which the site cannot read; export it as JPEG (only ${PHOTO_FORMATS.join(", ")} are accepted)`,
    };
  }
  return {
    vi: `tệp ${src} không phải ảnh ${NAMED}${name ? ` (mà là ${name.toUpperCase()})` : ""}: hãy xuất lại ảnh dạng JPEG`,
    en: `${src} is not a ${PHOTO_FORMATS.join(", ")} photo${name ? ` (${name})` : ""}`,
  };
}

/**
 * A format as sharp reads it from a file's header, named as a person would: sharp calls AVIF
 * and HEIC both `heif`, and AV1 inside is AVIF.
 */
export function headerFormatName({
  format,
  compression,
}: {
  format: string;
  compression?: string | undefined;
}): string {
  if (format !== "heif") return format;
  return compression === "av1" ? "avif" : "heic";
}

/** The format a file name claims by its ending (`anh.JPG` → `jpg`); empty without one. */
export function extensionOf(src: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(src)?.[1]?.toLowerCase() ?? "";
}

/** The brands of an ISO media file (`ftyp` box) that mean a HEIC/HEIF photo, not AVIF. */
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1"]);

/**
 * The format a file's first bytes show, for the one case the image library cannot tell: a
 * HEIC photo, which it cannot open without a decoder we do not ship. An ISO media file starts
 * with a box whose type, at byte 4, is `ftyp`, followed by its brand.
 */
export function sniffedFormat(bytes: Uint8Array): "heic" | undefined {
  const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length < 12 || text(4, 8) !== "ftyp") return undefined;
  return HEIC_BRANDS.has(text(8, 12)) ? "heic" : undefined;
}
