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

/** The stories that have a one-page handout for branch meetings: models and people. */
export type HandoutKind = Extract<StoryKind, "models" | "people">;

/** Site-relative path of a story's A4 handout: `/mo-hinh/<id>/in/`, `/dien-hinh/<id>/in/`. */
export function handoutPath(kind: HandoutKind, id: string): string {
  return `${storyPath(kind, id)}in/`;
}

/**
 * Whether a site-relative path is a handout. Handouts repeat their story for paper: they point
 * to it as canonical and stay out of the sitemap and the search index.
 */
export function isHandoutPath(path: string): boolean {
  const [, segment, id, last, ...rest] = path.split("/");
  return (
    rest.length === 1 &&
    rest[0] === "" &&
    last === "in" &&
    Boolean(id) &&
    (segment === STORY_SEGMENTS.models || segment === STORY_SEGMENTS.people)
  );
}

/** Site-relative path of a unit's page: `/don-vi/<id>/`. */
export function unitPath(id: string): string {
  return `/don-vi/${id}/`;
}

/** Pages of the site map with a fixed path that other pages link to. */
export const PAGE_PATHS = {
  press: "/bao-chi/",
  forms: "/bieu-mau/",
  rights: "/quyen-cua-nguoi-duoc-gioi-thieu/",
  accessibility: "/ho-tro-tiep-can/",
} as const;

/** Site-relative address of one paper form on `/bieu-mau/`: `/bieu-mau/#dong-y-cong-bo`. */
export function formPath(formId: string): string {
  return `${PAGE_PATHS.forms}#${formId}`;
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
