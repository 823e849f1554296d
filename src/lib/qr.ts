import QRCode from "qrcode";

/**
 * A QR code as an SVG document, drawn at build time by `qrcode`. The SVG has only `fill` and
 * `stroke` attributes (presentation attributes, which the Content-Security-Policy's `style-src`
 * does not govern): no `style` attribute, no script. Error correction M survives a creased or
 * badly photocopied handout; a quiet zone of four modules is the standard's minimum.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
}
