/** Vietnamese collation: Ă after A, Đ after D, tones after the base letter. */
export const vietnameseCollator = new Intl.Collator("vi", { numeric: true });

/** Sorts a copy of `items` by a Vietnamese key. */
export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => vietnameseCollator.compare(key(a), key(b)));
}

/** Sorts a copy of `items` by a date key, newest first; ties by Vietnamese title. */
export function newestFirst<T>(items: readonly T[], date: (item: T) => string, title: (item: T) => string): T[] {
  return [...items].sort((a, b) => date(b).localeCompare(date(a)) || vietnameseCollator.compare(title(a), title(b)));
}
