import type { FieldText } from "../i18n/field-texts";
import { t, type UiKey } from "../i18n/vi";
import type { CollectionName } from "../schemas/shared";
import type { Bounds, FieldShape } from "../schemas/walk";
import { enumLabelTables, enumOptionsAt, fieldTextAt, type FieldPath } from "./field-text";
import { fieldTexts } from "../i18n/field-texts";

/**
 * A schema as a paper form to fill in by hand: each field with the label and hint the CMS
 * shows (`src/i18n/field-texts.ts`), the rules a person can keep to with a pen ("tối đa 160 ký
 * tự", "từ 2 đến 10 bước"), and the room to write in. Fed by the schema walker
 * (`src/schemas/walk.ts`), so a field added to a schema appears on the paper without a change
 * here. Pure: the pages of `/bieu-mau/` draw what it returns.
 */

/** How much handwriting fits, and how much room a form gives. */
export const PAPER_FIT = {
  /** Handwritten characters to a ruled line across the text width of an A4 page. */
  charsPerLine: 80,
  /** Lines for a text that has no maximum: a name, a decision's number, a photo's credit. */
  unboundedLines: 1,
  /**
   * The most lines one answer gets: room for a usual answer, while the rule under it says the
   * longest allowed; a longer one goes on overleaf or on a separate sheet.
   */
  maxLines: 3,
  /** Lines of the story (the entry's body), which has no limit. */
  storyLines: 12,
  /** Items printed of a list written item by item (each a small block), unless it needs more. */
  listItems: 1,
  /** Rows printed of a list laid out as a table. */
  tableRows: 4,
  /** A list is a table when each of its item's fields needs at most this many lines. */
  tableCellLines: 2,
  /**
   * The shortest minimum length worth printing: "ít nhất 2 ký tự" only says "not a single
   * letter", while "từ 20 đến 400 ký tự" asks for a sentence.
   */
  minCharsWorthSaying: 10,
} as const;

export type PaperFit = { readonly [Key in keyof typeof PAPER_FIT]: number };

/** What a field asks of the hand. */
export type PaperInput =
  /** Ruled lines; a single one beside the label. */
  | { kind: "text"; lines: number }
  /** "ngày … tháng … năm …" */
  | { kind: "date" }
  /** One tick among the options; `fallback` is what an unticked answer means. */
  | { kind: "choice"; options: { value: string; label: string }[]; fallback?: string }
  /** Có / Không. */
  | { kind: "yesNo" }
  /** A line naming another entry (a unit, a campaign), with what to write. */
  | { kind: "reference"; collection: CollectionName; guide: string }
  /**
   * A paper sent along with the form: a photo, numbered here and on its back (`numbered`), or
   * a signed form, ticked.
   */
  | { kind: "attachment"; numbered: boolean }
  /** Fields that belong together (a decision: number, date, unit). */
  | { kind: "group"; fields: PaperField[] }
  /** Repeated items: as a table with one row each, or as numbered blocks. */
  | { kind: "list"; layout: "table" | "blocks"; count: number; singular: string; fields: PaperField[] }
  /** A list of single values, one line each. */
  | { kind: "lines"; count: number };

export interface PaperField {
  /** The field's place: the collection, then field names. */
  path: string[];
  label: string;
  hint?: string | undefined;
  /** Rules to keep to, in words; none repeats the hint. */
  rules: string[];
  /** Must be filled in whenever the part it belongs to is. */
  required: boolean;
  input: PaperInput;
}

/** A field the form leaves off, and why. */
export interface OmittedField {
  path: string[];
  label: string;
}

export interface PaperFormOptions {
  /** Only these top-level fields, in this order (`name`, `unit`): a part of an entry on its own form. */
  pick?: readonly string[];
  /** Field paths under the form's object (`draft`, `place.lat`) that are not on the paper. */
  omit?: readonly string[];
  /**
   * Fields that are a separate paper sent along (`consent` → the signed consent form): each
   * becomes one attachment line whose label is given here.
   */
  attach?: Readonly<Record<string, string>>;
  /** Top-level fields first in this order; the rest follow in schema order. */
  order?: readonly string[];
  texts?: Readonly<Record<string, FieldText>>;
  enumTables?: readonly Readonly<Record<string, string>>[];
  fit?: PaperFit;
}

/** What to write for a reference, by the collection it names. */
const REFERENCE_GUIDES: Record<CollectionName, UiKey> = {
  units: "forms.refUnits",
  campaigns: "forms.refCampaigns",
  models: "forms.refModels",
  people: "forms.refPeople",
  documents: "forms.refDocuments",
  news: "forms.refNews",
  settings: "forms.refSettings",
};

/** Lines for a text of at most `max` characters. */
export function linesFor(max: number | undefined, fit: PaperFit = PAPER_FIT): number {
  if (max === undefined) return fit.unboundedLines;
  return Math.min(fit.maxLines, Math.max(1, Math.ceil(max / fit.charsPerLine)));
}

/**
 * A length or count range in words: "tối đa 160 ký tự", "từ 2 đến 10 bước". A minimum below
 * `minWorthSaying` is left unsaid (a minimum of one is "not empty", which the required mark says).
 */
export function rangeRule(bounds: Bounds, unit: string, minWorthSaying = 2): string | undefined {
  const { exact, max } = bounds;
  const min = bounds.min !== undefined && bounds.min >= minWorthSaying ? bounds.min : undefined;
  if (exact !== undefined) return t("forms.exactly", { n: exact, unit });
  if (min !== undefined && max !== undefined) return t("forms.between", { min, max, unit });
  if (max !== undefined) return t("forms.atMost", { max, unit });
  if (min !== undefined) return t("forms.atLeast", { min, unit });
  return undefined;
}

/** The rules of a number in words: "từ 1900 đến 2100", "số nguyên". */
function numberRules(shape: Extract<FieldShape, { kind: "number" }>): string[] {
  const { min, max } = shape;
  const rules: string[] = [];
  if (min && max) rules.push(t("forms.numberBetween", { min: min.value, max: max.value }));
  else if (min) rules.push(t(min.inclusive ? "forms.numberAtLeast" : "forms.numberAbove", { min: min.value }));
  else if (max) rules.push(t(max.inclusive ? "forms.numberAtMost" : "forms.numberBelow", { max: max.value }));
  if (shape.integer && !(min && max)) rules.push(t("forms.integer"));
  return rules;
}

/** Everything the walk needs, with the defaults filled in. */
interface Walk {
  /** Segments of the form's own place (`people`, `consent`) before each field's name. */
  depth: number;
  omit: ReadonlySet<string>;
  attach: Readonly<Record<string, string>>;
  texts: Readonly<Record<string, FieldText>>;
  enumTables: readonly Readonly<Record<string, string>>[];
  fit: PaperFit;
  omitted: OmittedField[];
  /** The schemas' own words for a form a text must have, met so far. */
  formMessages: Set<string>;
}

/** Whether each field of a list's item fits in a table cell. */
function fitsTable(fields: readonly PaperField[], fit: PaperFit): boolean {
  return fields.every((field) => {
    const input = field.input;
    if (input.kind === "text") return input.lines <= fit.tableCellLines;
    return input.kind === "date" || input.kind === "reference" || input.kind === "attachment";
  });
}

function listInput(
  shape: Extract<FieldShape, { kind: "array" }>,
  path: FieldPath,
  text: FieldText,
  walk: Walk,
): { input: PaperInput; rules: string[] } {
  const { element, items } = shape;
  const singular = text.singular ?? text.label.toLowerCase();
  const rules = [rangeRule(items, singular)].filter((rule) => rule !== undefined);
  const least = items.exact ?? items.min ?? 0;
  const most = items.exact ?? items.max ?? Infinity;
  const count = (wanted: number) => Math.min(most, Math.max(least, wanted));
  if (element.kind === "object") {
    const fields = objectFields(element, path, walk);
    const layout = fitsTable(fields, walk.fit) ? "table" : "blocks";
    const wanted = layout === "table" ? walk.fit.tableRows : walk.fit.listItems;
    return { input: { kind: "list", layout, count: count(wanted), singular, fields }, rules };
  }
  if (element.kind === "string" || element.kind === "reference") {
    return { input: { kind: "lines", count: count(walk.fit.tableRows) }, rules };
  }
  throw new Error(`a paper form cannot ask for a list of ${element.typeName} at ${path.join(".")}`);
}

/** The paper input of one field, and the rules that come with its type. */
function inputOf(
  shape: FieldShape,
  path: FieldPath,
  text: FieldText,
  walk: Walk,
): { input: PaperInput; rules: string[] } {
  switch (shape.kind) {
    case "string": {
      const rule = rangeRule(shape.length, t("forms.characters"), walk.fit.minCharsWorthSaying);
      // The schema's own words for a form the text must have ("không ghi số điện thoại…").
      const forms = shape.forms.flatMap((form) => (form.message ? [form.message] : []));
      for (const message of forms) walk.formMessages.add(message);
      const lines = linesFor(shape.length.exact ?? shape.length.max, walk.fit);
      return { input: { kind: "text", lines }, rules: [...(rule ? [rule] : []), ...forms] };
    }
    case "number":
      return { input: { kind: "text", lines: 1 }, rules: numberRules(shape) };
    case "date":
      return { input: { kind: "date" }, rules: [] };
    case "boolean":
      return { input: { kind: "yesNo" }, rules: [] };
    case "enum": {
      const options = enumOptionsAt(shape.options.map(String), path, walk.enumTables);
      const fallback = options.find((option) => option.value === shape.default?.value)?.label;
      return {
        input: { kind: "choice", options, ...(fallback !== undefined ? { fallback } : {}) },
        rules: fallback !== undefined ? [t("forms.choiceDefault", { label: fallback })] : [t("forms.choiceOne")],
      };
    }
    case "reference":
      return {
        input: { kind: "reference", collection: shape.collection, guide: t(REFERENCE_GUIDES[shape.collection]) },
        rules: [],
      };
    case "image":
      return { input: { kind: "attachment", numbered: true }, rules: [] };
    case "object":
      return { input: { kind: "group", fields: objectFields(shape, path, walk) }, rules: [] };
    case "array":
      return listInput(shape, path, text, walk);
    default:
      throw new Error(`a paper form cannot ask for ${shape.typeName} at ${path.join(".")}`);
  }
}

/** Whether a field is written in words: a text, or a part that holds one. */
function carriesText(field: PaperField): boolean {
  const { input } = field;
  if (input.kind === "text" || input.kind === "lines") return true;
  return (input.kind === "group" || input.kind === "list") && input.fields.some(carriesText);
}

/**
 * Says once, on a part (the how-to section), a rule that every text inside it has ("không ghi
 * số điện thoại…"), instead of under each of its texts.
 */
function hoistShared(input: PaperInput, messages: ReadonlySet<string>): { input: PaperInput; shared: string[] } {
  if (input.kind !== "group" && input.kind !== "list") return { input, shared: [] };
  const carriers = input.fields.filter(carriesText);
  const shared = [...messages].filter(
    (message) => carriers.length > 0 && carriers.every((field) => field.rules.includes(message)),
  );
  const fields = input.fields.map((field) => ({
    ...field,
    rules: field.rules.filter((rule) => !shared.includes(rule)),
  }));
  return { input: { ...input, fields }, shared };
}

/** One field on paper; an image is a photo sent along, with the form's own words for it. */
function paperField(shape: FieldShape, path: FieldPath, walk: Walk): PaperField {
  const text = fieldTextAt(path, walk.texts);
  const own = inputOf(shape, path, text, walk);
  const { input, shared } = hoistShared(own.input, walk.formMessages);
  const photo = input.kind === "attachment";
  const hint = photo ? t("forms.photoHint") : text.hint;
  return {
    path: [...path],
    label: photo ? t("forms.photo") : text.label,
    hint,
    // A rule the hint already states ("Theo thứ tự, từ 2 đến 10 bước.") is said once.
    rules: [...own.rules, ...shared].filter((rule) => !hint?.includes(rule)),
    required: !shape.optional && !shape.nullable && shape.default === undefined,
    input,
  };
}

/** The paper fields of an object's description, in schema order, less the omitted ones. */
function objectFields(shape: FieldShape, path: FieldPath, walk: Walk): PaperField[] {
  if (shape.kind !== "object") throw new Error(`${path.join(".")} is not an object schema`);
  return shape.fields.flatMap((field) => {
    const at = [...path, field.name];
    const key = at.slice(walk.depth).join(".");
    if (walk.omit.has(key)) {
      walk.omitted.push({ path: at, label: fieldTextAt(at, walk.texts).label });
      return [];
    }
    const attachment = walk.attach[key];
    if (attachment !== undefined) {
      return [
        { path: at, label: attachment, rules: [], required: false, input: { kind: "attachment", numbered: false } },
      ];
    }
    return [paperField(field.shape, at, walk)];
  });
}

/** A form's fields, and the fields it leaves to the office. */
export interface PaperForm {
  fields: PaperField[];
  omitted: OmittedField[];
}

/**
 * The paper form of an object schema's description found at `at` (a collection, or a part of
 * an entry such as `["people", "consent"]`), whose segments start every field's path as in the
 * CMS, so that each field gets the CMS's label and hint.
 */
export function paperForm(shape: FieldShape, at: FieldPath, options: PaperFormOptions = {}): PaperForm {
  if (shape.kind !== "object") throw new Error(`${at.join(".")} is not an object schema`);
  const pick = options.pick;
  const unpicked = pick ? shape.fields.map((field) => field.name).filter((name) => !pick.includes(name)) : [];
  const walk: Walk = {
    depth: at.length,
    omit: new Set([...(options.omit ?? []), ...unpicked]),
    attach: options.attach ?? {},
    texts: options.texts ?? fieldTexts,
    enumTables: options.enumTables ?? enumLabelTables,
    fit: options.fit ?? PAPER_FIT,
    omitted: [],
    formMessages: new Set(),
  };
  for (const path of [...(pick ?? []), ...walk.omit, ...Object.keys(walk.attach)]) {
    if (!hasPath(shape, path.split("."))) throw new Error(`${at.join(".")} has no field ${path} to put on paper`);
  }
  const fields = objectFields(shape, at, walk);
  const order = pick ?? options.order ?? [];
  const rank = (field: PaperField) => {
    const index = order.indexOf(field.path[at.length] ?? "");
    return index === -1 ? order.length : index;
  };
  // A stable sort: the fields the order does not name keep their schema order, after the others.
  const ordered = fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index)
    .map(({ field }) => field);
  // Fields left out by picking are not the office's business: only those omitted by name are listed.
  const omitted = walk.omitted.filter((field) => !unpicked.includes(field.path[at.length] ?? ""));
  return { fields: ordered, omitted };
}

/** Whether an object description has a field at `path`. */
function hasPath(shape: FieldShape, path: readonly string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return true;
  if (shape.kind !== "object") return false;
  const field = shape.fields.find((candidate) => candidate.name === head);
  return field !== undefined && hasPath(field.shape, rest);
}
