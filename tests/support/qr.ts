import jsQR from "jsqr";
import sharp from "sharp";

/**
 * Reads the QR code in an image (SVG, PNG…), as a phone's camera would: the image is drawn at
 * `width` pixels by sharp on white, and jsQR looks for a code in its pixels. `undefined` when
 * no code is found.
 */
export async function decodeQr(image: Buffer | string, width = 400): Promise<string | undefined> {
  const { data, info } = await sharp(typeof image === "string" ? Buffer.from(image) : image, { density: 300 })
    .resize({ width })
    .flatten({ background: "#ffffff" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
