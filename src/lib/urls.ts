/**
 * The public URL contract (PRODUCT.md's site map): every page, feed, export, sitemap line and
 * report links a public path through this module, and nothing else types one by hand
 * (tests/public-paths.test.ts).
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

/** Site-relative path of a kind's list of stories: `/mo-hinh/`, `/dien-hinh/`, `/tin-tuc/`. */
export function storyListPath(kind: StoryKind): string {
  return `/${STORY_SEGMENTS[kind]}/`;
}

/** Site-relative path of a story page: `/mo-hinh/<id>/`, `/dien-hinh/<id>/`, `/tin-tuc/<id>/`. */
export function storyPath(kind: StoryKind, id: string): string {
  return `${storyListPath(kind)}${id}/`;
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

/** Pages of the site map with a fixed path that other pages link to. */
export const PAGE_PATHS = {
  home: "/",
  units: "/don-vi/",
  targets: "/chi-tieu/",
  reports: "/bao-cao/",
  documents: "/van-ban/",
  about: "/gioi-thieu/",
  search: "/tim-kiem/",
  press: "/bao-chi/",
  forms: "/bieu-mau/",
  rights: "/quyen-cua-nguoi-duoc-gioi-thieu/",
  accessibility: "/ho-tro-tiep-can/",
  /** The feed of every new model, person and news item. */
  feed: "/rss.xml",
  /** The CMS: never indexed, never in search or the sitemap. */
  admin: "/admin/",
} as const;

/** Site-relative path of a unit's page: `/don-vi/<id>/`. */
export function unitPath(id: string): string {
  return `${PAGE_PATHS.units}${id}/`;
}

/** The feed of a district-level unit and its communes: `/don-vi/<id>/rss.xml`. */
export function unitFeedPath(id: string): string {
  return `${unitPath(id)}rss.xml`;
}

/** Site-relative path of one field's page: `/linh-vuc/<field>/`. */
export function fieldPath(field: string): string {
  return `/linh-vuc/${field}/`;
}

/** The feed of one field: `/linh-vuc/<field>/rss.xml`. */
export function fieldFeedPath(field: string): string {
  return `${fieldPath(field)}rss.xml`;
}

/** A campaign's targets dashboard: `/chi-tieu/<campaign>/`. */
export function targetsPath(campaignId: string): string {
  return `${PAGE_PATHS.targets}${campaignId}/`;
}

/** The dashboard's table as CSV: `/chi-tieu/<campaign>.csv`. */
export function targetsCsvPath(campaignId: string): string {
  return `${PAGE_PATHS.targets}${campaignId}.csv`;
}

/** Where `/bao-cao/` lists a campaign's periods: `/bao-cao/#giai-doan-<campaign>`. */
export function reportsOfCampaignPath(campaignId: string): string {
  return `${PAGE_PATHS.reports}#${reportsCampaignAnchor(campaignId)}`;
}

/** The id of a campaign's part of `/bao-cao/`. */
export function reportsCampaignAnchor(campaignId: string): string {
  return `giai-doan-${campaignId}`;
}

/**
 * A periodic report without its ending: `/bao-cao/<campaign>/<period>` for the province,
 * `/bao-cao/<campaign>/<period>/<unit>` for a district-level unit. The page adds `/`, the CSV
 * files `.csv` and `-linh-vuc.csv`.
 */
export function reportBase(campaignId: string, periodId: string, unitId?: string): string {
  return `${PAGE_PATHS.reports}${campaignId}/${periodId}${unitId === undefined ? "" : `/${unitId}`}`;
}

/** A periodic report's page: `/bao-cao/<campaign>/<period>/`, or `…/<period>/<unit>/`. */
export function reportPath(campaignId: string, periodId: string, unitId?: string): string {
  return `${reportBase(campaignId, periodId, unitId)}/`;
}

/** A document's page: `/van-ban/<id>/`. */
export function documentPath(id: string): string {
  return `${PAGE_PATHS.documents}${id}/`;
}

/** The stories with open data: models and people. */
export type OpenDataKind = Extract<StoryKind, "models" | "people">;

/** The open data of a kind: `/du-lieu/mo-hinh.csv`, `.json` and `.schema.json`. */
export function openDataPath(kind: OpenDataKind, format: "csv" | "json" | "schema.json"): string {
  return `/du-lieu/${STORY_SEGMENTS[kind]}.${format}`;
}

/** The id of the part of `/bao-chi/` with the feeds and the data downloads, and its address. */
export const PRESS_DATA_ANCHOR = "du-lieu";
export const PRESS_DATA_PATH = `${PAGE_PATHS.press}#${PRESS_DATA_ANCHOR}`;

/** The search index's script, which Pagefind writes beside the pages. */
export const PAGEFIND_SCRIPT_PATH = "/pagefind/pagefind.js";

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
