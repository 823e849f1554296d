import type { Exif } from "exif-reader";

/**
 * Facts a photo file may carry about the people in it, beyond its pixels. A phone writes the
 * place it was taken (often a veteran's home or field), the maker, model and serial number of
 * the camera, sometimes its owner's name; none of it belongs on a public site.
 */
export type PrivateMetadata = "gps" | "make" | "model" | "serial" | "owner" | "unreadable";

/** How each is named to an editor, in the gate's report. */
export const PRIVATE_METADATA_NAMES: Record<PrivateMetadata, { vi: string; en: string }> = {
  gps: { vi: "vị trí GPS nơi chụp", en: "GPS position" },
  make: { vi: "hãng máy ảnh", en: "camera maker" },
  model: { vi: "đời máy", en: "camera model" },
  serial: { vi: "số sê-ri máy", en: "serial number" },
  owner: { vi: "tên chủ máy", en: "owner's name" },
  unreadable: { vi: "thông tin EXIF không đọc được", en: "unreadable EXIF" },
};

const present = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");

/**
 * XMP (text beside EXIF, written by photo editors) names the same facts with these properties;
 * a photo "cleaned" of EXIF by some apps keeps them there.
 */
const XMP_PROPERTIES: [PrivateMetadata, RegExp][] = [
  ["gps", /exif:GPS(?:Latitude|Longitude)/],
  ["make", /tiff:Make/],
  ["model", /tiff:Model/],
  ["serial", /(?:aux|exifEX):(?:Lens)?(?:Body)?SerialNumber/],
  ["owner", /(?:aux:OwnerName|exifEX:CameraOwnerName)/],
];

/**
 * The private facts in a photo's EXIF (as exif-reader parses it) and XMP text, each once, in a
 * fixed order. A GPS block counts only with a position in it: some cameras write an empty one.
 */
export function privateMetadataOf(exif: Exif | undefined, xmp = ""): PrivateMetadata[] {
  const found = new Set<PrivateMetadata>();
  const gps = exif?.GPSInfo;
  if (gps && (present(gps.GPSLatitude) || present(gps.GPSLongitude))) found.add("gps");
  if (present(exif?.Image?.Make)) found.add("make");
  if (present(exif?.Image?.Model)) found.add("model");
  if ([exif?.Photo?.BodySerialNumber, exif?.Photo?.LensSerialNumber, exif?.Image?.CameraSerialNumber].some(present))
    found.add("serial");
  if (present(exif?.Photo?.CameraOwnerName)) found.add("owner");
  for (const [what, property] of XMP_PROPERTIES) if (property.test(xmp)) found.add(what);
  return (Object.keys(PRIVATE_METADATA_NAMES) as PrivateMetadata[]).filter((what) => found.has(what));
}
