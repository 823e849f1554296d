/**
 * What the tests' photos carry of the phone that took them. One place, so that the gate's
 * tests, the CMS test, `fix:images` and the build's last check all look for the same marks.
 */

/** Where a phone says a photo was taken (a point in Ninh Bình), as EXIF's GPS block holds it. */
export const GPS_IN_NINH_BINH = {
  GPSLatitudeRef: "N",
  GPSLatitude: "20/1 15/1 7/1",
  GPSLongitudeRef: "E",
  GPSLongitude: "105/1 58/1 31/1",
};

/** The first bytes of an iPhone photo: an ISO media `ftyp` box of brand `heic`, then nothing readable. */
export const HEIC_HEADER = Buffer.concat([
  Buffer.from([0, 0, 0, 24]),
  Buffer.from("ftypheic\0\0\0\0mif1heic", "latin1"),
  Buffer.alloc(64),
]);
