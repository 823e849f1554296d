import { z } from "astro/zod";
import { toSpreadsheetCsv } from "./csv";
import { columnDescriptions, fieldLabels, statusLabels, t, type ColumnKey } from "../i18n/vi";
import { modelSchema, type ModelEntry } from "../schemas/model";
import { isPublishable, personSchema, type PersonEntry } from "../schemas/person";
import { ENTRY_ID, isoDate, recognition, storyBase, year, type SchemaContext } from "../schemas/shared";
import { shownParts } from "./consent";
import { formatDate } from "./dates";
import { openDataPath, storyPath, type OpenDataKind, type StoryKind } from "./urls";

/**
 * Open data of the published models and people. Each export is described once, as a list of
 * columns; the CSV header, the CSV records and the JSON items are all read off that list, so a
 * column cannot be added to one format and forgotten in the other.
 */

/** The licence of the texts and data, as printed in every JSON file. */
export const OPEN_DATA_LICENSE = "CC BY 4.0";

/** The licence's own page, in Vietnamese. */
export const OPEN_DATA_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.vi";

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
  key: ColumnKey;
  /**
   * What the values may be. A value stored as the editor wrote it reuses the entry schema's own
   * type, so that the published schema follows the content rules instead of repeating them.
   */
  schema: z.ZodType;
  /** The value of this column for one entry. */
  cell: (entry: T, context: ExportContext) => Cell;
}

/** The entry schemas, with images as strings: only their plain fields are read here. */
const schemaContext: SchemaContext = { image: () => z.string() };
const modelFields = modelSchema(schemaContext).shape;
const personFields = personSchema(schemaContext).shape;
const storyFields = storyBase.shape;
const text = z.string();
const absoluteUrl = z.url();

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
  { key: "id", schema: z.string().regex(ENTRY_ID), cell: (entry) => entry.id },
  { key: "url", schema: absoluteUrl, cell: (entry, context) => absolute(storyPath(kind, entry.id), context) },
];

/** Columns shared by models and people, after the columns that name the entry. */
const storyColumns: Column<{ data: StoryData }>[] = [
  { key: "unit", schema: storyFields.unit, cell: ({ data }) => data.unit },
  { key: "unitName", schema: text, cell: ({ data }, context) => context.unitName(data.unit) },
  { key: "field", schema: storyFields.field, cell: ({ data }) => data.field },
  { key: "fieldLabel", schema: text, cell: ({ data }) => fieldLabels[data.field] },
  { key: "campaign", schema: storyFields.campaign, cell: ({ data }) => data.campaign },
  { key: "status", schema: storyFields.status.unwrap(), cell: ({ data }) => data.status },
  { key: "statusLabel", schema: text, cell: ({ data }) => statusLabels[data.status] },
  { key: "registeredOn", schema: storyFields.registeredOn, cell: ({ data }) => data.registeredOn },
  {
    key: "recognitionDecision",
    schema: recognition.shape.decisionNumber.nullable(),
    cell: ({ data }) => data.recognition?.decisionNumber ?? null,
  },
  { key: "recognitionDate", schema: isoDate.nullable(), cell: ({ data }) => data.recognition?.date ?? null },
  {
    key: "recognisedBy",
    schema: text.nullable(),
    cell: ({ data }, context) => (data.recognition ? context.unitName(data.recognition.by) : null),
  },
  { key: "summary", schema: storyFields.summary, cell: ({ data }) => data.summary },
  { key: "tags", schema: text, cell: ({ data }) => data.tags.join("; ") },
  { key: "publishedOn", schema: storyFields.publishedOn, cell: ({ data }) => data.publishedOn },
  { key: "updatedOn", schema: isoDate.nullable(), cell: ({ data }) => data.updatedOn ?? null },
  { key: "sample", schema: z.boolean(), cell: ({ data }) => data.sample },
];

/** Columns of `/du-lieu/mo-hinh.csv` and `.json`. */
export const modelColumns: readonly Column<ModelExportSource>[] = [
  ...identityColumns("models"),
  { key: "title", schema: modelFields.title, cell: ({ data }) => data.title },
  ...storyColumns,
];

/**
 * Columns of `/du-lieu/dien-hinh.csv` and `.json`. Birth year and portrait are exported only
 * within the consent the person gave; the consent record itself is not a column.
 */
export const personColumns: readonly Column<PersonExportSource>[] = [
  ...identityColumns("people"),
  { key: "name", schema: personFields.name, cell: ({ data }) => data.name },
  { key: "honorific", schema: personFields.honorific, cell: ({ data }) => data.honorific },
  { key: "position", schema: personFields.position, cell: ({ data }) => data.position },
  {
    key: "birthYear",
    schema: year.nullable(),
    cell: ({ data }) => shownParts(data).birthYear ?? null,
  },
  {
    key: "portraitUrl",
    schema: absoluteUrl.nullable(),
    cell: ({ data }, context) => {
      const { portrait } = shownParts(data);
      return portrait ? imageUrl(portrait.src, context) : null;
    },
  },
  {
    key: "portraitCredit",
    schema: text.nullable(),
    cell: ({ data }) => shownParts(data).portrait?.credit ?? null,
  },
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

/** The export as spreadsheet CSV (see `./csv`), with a header of column keys. */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly ExportRow[]): string {
  const keys = columns.map((column) => column.key);
  return toSpreadsheetCsv([keys, ...rows.map((row) => keys.map((key) => row[key] ?? null))]);
}

/** What a published data file is, for its citation and its schema. */
export interface OpenDataFile {
  /** Its name, e.g. "Mô hình “Dân vận khéo” tập thể, dữ liệu mở". */
  title: string;
  /** Absolute address of the JSON file. */
  jsonUrl: string;
  /** Absolute address of the CSV file with the same columns. */
  csvUrl: string;
  /** Absolute address of its JSON Schema. */
  schemaUrl: string;
}

/** The data file of models or people, with its addresses on `site`. */
export function openDataFile(kind: OpenDataKind, site: string | URL): OpenDataFile {
  return {
    title: t(kind === "models" ? "data.modelsTitle" : "data.peopleTitle"),
    jsonUrl: new URL(openDataPath(kind, "json"), site).href,
    csvUrl: new URL(openDataPath(kind, "csv"), site).href,
    schemaUrl: new URL(openDataPath(kind, "schema.json"), site).href,
  };
}

/** Who publishes the data and when the files were made. */
export interface OpenDataMeta {
  /** The association's public name, to be credited. */
  source: string;
  /** Day the files were built, in Vietnam, `YYYY-MM-DD`. */
  generated: string;
}

/** The citation line of a data file, in the same pattern as a story's. */
export function dataCitation(file: OpenDataFile, meta: OpenDataMeta): string {
  return t("press.citePattern", {
    org: meta.source,
    title: file.title,
    url: file.csvUrl,
    date: formatDate(meta.generated),
  });
}

/** The JSON file: licence, source, day and citation around the items. */
export interface OpenDataDocument {
  $schema: string;
  license: typeof OPEN_DATA_LICENSE;
  licenseUrl: string;
  source: string;
  generated: string;
  citation: string;
  items: ExportRow[];
}

/** Wraps rows in the JSON document. */
export function openDataDocument(items: ExportRow[], file: OpenDataFile, meta: OpenDataMeta): OpenDataDocument {
  return {
    $schema: file.schemaUrl,
    license: OPEN_DATA_LICENSE,
    licenseUrl: OPEN_DATA_LICENSE_URL,
    source: meta.source,
    generated: meta.generated,
    citation: dataCitation(file, meta),
    items,
  };
}

/** The JSON text of a document, indented for people who open it in a browser. */
export function toJson(document: OpenDataDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The zod type of one row: the columns' types, each with its description, in column order. */
export function rowSchema<T>(columns: readonly Column<T>[]) {
  return z
    .object(
      Object.fromEntries(columns.map((column) => [column.key, column.schema.describe(columnDescriptions[column.key])])),
    )
    .strict();
}

/** The zod type of the JSON document of an export. */
export function documentSchema<T>(columns: readonly Column<T>[]) {
  return z
    .object({
      $schema: absoluteUrl,
      license: z.literal(OPEN_DATA_LICENSE).describe(t("data.docLicense")),
      licenseUrl: absoluteUrl.describe(t("data.docLicenseUrl")),
      source: text.describe(t("data.docSource")),
      generated: isoDate.describe(t("data.docGenerated")),
      citation: text.describe(t("data.docCitation")),
      items: z.array(rowSchema(columns)).describe(t("data.docItems")),
    })
    .strict();
}

/**
 * The JSON Schema (draft-07) of an export's JSON file, generated from the columns' zod types;
 * its description says how the CSV file of the same columns is written, under which licence,
 * and how to cite it.
 */
export function openDataJsonSchema<T>(columns: readonly Column<T>[], file: OpenDataFile, meta: OpenDataMeta) {
  const generated = z.toJSONSchema(documentSchema(columns), {
    target: "draft-7",
    // `format: date` says it all to a validator; zod's 300-character leap-year pattern only repeats it.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === "date") delete jsonSchema.pattern;
    },
  });
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: file.schemaUrl,
    title: file.title,
    description: t("data.schemaDescription", {
      title: file.title,
      json: file.jsonUrl,
      csv: file.csvUrl,
      citation: dataCitation(file, meta),
    }),
    ...generated,
  };
}
