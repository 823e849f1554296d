import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { collectionFormats } from "../src/schemas";
import { COLLECTIONS, type CollectionName } from "../src/schemas/shared";
import { describeSchema, type FieldShape } from "../src/schemas/walk";
import { cmsInput, collectionsFromSchemas, decapConfig, fieldsOf } from "./config-from-schemas";
import type { DecapField } from "./decap-field";

const input = cmsInput();
const collections = collectionsFromSchemas(input);

/** A schema field as the walker describes it: the oracle the config is checked against. */
interface SchemaField {
  collection: CollectionName;
  path: string[];
  shape: FieldShape;
  optional: boolean;
  hasDefault: boolean;
  defaultValue: unknown;
  insideOptional: boolean;
}

function* walk(
  collection: CollectionName,
  shape: FieldShape,
  path: string[],
  insideOptional: boolean,
): Generator<SchemaField> {
  if (shape.kind !== "object") return;
  for (const { name, shape: child } of shape.fields) {
    const field: SchemaField = {
      collection,
      path: [...path, name],
      shape: child,
      optional: child.optional || child.nullable,
      hasDefault: child.default !== undefined,
      defaultValue: child.default?.value,
      insideOptional,
    };
    yield field;
    if (child.kind === "object")
      yield* walk(collection, child, field.path, insideOptional || field.optional || field.hasDefault);
    if (child.kind === "array") yield* walk(collection, child.element, field.path, false);
  }
}

const schemaFields = COLLECTIONS.flatMap((collection) => [
  ...walk(collection, describeSchema(input.schemas[collection]), [], false),
]);
const named = (field: SchemaField) => `${field.collection}.${field.path.join(".")}`;

function decapFields(collection: CollectionName): DecapField[] {
  const found = collections.find((candidate) => candidate.name === collection);
  return found?.fields ?? found?.files?.[0]?.fields ?? [];
}

function decapField(collection: CollectionName, path: string[]): DecapField | undefined {
  let fields: DecapField[] | undefined = decapFields(collection);
  let found: DecapField | undefined;
  for (const name of path) {
    found = fields?.find((field) => field.name === name);
    fields = found?.fields;
  }
  return found;
}

/** The widget a schema field must get, decided from the schema alone. */
function expectedWidget({ shape }: SchemaField): string {
  if (shape.kind === "array") return shape.element.kind === "reference" ? "relation" : "list";
  const widgets: Partial<Record<FieldShape["kind"], string>> = {
    reference: "relation",
    image: "image",
    date: "datetime",
    string: "string|text",
    number: "number",
    boolean: "boolean",
    enum: "select",
    object: "object",
  };
  return widgets[shape.kind] ?? "?";
}

describe("every schema field is in the CMS config", () => {
  it("finds fields in every collection", () => {
    for (const collection of COLLECTIONS)
      expect(schemaFields.some((field) => field.collection === collection)).toBe(true);
  });

  it.each(schemaFields.map((field) => [named(field), field] as const))("%s: widget and required-ness", (_, field) => {
    const generated = decapField(field.collection, field.path);
    expect(generated, "field missing from config").toBeDefined();
    expect(expectedWidget(field).split("|")).toContain(generated?.widget);
    expect(generated?.label.trim()).not.toBe("");
    expect(generated?.required).toBe(!field.optional && !field.hasDefault && !field.insideOptional);
  });

  it("has no field the schemas do not have, except the MDX body", () => {
    const known = new Set(schemaFields.map(named));
    const extra: string[] = [];
    const visit = (collection: CollectionName, fields: DecapField[], path: string[]) => {
      for (const field of fields) {
        const name = `${collection}.${[...path, field.name].join(".")}`;
        if (!known.has(name) && !(path.length === 0 && field.name === "body")) extra.push(name);
        visit(collection, field.fields ?? [], [...path, field.name]);
      }
    };
    for (const collection of COLLECTIONS) visit(collection, decapFields(collection), []);
    expect(extra).toEqual([]);
  });
});

describe("widget options follow the schema", () => {
  const selects = schemaFields.filter((field) => field.shape.kind === "enum");
  it.each(selects.map((field) => [named(field), field] as const))("%s: options are the enum values", (_, field) => {
    const options = decapField(field.collection, field.path)?.options ?? [];
    expect(options.map((option) => option.value)).toEqual(field.shape.kind === "enum" ? field.shape.options : []);
    for (const option of options) expect(option.label).toMatch(/\S/);
  });

  const references = schemaFields.flatMap((field) => {
    const { shape } = field;
    const reference = shape.kind === "array" ? shape.element : shape;
    return reference.kind === "reference"
      ? [{ field, target: reference.collection, multiple: shape.kind === "array" }]
      : [];
  });
  it.each(references.map((reference) => [named(reference.field), reference] as const))(
    "%s: relation to the referenced collection",
    (_, { field, target, multiple }) => {
      const generated = decapField(field.collection, field.path);
      expect(generated?.collection).toBe(target);
      expect(generated?.value_field).toBe("{{slug}}");
      expect(generated?.multiple ?? false).toBe(multiple);
      expect(["title", "name"]).toContain(generated?.display_fields?.[0]);
    },
  );

  it("finds the references the schemas declare", () => {
    expect(references.map(({ field, target }) => `${named(field)}→${target}`)).toEqual(
      expect.arrayContaining([
        "models.unit→units",
        "models.replicatedFrom→models",
        "news.relatedPeople→people",
        "units.parent→units",
      ]),
    );
  });

  const dates = schemaFields.filter((field) => expectedWidget(field) === "datetime");
  it.each(dates.map((field) => [named(field), field] as const))("%s: a calendar day kept as YYYY-MM-DD", (_, field) => {
    expect(decapField(field.collection, field.path)).toMatchObject({
      format: "YYYY-MM-DD",
      date_format: "DD/MM/YYYY",
      time_format: false,
      picker_utc: true,
    });
  });

  const defaults = schemaFields.filter(
    (field) =>
      field.hasDefault &&
      field.defaultValue !== null &&
      !(
        typeof field.defaultValue === "object" &&
        !Array.isArray(field.defaultValue) &&
        Object.keys(field.defaultValue as object).length === 0
      ),
  );
  it.each(defaults.map((field) => [named(field), field] as const))("%s: default from the schema", (_, field) => {
    expect(decapField(field.collection, field.path)?.default).toEqual(field.defaultValue);
  });

  it.each([
    ["models", ["title"], { widget: "string" }],
    ["models", ["summary"], { widget: "text" }],
    ["documents", ["summary"], { widget: "text" }],
    ["models", ["cover", "alt"], { widget: "text" }],
    ["models", ["cover", "src"], { widget: "image", choose_url: false }],
    ["models", ["gallery"], { widget: "list", max: 12, default: [] }],
    ["models", ["tags"], { widget: "list", default: [] }],
    ["models", ["place", "lat"], { widget: "number", value_type: "float", min: 19, max: 21 }],
    ["documents", ["year"], { widget: "number", value_type: "int", min: 1900, max: 2100 }],
    ["units", ["order"], { widget: "number", value_type: "int", default: 100 }],
    ["people", ["consent", "name"], { widget: "boolean", required: true, default: false }],
    ["models", ["featured"], { widget: "boolean", required: false, default: false }],
    ["models", ["status"], { widget: "select", default: "registered" }],
    ["campaigns", ["levels", "collective"], { widget: "number", required: false }],
    ["campaigns", ["levels", "level"], { widget: "select", required: true }],
    ["campaigns", ["levels"], { widget: "list", min: 1 }],
    ["units", ["parentChanges", "on"], { widget: "datetime", required: true }],
    [
      "documents",
      ["pdf"],
      {
        widget: "string",
        pattern: ["^\\/van-ban\\/[a-z0-9-]+\\.pdf$", "tệp PDF phải nằm trong /van-ban/ và có tên không dấu"],
      },
    ],
    [
      "settings",
      ["pressContact", "phone"],
      { required: true, pattern: ["^[0-9 .+()-]{8,20}$", "số điện thoại cơ quan không hợp lệ"] },
    ],
    ["models", ["recognition", "decisionNumber"], { required: false }],
  ] as const)("%s %j", (collection, path, expected) => {
    expect(decapField(collection, [...path])).toMatchObject(expected);
  });

  it("length patterns accept what zod accepts after trimming, and nothing else", () => {
    const title = decapField("models", ["title"]);
    const pattern = new RegExp(title?.pattern?.[0] ?? "(?!)");
    expect(title?.pattern?.[1]).toBe("cần từ 5 đến 160 ký tự");
    for (const value of ["Nuôi ong", "  Nuôi ong  ", "a".repeat(160), "Một\ndòng"])
      expect(pattern.test(value)).toBe(true);
    for (const value of ["Ong", "   Ong    ", "a".repeat(161), "     "]) expect(pattern.test(value)).toBe(false);
  });
});

describe("collections", () => {
  it.each(COLLECTIONS.filter((name) => name !== "settings"))("%s is a folder collection in src/content", (name) => {
    const collection = collections.find((candidate) => candidate.name === name);
    const mdx = collectionFormats[name] === "mdx";
    expect(collection).toMatchObject({
      folder: `src/content/${name}`,
      extension: collectionFormats[name],
      format: mdx ? "frontmatter" : "yaml",
      media_folder: "../../assets/uploads",
      public_folder: "../../assets/uploads",
    });
    expect(["title", "name"]).toContain(collection?.identifier_field);
    const body = collection?.fields?.find((field) => field.name === "body");
    expect(body ? { widget: body.widget, label: body.label } : undefined).toEqual(
      mdx ? { widget: "markdown", label: "Nội dung" } : undefined,
    );
  });

  it.each(COLLECTIONS.filter((name) => collectionFormats[name] === "mdx"))(
    "%s: the body is edited as rich text or Markdown, with our components only, preview sanitised",
    (name) => {
      expect(
        collections.find((candidate) => candidate.name === name)?.fields?.find((field) => field.name === "body"),
      ).toMatchObject({
        modes: ["rich_text", "raw"],
        editor_components: ["PullQuote", "KeyFigure", "Figure"],
        sanitize_preview: true,
      });
    },
  );

  it("offers no toolbar button that writes code or a second page title", () => {
    const buttons = decapField("models", ["body"])?.buttons ?? [];
    expect(buttons).toContain("bold");
    for (const button of ["code", "code-block", "heading-one", "quote"]) expect(buttons).not.toContain(button);
  });

  it("previews models, people and news like their pages, and nothing else", () => {
    const previewed = collections.filter((collection) => collection.editor?.preview !== false).map((c) => c.name);
    expect(previewed).toEqual(["models", "people", "news"]);
  });

  it.each([
    ["models", ["cover", "src"]],
    ["people", ["portrait", "src"]],
    ["models", ["gallery", "src"]],
  ] as const)("%s %j uploads only, at most 10 MB", (collection, path) => {
    expect(decapField(collection, [...path])).toMatchObject({
      widget: "image",
      choose_url: false,
      media_library: { max_file_size: 10 * 1024 * 1024 },
    });
  });

  it("keeps the settings in one file", () => {
    expect(collections.find((candidate) => candidate.name === "settings")?.files?.map((file) => file.file)).toEqual([
      "src/content/settings/site.yaml",
    ]);
  });

  it("lists every collection once, the ones editors add most often first", () => {
    expect(collections.map((collection) => collection.name)).toEqual([
      "models",
      "people",
      "news",
      "documents",
      "units",
      "campaigns",
      "settings",
    ]);
  });

  it("puts the name of an entry first", () => {
    expect(decapFields("models")[0]?.name).toBe("title");
    expect(decapFields("people")[0]?.name).toBe("name");
  });
});

describe("the generator refuses what it cannot label or express", () => {
  it("throws for a field without a Vietnamese label", () => {
    expect(() => fieldsOf(z.object({ title: z.string(), mysteryField: z.string() }), ["models"], input)).toThrow(
      /models\.mysteryField.*src\/i18n\/field-texts\.ts/,
    );
  });

  it("throws for an enum without Vietnamese option labels", () => {
    expect(() => fieldsOf(z.object({ kind: z.enum(["a", "b"]) }), ["documents"], input)).toThrow(/documents\.kind/);
  });

  it("throws for a number bound Decap cannot express", () => {
    expect(() => fieldsOf(z.object({ order: z.number().positive() }), ["units"], input)).toThrow(/units\.order/);
  });

  it.each([
    ["a string rule", z.object({ title: z.string().startsWith("Mô hình") }), /\.startsWith\(\) at models\.title/],
    ["an exact length", z.object({ title: z.string().length(5) }), /\.length\(\) at models\.title/],
    ["a number rule", z.object({ order: z.number().multipleOf(5) }), /\.multipleOf\(\) at units\.order/],
  ])("throws for %s it cannot put in the CMS", (_what, schema, message) => {
    const collection = "order" in schema.shape ? "units" : "models";
    expect(() => fieldsOf(schema, [collection], input)).toThrow(message);
  });

  it("throws for a zod type it does not map", () => {
    expect(() => fieldsOf(z.object({ title: z.date() }), ["models"], input)).toThrow(/ZodDate at models\.title/);
  });
});

describe("config", () => {
  it("edits GitHub in production, with no secret and no local backend", () => {
    const config = decapConfig({});
    expect(config.backend).toMatchObject({ name: "github", repo: "hoi-ccb-ninh-binh/dan-van-kheo", branch: "main" });
    expect(config.backend).not.toHaveProperty("base_url");
    expect(config.backend.commit_messages.create).toBe("Thêm {{collection}} “{{slug}}”");
    expect(config).not.toHaveProperty("local_backend");
    expect(config).toMatchObject({
      publish_mode: "editorial_workflow",
      locale: "vi",
      media_folder: "src/assets/uploads",
      slug: { encoding: "ascii", clean_accents: true },
    });
  });

  it("takes the repository and the OAuth helper from the environment", () => {
    expect(decapConfig({ CMS_REPO: "example/repo", CMS_AUTH_URL: "https://auth.example.org" }).backend).toMatchObject({
      name: "github",
      repo: "example/repo",
      branch: "main",
      base_url: "https://auth.example.org",
      auth_endpoint: "auth",
    });
  });

  it("talks to decap-server on 127.0.0.1 only when DECAP_LOCAL=1", () => {
    expect(decapConfig({ DECAP_LOCAL: "1" }).local_backend).toEqual({ url: "http://127.0.0.1:8081/api/v1" });
    expect(decapConfig({ DECAP_LOCAL: "1", DECAP_PORT: "8123" }).local_backend).toEqual({
      url: "http://127.0.0.1:8123/api/v1",
    });
    expect(decapConfig({ DECAP_LOCAL: "0" })).not.toHaveProperty("local_backend");
  });
});
