import { z, type ZodTypeAny } from "astro/zod";
import {
  documentKindLabels,
  fieldLabels,
  honorificLabels,
  levelLabels,
  milestoneKindLabels,
  occasionLabels,
  statusLabels,
} from "../src/i18n/vi";
import { collectionFormats, schemasFor } from "../src/schemas";
import { COLLECTIONS, referenceTargets, type CollectionName } from "../src/schemas/shared";
import { backendFromEnv, type BackendEnv, type DecapBackend } from "./backend";
import { editorComponents } from "./editor-components";
import {
  COLLECTION_ORDER,
  collectionTexts,
  fieldTexts,
  precisionLabels,
  type CollectionText,
  type FieldText,
} from "./field-labels";
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
  schemas: Record<CollectionName, ZodTypeAny>;
  formats: Record<CollectionName, "mdx" | "yaml">;
  /** Whether a schema is the stand-in for Astro's `image()`. */
  isImage: (schema: ZodTypeAny) => boolean;
  references: WeakMap<ZodTypeAny, CollectionName>;
  texts: Record<string, FieldText>;
  /** Label tables for enums; an enum takes the table whose keys are exactly its values. */
  enumLabels: readonly Readonly<Record<string, string>>[];
  collections: Record<CollectionName, CollectionText>;
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

/** A field's place, for labels and error messages: the collection, then field names. */
type FieldPath = readonly string[];

interface ZodDef {
  typeName?: string;
  innerType?: ZodTypeAny;
  schema?: ZodTypeAny;
  type?: ZodTypeAny;
  values?: readonly string[];
  checks?: { kind: string; value?: number; inclusive?: boolean; regex?: RegExp; message?: string }[];
  defaultValue?: () => unknown;
  minLength?: { value: number } | null;
  maxLength?: { value: number } | null;
  exactLength?: { value: number } | null;
  shape?: () => Record<string, ZodTypeAny>;
}

const defOf = (schema: ZodTypeAny) => schema._def as ZodDef;

/** A schema with its wrappers peeled off, and what the wrappers said. */
interface Unwrapped {
  schema: ZodTypeAny;
  /** Optional or nullable: the field may be left empty. */
  optional: boolean;
  hasDefault: boolean;
  defaultValue: unknown;
}

/**
 * Peels optional, nullable, default and refinement wrappers. Stops at a reference or image
 * marker, because those are recognised by identity, not by type.
 */
function unwrap(schema: ZodTypeAny, input: GeneratorInput): Unwrapped {
  const result: Unwrapped = { schema, optional: false, hasDefault: false, defaultValue: undefined };
  for (;;) {
    const current = result.schema;
    if (input.references.has(current) || input.isImage(current)) return result;
    const def = defOf(current);
    switch (def.typeName) {
      case "ZodOptional":
      case "ZodNullable":
        result.optional = true;
        break;
      case "ZodDefault":
        // The outermost default is the one zod applies.
        if (!result.hasDefault) {
          result.hasDefault = true;
          result.defaultValue = def.defaultValue?.();
        }
        break;
      case "ZodEffects":
        result.schema = def.schema as ZodTypeAny;
        continue;
      default:
        return result;
    }
    result.schema = def.innerType as ZodTypeAny;
  }
}

/** The label and hint of a field: the longest matching end of its path wins. */
function textFor(path: FieldPath, texts: Record<string, FieldText>): FieldText {
  for (let start = 0; start < path.length; start++) {
    const text = texts[path.slice(start).join(".")];
    if (text) return text;
  }
  throw new Error(
    `Trường "${path.join(".")}" chưa có nhãn tiếng Việt: thêm nó vào cms/field-labels.ts ` +
      `(field "${path.join(".")}" has no Vietnamese label in cms/field-labels.ts)`,
  );
}

function enumOptions(values: readonly string[], path: FieldPath, input: GeneratorInput) {
  const table = input.enumLabels.find((candidate) => {
    const keys = Object.keys(candidate);
    return keys.length === values.length && values.every((value) => keys.includes(value));
  });
  if (!table) {
    throw new Error(
      `Lựa chọn của trường "${path.join(".")}" (${values.join(", ")}) chưa có nhãn tiếng Việt ` +
        `(enum "${path.join(".")}" has no label table)`,
    );
  }
  return values.map((value) => ({ label: table[value] as string, value }));
}

/** The field that names an entry of a collection: its title, or a person's or unit's name. */
function identifierOf(schema: ZodTypeAny, input: GeneratorInput): "title" | "name" {
  const shape = objectShape(unwrap(schema, input).schema);
  if (shape && "title" in shape) return "title";
  if (shape && "name" in shape) return "name";
  throw new Error("a collection needs a `title` or a `name` field to name its entries");
}

function objectShape(schema: ZodTypeAny): Record<string, ZodTypeAny> | undefined {
  const def = defOf(schema);
  return def.typeName === "ZodObject" ? def.shape?.() : undefined;
}

function relationOptions(target: CollectionName, input: GeneratorInput) {
  const identifier = identifierOf(input.schemas[target], input);
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
 * The zod checks the generator turns into Decap rules. Any other check (`.length()`,
 * `.startsWith()`, `.multipleOf()`…) would be silently missing from the CMS, so the generator
 * refuses it and the build stops until it learns it.
 */
const MAPPED_CHECKS = {
  ZodString: ["min", "max", "regex", "email", "url", "date", "trim"],
  ZodNumber: ["int", "min", "max"],
} as const;

function refuseUnmappedChecks(schema: ZodTypeAny, path: FieldPath): void {
  const typeName = defOf(schema).typeName as keyof typeof MAPPED_CHECKS;
  const known: readonly string[] = MAPPED_CHECKS[typeName];
  const unknown = (defOf(schema).checks ?? []).filter((check) => !known.includes(check.kind));
  if (unknown.length > 0) {
    throw new Error(
      `the CMS cannot express ${unknown.map((check) => `.${check.kind}()`).join(", ")} at ${path.join(".")}; ` +
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

/** Widget options of a plain string, from its zod checks. */
function stringOptions(schema: ZodTypeAny, name: string, path: FieldPath): Partial<DecapField> {
  refuseUnmappedChecks(schema, path);
  const checks = defOf(schema).checks ?? [];
  if (checks.some((check) => check.kind === "date")) {
    // A calendar day kept as `YYYY-MM-DD`; UTC so that no time zone moves it by a day.
    return {
      widget: "datetime",
      format: "YYYY-MM-DD",
      date_format: "DD/MM/YYYY",
      time_format: false,
      picker_utc: true,
    };
  }
  const min = checks.find((check) => check.kind === "min")?.value;
  const max = checks.find((check) => check.kind === "max")?.value;
  const regex = checks.find((check) => check.kind === "regex");
  const email = checks.find((check) => check.kind === "email");
  const url = checks.find((check) => check.kind === "url");
  const form: [string, string] | undefined = regex?.regex
    ? [regex.regex.source, regex.message ?? "giá trị không đúng dạng"]
    : email
      ? ["^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", email.message ?? "thư điện tử không hợp lệ"]
      : url
        ? ["^https?://\\S+$", url.message ?? "địa chỉ trang phải bắt đầu bằng https://"]
        : undefined;
  const length = lengthPattern(min, max);
  const pattern = form ? withLength(form, length) : length;
  return {
    widget: name === "summary" || (max !== undefined && max > 200) ? "text" : "string",
    ...(pattern ? { pattern } : {}),
  };
}

function numberOptions(schema: ZodTypeAny, path: FieldPath): Partial<DecapField> {
  refuseUnmappedChecks(schema, path);
  const checks = defOf(schema).checks ?? [];
  const isInt = checks.some((check) => check.kind === "int");
  const min = checks.find((check) => check.kind === "min");
  const max = checks.find((check) => check.kind === "max");
  // Decap's min and max are inclusive; an exclusive bound (`.positive()`) would be off by one.
  if (min?.inclusive === false || max?.inclusive === false) {
    throw new Error(`exclusive number bounds are not supported at ${path.join(".")}; use .min()/.max()`);
  }
  return {
    widget: "number",
    value_type: isInt ? "int" : "float",
    ...(isInt ? { step: 1 } : {}),
    ...(min?.value !== undefined ? { min: min.value } : {}),
    ...(max?.value !== undefined ? { max: max.value } : {}),
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

function listOptions(array: ZodTypeAny, path: FieldPath, input: GeneratorInput) {
  const def = defOf(array);
  const element = unwrap(def.type as ZodTypeAny, input).schema;
  const min = def.exactLength?.value ?? def.minLength?.value;
  const max = def.exactLength?.value ?? def.maxLength?.value;
  const counts = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  const target = input.references.get(element);
  if (target) return { ...relationOptions(target, input), multiple: true, ...counts };
  const elementType = defOf(element).typeName;
  if (elementType === "ZodObject") {
    // Items exist only once an editor adds one, so their fields keep their own required-ness.
    return { widget: "list", fields: fieldsOf(element, path, input), ...counts };
  }
  if (elementType === "ZodString") return { widget: "list", ...counts };
  throw new Error(`unsupported list item type ${elementType ?? "?"} at ${path.join(".")}`);
}

/** The Decap field for one schema field. */
function fieldFor(
  name: string,
  schema: ZodTypeAny,
  path: FieldPath,
  input: GeneratorInput,
  insideOptional: boolean,
): DecapField {
  const text = textFor(path, input.texts);
  const { schema: inner, optional, hasDefault, defaultValue } = unwrap(schema, input);
  const typeName = defOf(inner).typeName;
  const target = input.references.get(inner);
  let options: Partial<DecapField>;
  if (target) {
    options = relationOptions(target, input);
  } else if (input.isImage(inner)) {
    // Uploads only: Astro's image pipeline needs the file in the repository, not a URL.
    options = { widget: "image", ...IMAGE_FIELD_OPTIONS };
  } else if (typeName === "ZodString") {
    options = stringOptions(inner, name, path);
  } else if (typeName === "ZodNumber") {
    options = numberOptions(inner, path);
  } else if (typeName === "ZodBoolean") {
    options = { widget: "boolean" };
  } else if (typeName === "ZodEnum") {
    options = { widget: "select", options: enumOptions(defOf(inner).values ?? [], path, input) };
  } else if (typeName === "ZodObject") {
    // Decap validates the fields of an object even when it is left empty, so the fields of an
    // optional object cannot be required in the CMS; the content gate checks them at build.
    options = { widget: "object", fields: fieldsOf(inner, path, input, insideOptional || optional || hasDefault) };
  } else if (typeName === "ZodArray") {
    options = listOptions(inner, path, input);
  } else {
    throw new Error(`unsupported zod type ${typeName ?? "?"} at ${path.join(".")}`);
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
    ...(hasDefault ? defaultOption(defaultValue) : widget === "boolean" ? { default: false } : {}),
  };
}

/** The Decap fields of an object schema, in schema order. */
export function fieldsOf(
  schema: ZodTypeAny,
  path: FieldPath,
  input: GeneratorInput,
  insideOptional = false,
): DecapField[] {
  const shape = objectShape(unwrap(schema, input).schema);
  if (!shape) throw new Error(`${path.join(".")} is not an object schema`);
  return Object.entries(shape).map(([name, child]) => fieldFor(name, child, [...path, name], input, insideOptional));
}

/** Puts the fields editors fill in first at the top; the rest keep schema order. */
function ordered(fields: DecapField[], order: readonly string[], collection: CollectionName): DecapField[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const name of order) {
    if (!byName.has(name)) throw new Error(`cms/field-labels.ts orders "${name}", which ${collection} does not have`);
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
      const fields = ordered(fieldsOf(input.schemas[name], [name], input), text.order, name);
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
        ...textFor([name, "body"], input.texts),
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
        identifier_field: identifierOf(input.schemas[name], input),
        media_folder: ENTRY_MEDIA_FOLDER,
        public_folder: ENTRY_MEDIA_FOLDER,
        fields: format === "mdx" ? [...fields, body] : fields,
      };
    });
}

/**
 * The schemas as the CMS sees them: `image()` returns a marker recognised by identity, so
 * that image fields become image widgets.
 */
export function cmsInput(): GeneratorInput {
  const images = new WeakSet<ZodTypeAny>();
  const image = () => {
    const marker = z.string();
    images.add(marker);
    return marker;
  };
  return {
    schemas: schemasFor({ image }),
    formats: collectionFormats,
    isImage: (schema) => images.has(schema),
    references: referenceTargets,
    texts: fieldTexts,
    enumLabels: [
      fieldLabels,
      levelLabels,
      statusLabels,
      documentKindLabels,
      milestoneKindLabels,
      occasionLabels,
      honorificLabels,
      precisionLabels,
    ],
    collections: collectionTexts,
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
