/**
 * The public URL contract of story pages (PRODUCT.md's site map): every page, feed, export,
 * sitemap line and report links a story through this one function.
 */

/** The three kinds of story the portal publishes, each under its own stable path. */
export const STORY_KINDS = ["models", "people", "news"] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** The story kind of a content collection (`models` → `models`); `undefined` for data collections. */
export function storyKindOf(collection: string): StoryKind | undefined {
  return (STORY_KINDS as readonly string[]).includes(collection) ? (collection as StoryKind) : undefined;
}

/** The first path segment of each kind's pages. */
export const STORY_SEGMENTS: Record<StoryKind, string> = {
  models: "mo-hinh",
  people: "dien-hinh",
  news: "tin-tuc",
};

/** Site-relative path of a story page: `/mo-hinh/<id>/`, `/dien-hinh/<id>/`, `/tin-tuc/<id>/`. */
export function storyPath(kind: StoryKind, id: string): string {
  return `/${STORY_SEGMENTS[kind]}/${id}/`;
}

/**
 * Path segments the site uses beside entry ids under the same parent (`/mo-hinh/2/` is page 2
 * of the list, `/mo-hinh/<id>/in/` a handout, `rss.xml` a feed): an entry with one of these ids
 * would replace that page or be replaced by it, so none may be an id. Numbers are all taken by
 * pagination.
 */
export const RESERVED_SEGMENTS = ["trang", "in", "rss", "index", "feed", "page"] as const;

/** Whether an id would collide with a path the site uses itself. */
export function isReservedId(id: string): boolean {
  return /^\d+$/.test(id) || (RESERVED_SEGMENTS as readonly string[]).includes(id);
}
