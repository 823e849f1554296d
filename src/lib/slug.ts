import slugify from "@sindresorhus/slugify";

/**
 * The ASCII slug of a Vietnamese title: tones dropped, `đ` → `d`, words joined by hyphens.
 * NFC and NFD input give the same slug, since both are normalised first.
 */
export function slugOf(title: string): string {
  return slugify(title.normalize("NFC"), { lowercase: true, decamelize: false });
}
