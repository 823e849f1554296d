/** Entries per list page: a screenful of cards on a phone, two or three rows on a desktop. */
export const PAGE_SIZE = 12;

/** Address of page `n` of a list rooted at `base` ("/mo-hinh/"): page 1 is the root itself. */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}
