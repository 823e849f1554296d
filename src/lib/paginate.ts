/** Entries per list page: a screenful of cards on a phone, two or three rows on a desktop. */
export const PAGE_SIZE = 12;
