/**
 * The one place for the size of photos, read by the CMS (which makes every upload fit) and by
 * the content gate (which holds the repository to it). A phone photo of 8,000 px is never
 * refused: the CMS makes it smaller in the browser before it is saved, and `npm run fix:images`
 * does the same for a photo added another way. 2,560 px is more than any page shows (the
 * widest variant the site draws is 1,600 px) and leaves journalists a print-quality original.
 */
export const PHOTO_LIMITS = {
  /** The longest side, in pixels, of a photo kept in the repository; uploads are resized to it. */
  longSide: 2560,
  /** The heaviest photo file kept in the repository; a 2,560 px JPEG weighs 1–3 MB. */
  maxBytes: 10 * 1024 * 1024,
  /** The JPEG quality (1–100) of photos the CMS and `npm run fix:images` write. */
  jpegQuality: 85,
} as const;

/** Limits of the same shape, for tests that show what a drift from these would do. */
export type PhotoLimits = { readonly [key in keyof typeof PHOTO_LIMITS]: number };

/** The size a photo is made to fit the longest side, keeping its proportions; never enlarged. */
export function fittedSize(
  width: number,
  height: number,
  longSide: number = PHOTO_LIMITS.longSide,
): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
