import { z } from "astro/zod";
import { fieldOrder, fieldTexts, type FieldText } from "../src/i18n/field-texts";
import { enumLabelTables, enumOptionsAt, fieldTextAt, type FieldPath } from "../src/lib/field-text";
import { collectionFormats, schemasFor } from "../src/schemas";
import { COLLECTIONS, type CollectionName } from "../src/schemas/shared";
import { describeSchema, fieldNamed, type FieldShape } from "../src/schemas/walk";
import { backendFromEnv, type BackendEnv, type DecapBackend } from "./backend";
import { editorComponents } from "./editor-components";
import { COLLECTION_ORDER, collectionTexts, type CollectionText } from "./collection-texts";
import { ENTRY_MEDIA_FOLDER, IMAGE_FIELD_OPTIONS, MEDIA_FOLDER } from "./media";
import type { DecapField } from "./decap-field";

/**
 * Turns the zod schemas of `src/schemas/` into Decap CMS collections, so that the CMS asks for
 * exactly what the build accepts. Pure: no file system, no environment; `generate-config.ts`
 * writes the result.
 */

export interface DecapCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder?: string;
  extension?: "mdx" | "yaml";
  format?: "frontmatter" | "yaml";
  create?: boolean;
  slug?: string;
  identifier_field?: string;
  media_folder?: string;
  public_folder?: string;
  fields?: DecapField[];
  files?: { name: string; label: string; file: string; fields: DecapField[] }[];
  /** Whether the editor shows a preview pane beside the form. */
  editor?: { preview: boolean };
}

export interface DecapConfig {
  backend: DecapBackend;
  local_backend?: { url: string };
  publish_mode: "editorial_workflow";
  show_preview_links: false;
  logo: { src: string };
  locale: "vi";
  media_folder: string;
  public_folder: string;
  slug: { encoding: "ascii"; clean_accents: true; sanitize_replacement: "-" };
  editor: { preview: boolean };
  collections: DecapCollection[];
}

/** Everything the generator reads; tests swap parts of it. */
export interface GeneratorInput {
  schemas: Record<CollectionName, z.ZodType>;
  formats: Record<CollectionName, "mdx" | "yaml">;
  texts: Record<string, FieldText>;
  /** Label tables for enums; an enum takes the table whose keys are exactly its values. */
  enumLabels: readonly Readonly<Record<string, string>>[];
  collections: Record<CollectionName, CollectionText>;
  /** Top-level fields each collection asks first. */
  order: Record<CollectionName, readonly string[]>;
}

/**
 * The rich-text toolbar: what a story needs, nothing that writes code. No level-one heading
 * (the page title is one), no inline code or code blocks, no quote (the pull quote component
 * says who spoke).
 */
const BODY_BUTTONS = ["bold", "italic", "link", "heading-two", "heading-three", "bulleted-list", "numbered-list"];

/** The collections that have a story page, and so a preview like it (`preview.ts`). */
export const PREVIEW_COLLECTIONS = ["models", "people", "news"] as const;
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number];

/** The one settings file, a files collection of its own. */
const SETTINGS_FILE = "src/content/settings/site.yaml";

/** The field that names an entry of a collection: its title, or a person's or unit's name. */
function identifierOf(schema: z.ZodType): "title" | "name" {
  const shape = describeSchema(schema);
  if (fieldNamed(shape, "title")) return "title";
  if (fieldNamed(shape, "name")) return "name";
  throw new Error("a collection needs a `title` or a `name` field to name its entries");
}

function relationOptions(target: CollectionName, input: GeneratorInput) {
  const identifier = identifierOf(input.schemas[target]);
  return {
    widget: "relation",
    collection: target,
    value_field: "{{slug}}",
    search_fields: [identifier],
    display_fields: [identifier],
  };
}

/**
 * A Decap pattern for a length range after trimming, as zod's `.trim().min().max()` checks it:
 * the counted part starts and ends with a non-space character.
 */
function lengthPattern(min: number | undefined, max: number | undefined): [string, string] | undefined {
  if (min === undefined && max === undefined) return undefined;
  const lower = Math.max(min ?? 0, 1);
  const range = max === undefined ? `{${lower},}` : `{${lower},${max}}`;
  const message =
    max === undefined
      ? `cần ít nhất ${lower} ký tự`
      : min === undefined || min <= 1
        ? `tối đa ${max} ký tự`
        : `cần từ ${lower} đến ${max} ký tự`;
  return [`^\\s*(?=\\S)[\\s\\S]${range}(?<=\\S)\\s*$`, message];
}

/**
 * The zod rules the generator turns into Decap rules. Any other rule (`.length()`,
 * `.startsWith()`, `.multipleOf()`…) would be silently missing from the CMS, so the generator
 * refuses it and the build stops until it learns it.
 */
const MAPPED_RULES: Partial<Record<FieldShape["kind"], readonly string[]>> = {
  string: ["min", "max", "regex", "email", "url", "trim"],
  date: ["date"],
  number: ["int", "min", "max"],
};

function refuseUnmappedRules(shape: FieldShape, path: FieldPath): void {
  const known = MAPPED_RULES[shape.kind] ?? [];
  const unknown = shape.rules.filter((rule) => !known.includes(rule));
  if (unknown.length > 0) {
    throw new Error(
      `the CMS cannot express ${unknown.map((rule) => `.${rule}()`).join(", ")} at ${path.join(".")}; ` +
        `teach cms/config-from-schemas.ts or use another rule`,
    );
  }
}

/**
 * A form pattern (a regex, an e-mail, a web address) and length limits in one Decap pattern:
 * the form as a look-ahead, then the length.
 */
function withLength(form: [string, string], length: [string, string] | undefined): [string, string] {
  if (!length) return form;
  return [`^(?=[\\s\\S]*?(?:${form[0]}))${length[0].slice(1)}`, `${form[1]}; ${length[1]}`];
}

/** Default messages of the text forms, when the schema gives none. */
const FORM_MESSAGES: Readonly<Record<string, string>> = {
  regex: "giá trị không đúng dạng",
  email: "thư điện tử không hợp lệ",
  url: "địa chỉ trang phải bắt đầu bằng https://",
};

/** The Decap pattern of a text form: the schema's own expression, or one for a web address. */
function formPattern(form: { name: string; pattern?: RegExp; message?: string }): [string, string] {
  // zod checks a web address by parsing it; the CMS asks for what the site links to.
  const source = form.name === "url" ? "^https?://\\S+$" : (form.pattern?.source ?? "");
  return [source, form.message ?? FORM_MESSAGES[form.name] ?? "giá trị không đúng dạng"];
}

/** Widget options of a calendar day kept as `YYYY-MM-DD`; UTC so that no time zone moves it by a day. */
const DATE_OPTIONS: Partial<DecapField> = {
  widget: "datetime",
  format: "YYYY-MM-DD",
  date_format: "DD/MM/YYYY",
  time_format: false,
  picker_utc: true,
};

/** Widget options of a plain string, from its zod rules. */
function stringOptions(
  shape: Extract<FieldShape, { kind: "string" }>,
  name: string,
  path: FieldPath,
): Partial<DecapField> {
  refuseUnmappedRules(shape, path);
  const { min, max } = shape.length;
  const [form] = shape.forms;
  const length = lengthPattern(min, max);
  const pattern = form ? withLength(formPattern(form), length) : length;
  return {
    widget: name === "summary" || (max !== undefined && max > 200) ? "text" : "string",
    ...(pattern ? { pattern } : {}),
  };
}

function numberOptions(shape: Extract<FieldShape, { kind: "number" }>, path: FieldPath): Partial<DecapField> {
  const { integer, min, max } = shape;
  // Decap's min and max are inclusive; an exclusive bound (`.positive()`) would be off by one.
  if (min?.inclusive === false || max?.inclusive === false) {
    throw new Error(`exclusive number bounds are not supported at ${path.join(".")}; use .min()/.max()`);
  }
  refuseUnmappedRules(shape, path);
  return {
    widget: "number",
    value_type: integer ? "int" : "float",
    ...(integer ? { step: 1 } : {}),
    ...(min ? { min: min.value } : {}),
    ...(max ? { max: max.value } : {}),
  };
}

/**
 * Defaults worth writing: `null`, `{}` and absent all mean "nothing" to both zod and Decap. An
 * empty list is written on purpose: without it Decap starts a list of objects with one blank
 * item, which the editor would then have to fill in or delete.
 */
function defaultOption(value: unknown): Partial<DecapField> {
  if (value === undefined || value === null) return {};
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return {};
  return { default: value };
}

function listOptions(list: Extract<FieldShape, { kind: "array" }>, path: FieldPath, input: GeneratorInput) {
  const { element, items } = list;
  const min = items.exact ?? items.min;
  const max = items.exact ?? items.max;
  const counts = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  if (element.kind === "reference") return { ...relationOptions(element.collection, input), multiple: true, ...counts };
  if (element.kind === "object") {
    // Items exist only once an editor adds one, so their fields keep their own required-ness.
    return { widget: "list", fields: objectFields(element, path, input), ...counts };
  }
  if (element.kind === "string") return { widget: "list", ...counts };
  throw new Error(`unsupported list item type ${element.typeName} at ${path.join(".")}`);
}

/** The Decap field for one schema field. */
function fieldFor(
  name: string,
  shape: FieldShape,
  path: FieldPath,
  input: GeneratorInput,
  insideOptional: boolean,
): DecapField {
  const text = fieldTextAt(path, input.texts);
  const optional = shape.optional || shape.nullable;
  const hasDefault = shape.default !== undefined;
  let options: Partial<DecapField>;
  switch (shape.kind) {
    case "reference":
      options = relationOptions(shape.collection, input);
      break;
    case "image":
      // Uploads only: Astro's image pipeline needs the file in the repository, not a URL.
      options = { widget: "image", ...IMAGE_FIELD_OPTIONS };
      break;
    case "date":
      refuseUnmappedRules(shape, path);
      options = DATE_OPTIONS;
      break;
    case "string":
      options = stringOptions(shape, name, path);
      break;
    case "number":
      options = numberOptions(shape, path);
      break;
    case "boolean":
      options = { widget: "boolean" };
      break;
    case "enum":
      options = { widget: "select", options: enumOptionsAt(shape.options.map(String), path, input.enumLabels) };
      break;
    case "object":
      // Decap validates the fields of an object even when it is left empty, so the fields of an
      // optional object cannot be required in the CMS; the content gate checks them at build.
      options = {
        widget: "object",
        fields: objectFields(shape, path, input, insideOptional || optional || hasDefault),
      };
      break;
    case "array":
      options = listOptions(shape, path, input);
      break;
    default:
      throw new Error(`unsupported zod type ${shape.typeName} at ${path.join(".")}`);
  }
  const { widget = "string", ...widgetOptions } = options;
  return {
    name,
    label: text.label,
    widget,
    required: !optional && !hasDefault && !insideOptional,
    ...(text.hint ? { hint: text.hint } : {}),
    ...(text.singular ? { label_singular: text.singular } : {}),
    ...widgetOptions,
    // A toggle has no "unset" state; starting it off is the safe choice (not featured, no consent).
    ...(shape.default ? defaultOption(shape.default.value) : widget === "boolean" ? { default: false } : {}),
  };
}

/** The Decap fields of an object's description, in schema order. */
function objectFields(shape: FieldShape, path: FieldPath, input: GeneratorInput, insideOptional = false): DecapField[] {
  if (shape.kind !== "object") throw new Error(`${path.join(".")} is not an object schema`);
  return shape.fields.map((field) => fieldFor(field.name, field.shape, [...path, field.name], input, insideOptional));
}

/** The Decap fields of an object schema, in schema order. */
export function fieldsOf(schema: z.ZodType, path: FieldPath, input: GeneratorInput): DecapField[] {
  return objectFields(describeSchema(schema), path, input);
}

/** Puts the fields editors fill in first at the top; the rest keep schema order. */
function ordered(fields: DecapField[], order: readonly string[], collection: CollectionName): DecapField[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const name of order) {
    if (!byName.has(name)) {
      throw new Error(`src/i18n/field-texts.ts orders "${name}", which ${collection} does not have`);
    }
  }
  return [
    ...order.map((name) => byName.get(name) as DecapField),
    ...fields.filter((field) => !order.includes(field.name)),
  ];
}

/** The Decap collections of all content collections. */
export function collectionsFromSchemas(input: GeneratorInput): DecapCollection[] {
  return [...COLLECTIONS]
    .sort((a, b) => COLLECTION_ORDER.indexOf(a) - COLLECTION_ORDER.indexOf(b))
    .map((name): DecapCollection => {
      const text = input.collections[name];
      const fields = ordered(fieldsOf(input.schemas[name], [name], input), input.order[name], name);
      const head = {
        name,
        label: text.label,
        label_singular: text.singular,
        description: text.description,
        // Without a template of ours, Decap's preview lists bare values ("registered", "kinh-te")
        // that would only confuse editors.
        ...(PREVIEW_COLLECTIONS.includes(name as PreviewCollection) ? {} : { editor: { preview: false } }),
      };
      if (name === "settings") {
        return { ...head, files: [{ name: "site", label: text.label, file: SETTINGS_FILE, fields }] };
      }
      const format = input.formats[name];
      const body: DecapField = {
        name: "body",
        ...fieldTextAt([name, "body"], input.texts),
        widget: "markdown",
        required: false,
        // Rich text for everyone, Markdown for exact edits; both are made safe before saving
        // (see cms/body-text.ts and cms/save-check.ts).
        modes: ["rich_text", "raw"],
        buttons: BODY_BUTTONS,
        editor_components: editorComponents.map((component) => component.id),
        // Decap's own preview of a body (collections without a template) must never run markup.
        sanitize_preview: true,
      };
      return {
        ...head,
        folder: `src/content/${name}`,
        extension: format,
        format: format === "mdx" ? "frontmatter" : "yaml",
        create: true,
        slug: text.slug ?? "{{slug}}",
        identifier_field: identifierOf(input.schemas[name]),
        media_folder: ENTRY_MEDIA_FOLDER,
        public_folder: ENTRY_MEDIA_FOLDER,
        fields: format === "mdx" ? [...fields, body] : fields,
      };
    });
}

/**
 * The schemas as the CMS sees them: an image is its path (the schemas mark image fields
 * themselves, so they become image widgets).
 */
export function cmsInput(): GeneratorInput {
  return {
    schemas: schemasFor({ image: () => z.string() }),
    formats: collectionFormats,
    texts: fieldTexts,
    enumLabels: enumLabelTables,
    collections: collectionTexts,
    order: fieldOrder,
  };
}

/** What the environment decides: the Git host and how editors log in (`backend.ts`), and local editing. */
export interface ConfigEnv extends BackendEnv {
  DECAP_LOCAL?: string | undefined;
  /** The port of decap-server on 127.0.0.1 when editing locally; 8081 by default. */
  DECAP_PORT?: string | undefined;
}

/** decap-server's port when none is given. */
export const DEFAULT_DECAP_PORT = 8081;

/** The whole Decap config. */
export function decapConfig(env: ConfigEnv, input: GeneratorInput = cmsInput()): DecapConfig {
  return {
    // The history of the content reads in Vietnamese too.
    backend: backendFromEnv(env, {
      create: "Thêm {{collection}} “{{slug}}”",
      update: "Sửa {{collection}} “{{slug}}”",
      delete: "Xoá {{collection}} “{{slug}}”",
      uploadMedia: "Tải lên “{{path}}”",
      deleteMedia: "Xoá tệp “{{path}}”",
    }),
    // 127.0.0.1 rather than Decap's default `localhost`, which may resolve to ::1 where
    // decap-server (bound to 127.0.0.1 only) is not listening.
    ...(env.DECAP_LOCAL === "1"
      ? { local_backend: { url: `http://127.0.0.1:${env.DECAP_PORT || DEFAULT_DECAP_PORT}/api/v1` } }
      : {}),
    publish_mode: "editorial_workflow",
    // No links to "deploy previews": the site has none, and the button only confused editors.
    show_preview_links: false,
    // The site's star on the login page, rather than Decap's logo.
    logo: { src: "/favicon.svg" },
    locale: "vi",
    media_folder: MEDIA_FOLDER,
    public_folder: ENTRY_MEDIA_FOLDER,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    // Models, people and news have previews like their pages (cms/preview.ts); see below.
    editor: { preview: true },
    collections: collectionsFromSchemas(input),
  };
}
