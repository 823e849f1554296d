import { stringify } from "csv-stringify/sync";
import { fieldLabels, statusLabels } from "../i18n/vi";
import type { ModelEntry } from "../schemas/model";
import { isPublishable, type PersonEntry } from "../schemas/person";
import { storyPath, type StoryKind } from "./feed";

/**
 * Open data of the published models and people. Each export is described once, as a list of
 * columns; the CSV header, the CSV records and the JSON items are all read off that list, so a
 * column cannot be added to one format and forgotten in the other.
 */

/** The licence of the texts and data, as printed in every JSON file. */
export const OPEN_DATA_LICENSE = "CC BY 4.0";

/** A cell: text, a number (birth year), a flag (sample) or nothing. */
export type Cell = string | number | boolean | null;

/** One flat record, keyed by column, in column order. */
export type ExportRow = Record<string, Cell>;

/** What the columns need besides the entry itself. */
export interface ExportContext {
  /** The site's origin (astro.config `site`); every URL in the data is absolute. */
  site: string | URL;
  /** Full name of a unit by id, e.g. "Hội CCB huyện Nho Quan". */
  unitName: (id: string) => string;
}

/** One column of an export. */
export interface Column<T> {
  /** Name in the CSV header and key in the JSON items; English camelCase, stable. */
  key: string;
  /** The value of this column for one entry. */
  cell: (entry: T, context: ExportContext) => Cell;
}

type StoryData = Pick<
  ModelEntry,
  | "unit"
  | "field"
  | "campaign"
  | "status"
  | "registeredOn"
  | "recognition"
  | "summary"
  | "tags"
  | "publishedOn"
  | "updatedOn"
  | "sample"
>;

/** What the model export reads of a model entry. */
export interface ModelExportSource {
  id: string;
  data: StoryData & Pick<ModelEntry, "title">;
}

/** What the person export reads of a person entry. The consent record is read, never written. */
export interface PersonExportSource {
  id: string;
  data: StoryData &
    Pick<PersonEntry, "name" | "honorific" | "position" | "birthYear" | "portrait" | "consent" | "draft">;
}

const absolute = (path: string, context: ExportContext) => new URL(path, context.site).href;

/** The public address of an image: Astro's image metadata carries it in `src`. */
function imageUrl(image: unknown, context: ExportContext): string | null {
  const src = typeof image === "string" ? image : (image as { src?: unknown } | null | undefined)?.src;
  return typeof src === "string" && src !== "" ? absolute(src, context) : null;
}

const identityColumns = (kind: StoryKind): Column<{ id: string }>[] => [
  { key: "id", cell: (entry) => entry.id },
  { key: "url", cell: (entry, context) => absolute(storyPath(kind, entry.id), context) },
];

/** Columns shared by models and people, after the columns that name the entry. */
const storyColumns: Column<{ data: StoryData }>[] = [
  { key: "unit", cell: ({ data }) => data.unit },
  { key: "unitName", cell: ({ data }, context) => context.unitName(data.unit) },
  { key: "field", cell: ({ data }) => data.field },
  { key: "fieldLabel", cell: ({ data }) => fieldLabels[data.field] },
  { key: "campaign", cell: ({ data }) => data.campaign },
  { key: "status", cell: ({ data }) => data.status },
  { key: "statusLabel", cell: ({ data }) => statusLabels[data.status] },
  { key: "registeredOn", cell: ({ data }) => data.registeredOn },
  { key: "recognitionDecision", cell: ({ data }) => data.recognition?.decisionNumber ?? null },
  { key: "recognitionDate", cell: ({ data }) => data.recognition?.date ?? null },
  {
    key: "recognisedBy",
    cell: ({ data }, context) => (data.recognition ? context.unitName(data.recognition.by) : null),
  },
  { key: "summary", cell: ({ data }) => data.summary },
  { key: "tags", cell: ({ data }) => data.tags.join("; ") },
  { key: "publishedOn", cell: ({ data }) => data.publishedOn },
  { key: "updatedOn", cell: ({ data }) => data.updatedOn ?? null },
  { key: "sample", cell: ({ data }) => data.sample },
];

/** Columns of `/du-lieu/mo-hinh.csv` and `.json`. */
export const modelColumns: readonly Column<ModelExportSource>[] = [
  ...identityColumns("models"),
  { key: "title", cell: ({ data }) => data.title },
  ...storyColumns,
];

/**
 * Columns of `/du-lieu/dien-hinh.csv` and `.json`. Birth year and portrait are exported only
 * within the consent the person gave; the consent record itself is not a column.
 */
export const personColumns: readonly Column<PersonExportSource>[] = [
  ...identityColumns("people"),
  { key: "name", cell: ({ data }) => data.name },
  { key: "honorific", cell: ({ data }) => data.honorific },
  { key: "position", cell: ({ data }) => data.position },
  { key: "birthYear", cell: ({ data }) => (data.consent.birthYear ? (data.birthYear ?? null) : null) },
  {
    key: "portraitUrl",
    cell: ({ data }, context) => (data.consent.photo && data.portrait ? imageUrl(data.portrait.src, context) : null),
  },
  { key: "portraitCredit", cell: ({ data }) => (data.consent.photo && data.portrait ? data.portrait.credit : null) },
  ...storyColumns,
];

/** Flat rows of `entries`, one per entry, with exactly the keys of `columns` in their order. */
export function exportRows<T>(
  entries: readonly T[],
  columns: readonly Column<T>[],
  context: ExportContext,
): ExportRow[] {
  return entries.map((entry) => Object.fromEntries(columns.map((column) => [column.key, column.cell(entry, context)])));
}

/** Rows of the model export. */
export function modelRows(models: readonly ModelExportSource[], context: ExportContext): ExportRow[] {
  return exportRows(models, modelColumns, context);
}

/**
 * Rows of the person export. The loader already keeps unpublishable people out; the check is
 * repeated here because an export is the easiest place for a withdrawn consent to leak.
 */
export function personRows(people: readonly PersonExportSource[], context: ExportContext): ExportRow[] {
  return exportRows(
    people.filter((person) => isPublishable(person.data)),
    personColumns,
    context,
  );
}

/**
 * CSV for spreadsheets: a UTF-8 byte-order mark so that Excel reads the Vietnamese letters,
 * CRLF line ends, a header of column keys, fields quoted when they hold a comma, a quote or a
 * line break. Empty cells are empty; flags read `true` / `false` as in the JSON.
 */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly ExportRow[]): string {
  const keys = columns.map((column) => column.key);
  return stringify([keys, ...rows.map((row) => keys.map((key) => row[key] ?? null))], {
    bom: true,
    record_delimiter: "windows",
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}

/** The JSON file: licence, source and generation day around the items. */
export interface OpenDataDocument {
  license: typeof OPEN_DATA_LICENSE;
  /** Who publishes the data, to be credited. */
  source: string;
  /** Day the file was built, in Vietnam, `YYYY-MM-DD`. */
  generated: string;
  items: ExportRow[];
}

/** Wraps rows in the JSON document. */
export function openDataDocument(items: ExportRow[], meta: { source: string; generated: string }): OpenDataDocument {
  return { license: OPEN_DATA_LICENSE, source: meta.source, generated: meta.generated, items };
}

/** The JSON text of a document, indented for people who open it in a browser. */
export function toJson(document: OpenDataDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
