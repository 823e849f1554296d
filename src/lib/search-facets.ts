import type { Field, Level, Status } from "../schemas/shared";

/**
 * The facets of the search page: the Pagefind filter each one reads, and the URL parameter
 * that holds its value. Filter values are stable codes (ids, slugs, years), so that a shared
 * search URL keeps working when a unit is renamed; the search page maps them to labels.
 */
export const SEARCH_FACETS = [
  { filter: "type", param: "loai" },
  { filter: "field", param: "linh-vuc" },
  { filter: "district", param: "huyen" },
  { filter: "unit", param: "don-vi" },
  { filter: "campaign", param: "giai-doan" },
  { filter: "status", param: "trang-thai" },
  { filter: "year", param: "nam" },
  { filter: "replicable", param: "nhan-rong" },
] as const;

export type FacetName = (typeof SEARCH_FACETS)[number]["filter"];

/** Values of the facets of one page (at most one per facet). */
export type FacetValues = Partial<Record<FacetName, string>>;

/** The kinds of page search finds, by their code (the URL segment of their list). */
export const ENTRY_TYPES = ["mo-hinh", "dien-hinh", "tin-tuc", "van-ban", "don-vi", "gioi-thieu"] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Statuses as Vietnamese URL words. */
export const STATUS_CODES: Record<Status, string> = {
  registered: "da-dang-ky",
  building: "dang-xay-dung",
  recognised: "da-cong-nhan",
};

/** The one value of the "sẵn sàng nhân rộng" facet: a model that says how to copy it. */
export const REPLICABLE = "san-sang";

/** What this module needs to know of a unit. */
export interface UnitLink {
  level: Level;
  parent?: string | undefined;
}

/**
 * The district-level unit a unit belongs to: itself for a district, city or the provincial
 * agencies' bloc, the nearest such ancestor for a commune, and the province for the province.
 */
export function districtOf(unit: string, units: ReadonlyMap<string, UnitLink>): string {
  let id: string | undefined = unit;
  // A bounded walk: a loop in the units’ parents cannot hang the build.
  for (let steps = 0; id && steps < 10; steps++) {
    const link = units.get(id);
    if (!link) return unit;
    if (link.level !== "xa") return id;
    id = link.parent;
  }
  return unit;
}

/** The part of an entry that decides its facets. */
export interface FacetSource {
  type: EntryType;
  field?: Field | undefined;
  unit?: string | undefined;
  campaign?: string | undefined;
  status?: Status | undefined;
  recognition?: { date: string } | undefined;
  /** A model's "Cách làm để nhân rộng" section, if it has one. */
  replication?: object | undefined;
}

/** The Pagefind filters of a page: only the facets the entry has a value for. */
export function facetValuesOf(entry: FacetSource, units: ReadonlyMap<string, UnitLink>): FacetValues {
  const values: FacetValues = { type: entry.type };
  if (entry.field) values.field = entry.field;
  if (entry.unit) {
    values.unit = entry.unit;
    values.district = districtOf(entry.unit, units);
  }
  if (entry.campaign) values.campaign = entry.campaign;
  if (entry.status) values.status = STATUS_CODES[entry.status];
  if (entry.recognition) values.year = entry.recognition.date.slice(0, 4);
  if (entry.replication) values.replicable = REPLICABLE;
  return values;
}
