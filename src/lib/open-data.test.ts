import { describe, expect, it } from "vitest";
import {
  dataCitation,
  documentSchema,
  modelColumns,
  modelRows,
  openDataDocument,
  openDataFile,
  openDataJsonSchema,
  personColumns,
  personRows,
  rowSchema,
  toCsv,
  toJson,
  type ExportContext,
  type ModelExportSource,
  type OpenDataFile,
  type PersonExportSource,
} from "./open-data";

const meta = { source: "Hội Cựu chiến binh tỉnh Ninh Bình", generated: "2020-10-15" };

const context: ExportContext = {
  site: "https://dvk.ccbninhbinh.vn",
  unitName: (id) => ({ tinh: "Hội CCB tỉnh Ninh Bình", "nho-quan": "Hội CCB huyện Nho Quan" })[id] ?? id,
};

const storyData = {
  unit: "nho-quan",
  field: "kinh-te",
  campaign: "2016-2020",
  status: "registered",
  registeredOn: "2017-03-01",
  summary: "Cựu chiến binh góp vốn, góp công giúp hội viên nghèo nuôi ong lấy mật.",
  tags: ["nuôi ong", "giảm nghèo"],
  publishedOn: "2018-05-20",
  sample: true,
} as const;

function model(overrides: Partial<ModelExportSource["data"]> = {}, id = "nuoi-ong-lay-mat"): ModelExportSource {
  return {
    id,
    data: { ...storyData, tags: [...storyData.tags], title: "Tổ hợp tác nuôi ong Cúc Phương", ...overrides },
  };
}

const consent = {
  name: true,
  photo: true,
  birthYear: true,
  story: true,
  signedOn: "2018-04-02",
  formKeptAt: "Văn phòng Hội CCB huyện Nho Quan, hồ sơ 2018/07",
  withdrawn: false,
};

const portrait = {
  src: { src: "/_astro/chan-dung.abc123.jpg", width: 1200, height: 1600, format: "jpg" },
  alt: "Chân dung ông Đinh Văn Bình",
  credit: "Ban Tuyên giáo Hội CCB tỉnh",
};

function person(
  overrides: Partial<PersonExportSource["data"]> = {},
  consentOverrides: Partial<typeof consent> = {},
): PersonExportSource {
  return {
    id: "dinh-van-binh",
    data: {
      ...storyData,
      tags: [...storyData.tags],
      name: "Đinh Văn Bình",
      honorific: "Ông",
      position: "Chi hội trưởng chi hội CCB thôn Đồng Tâm",
      birthYear: 1952,
      portrait,
      draft: false,
      ...overrides,
      consent: { ...consent, ...consentOverrides },
    },
  };
}

describe("columns", () => {
  it.each([
    ["models", modelColumns, "title"],
    ["people", personColumns, "name"],
  ] as const)("%s: keys are unique and start with id, url, then the name", (_, columns, nameKey) => {
    const keys = columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 3)).toEqual(["id", "url", nameKey]);
    expect(keys.at(-1)).toBe("sample");
  });

  it("rows have exactly the column keys, in column order", () => {
    expect(Object.keys(modelRows([model()], context)[0]!)).toEqual(modelColumns.map((c) => c.key));
    expect(Object.keys(personRows([person()], context)[0]!)).toEqual(personColumns.map((c) => c.key));
  });
});

describe("model rows", () => {
  it("derives urls, labels and names", () => {
    const [row] = modelRows([model()], context);
    expect(row).toMatchObject({
      id: "nuoi-ong-lay-mat",
      url: "https://dvk.ccbninhbinh.vn/mo-hinh/nuoi-ong-lay-mat/",
      title: "Tổ hợp tác nuôi ong Cúc Phương",
      unit: "nho-quan",
      unitName: "Hội CCB huyện Nho Quan",
      field: "kinh-te",
      fieldLabel: "Phát triển kinh tế",
      status: "registered",
      statusLabel: "Đã đăng ký",
      recognitionDecision: null,
      recognitionDate: null,
      recognisedBy: null,
      tags: "nuôi ong; giảm nghèo",
      updatedOn: null,
      sample: true,
    });
  });

  it("spells out the recognising decision", () => {
    const recognised = model({
      status: "recognised",
      recognition: { decisionNumber: "15/QĐ-CCB", date: "2019-10-10", by: "tinh" },
      updatedOn: "2020-01-02",
    });
    expect(modelRows([recognised], context)[0]).toMatchObject({
      statusLabel: "Đã công nhận",
      recognitionDecision: "15/QĐ-CCB",
      recognitionDate: "2019-10-10",
      recognisedBy: "Hội CCB tỉnh Ninh Bình",
      updatedOn: "2020-01-02",
    });
  });
});

describe("person rows respect the consent scope", () => {
  it.each([
    {
      consent: { birthYear: true, photo: true },
      birthYear: 1952,
      portraitUrl: "https://dvk.ccbninhbinh.vn/_astro/chan-dung.abc123.jpg",
    },
    {
      consent: { birthYear: false, photo: true },
      birthYear: null,
      portraitUrl: "https://dvk.ccbninhbinh.vn/_astro/chan-dung.abc123.jpg",
    },
    { consent: { birthYear: true, photo: false }, birthYear: 1952, portraitUrl: null },
    { consent: { birthYear: false, photo: false }, birthYear: null, portraitUrl: null },
  ])("consent $consent → birthYear $birthYear, portrait $portraitUrl", ({ consent: scope, birthYear, portraitUrl }) => {
    // The input carries a birth year and a portrait even where consent does not cover them.
    const [row] = personRows([person({}, scope)], context);
    expect(row!["birthYear"]).toBe(birthYear);
    expect(row!["portraitUrl"]).toBe(portraitUrl);
    expect(row!["portraitCredit"]).toBe(portraitUrl ? portrait.credit : null);
    const csv = toCsv(personColumns, personRows([person({}, scope)], context));
    expect(csv.includes("1952")).toBe(birthYear !== null);
    expect(csv.includes("chan-dung")).toBe(portraitUrl !== null);
  });

  it("never exports the consent record", () => {
    const rows = personRows([person()], context);
    const outputs = [
      toCsv(personColumns, rows),
      toJson(openDataDocument(rows, openDataFile("people", context.site), meta)),
    ];
    for (const output of outputs) {
      for (const secret of ["consent", "formKeptAt", "signedOn", "withdrawn", consent.formKeptAt, consent.signedOn]) {
        expect(output).not.toContain(secret);
      }
    }
    expect(personColumns.map((c) => c.key)).not.toContain("consent");
  });

  it.each([
    ["withdrawn consent", person({}, { withdrawn: true, withdrawnOn: "2019-01-01" } as Partial<typeof consent>)],
    ["no consent to the name", person({}, { name: false })],
    ["a draft", person({ draft: true })],
  ])("leaves out %s", (_, entry) => {
    expect(personRows([entry], context)).toEqual([]);
  });

  it("reads the person's url under /dien-hinh/", () => {
    expect(personRows([person()], context)[0]!["url"]).toBe("https://dvk.ccbninhbinh.vn/dien-hinh/dinh-van-binh/");
  });
});

describe("CSV", () => {
  const tricky = model({
    title: "Mô hình “Tiếng kẻng”, an ninh thôn",
    summary: 'Dòng một, có "ngoặc kép"\ndòng hai của tóm tắt.',
  });
  const csv = toCsv(modelColumns, modelRows([model(), tricky], context));
  const lines = csv.slice(1).split("\r\n");

  it("starts with a UTF-8 byte-order mark and the column keys", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toBe(modelColumns.map((c) => c.key).join(","));
  });

  it("ends every record with CRLF", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
  });

  it.each([
    ["a comma", '"Mô hình “Tiếng kẻng”, an ninh thôn"'],
    ["quotes and a line break", '"Dòng một, có ""ngoặc kép""\ndòng hai của tóm tắt."'],
    ["the tag separator", "nuôi ong; giảm nghèo"],
  ])("handles %s", (_, expected) => {
    expect(csv).toContain(expected);
  });

  it("writes flags as true/false and missing values as empty cells", () => {
    expect(lines[1]!.endsWith(",2018-05-20,,true")).toBe(true);
  });

  it("keeps Vietnamese letters as they are (NFC, no escapes)", () => {
    expect(csv).toContain("Hội CCB huyện Nho Quan");
    expect(csv).toContain("Phát triển kinh tế");
  });
});

describe("data files", () => {
  it("have stable addresses beside each other", () => {
    expect(openDataFile("models", context.site)).toEqual({
      title: "Dữ liệu mở về mô hình Dân vận khéo tập thể",
      jsonUrl: "https://dvk.ccbninhbinh.vn/du-lieu/mo-hinh.json",
      csvUrl: "https://dvk.ccbninhbinh.vn/du-lieu/mo-hinh.csv",
      schemaUrl: "https://dvk.ccbninhbinh.vn/du-lieu/mo-hinh.schema.json",
    });
    expect(openDataFile("people", context.site).csvUrl).toBe("https://dvk.ccbninhbinh.vn/du-lieu/dien-hinh.csv");
  });

  it("are cited like a story: publisher, title, address, day", () => {
    expect(dataCitation(openDataFile("people", context.site), meta)).toBe(
      "Hội Cựu chiến binh tỉnh Ninh Bình, “Dữ liệu mở về điển hình Dân vận khéo cá nhân”, https://dvk.ccbninhbinh.vn/du-lieu/dien-hinh.csv, ngày 15/10/2020.",
    );
  });
});

describe("JSON document", () => {
  it("wraps the same rows with schema, licence, source, day and citation", () => {
    const rows = modelRows([model()], context);
    const file = openDataFile("models", context.site);
    const document = JSON.parse(toJson(openDataDocument(rows, file, meta)));
    expect(document).toEqual({
      $schema: file.schemaUrl,
      license: "CC BY 4.0",
      licenseUrl: "https://creativecommons.org/licenses/by/4.0/deed.vi",
      source: meta.source,
      generated: "2020-10-15",
      citation: dataCitation(file, meta),
      items: rows,
    });
  });
});

describe("schemas of the exports", () => {
  const recognised = model({
    status: "recognised",
    recognition: { decisionNumber: "15/QĐ-CCB", date: "2019-10-10", by: "tinh" },
  });

  it.each([
    ["models", modelColumns, modelRows([model(), recognised], context)],
    ["people", personColumns, personRows([person(), person({}, { photo: false, birthYear: false })], context)],
  ] as const)("%s: every exported row fits its row schema", (_, columns, rows) => {
    const schema = rowSchema(columns as typeof modelColumns);
    for (const row of rows) expect(schema.safeParse(row).error).toBeUndefined();
  });

  it.each([
    ["an unknown status", { status: "approved" }],
    ["an impossible day", { registeredOn: "2019-02-30" }],
    ["an id with capitals", { id: "Nuoi-Ong" }],
    ["a missing column", { summary: undefined }],
    ["an extra column", { consent: "true" }],
  ])("a row with %s does not fit", (_, change) => {
    const [row] = modelRows([model()], context);
    expect(rowSchema(modelColumns).safeParse({ ...row, ...change }).success).toBe(false);
  });

  it("the document schema accepts the document", () => {
    const rows = modelRows([model()], context);
    const document = openDataDocument(rows, openDataFile("models", context.site), meta);
    expect(documentSchema(modelColumns).safeParse(document).error).toBeUndefined();
  });

  /** The parts of a generated JSON Schema read here. */
  interface GeneratedSchema {
    $schema: string;
    $id: string;
    description: string;
    properties: {
      items: { items: { properties: Record<string, Record<string, unknown>>; required: string[] } };
    };
  }
  const schemaOf = (columns: typeof modelColumns, file: OpenDataFile) =>
    openDataJsonSchema(columns, file, meta) as unknown as GeneratedSchema;

  describe.each([
    ["models", modelColumns, openDataFile("models", context.site)],
    ["people", personColumns, openDataFile("people", context.site)],
  ] as const)("the JSON Schema of %s", (_, columns, file) => {
    const schema = schemaOf(columns as typeof modelColumns, file);
    const item = schema.properties.items.items;

    it("is draft-07, names itself and says how to read the CSV, the licence and how to cite", () => {
      expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
      expect(schema.$id).toBe(file.schemaUrl);
      for (const part of [file.csvUrl, file.jsonUrl, "UTF-8", "CC BY 4.0", dataCitation(file, meta)]) {
        expect(schema.description).toContain(part);
      }
    });

    it("lists every column in order, each required and described", () => {
      const keys = columns.map((c) => c.key);
      expect(Object.keys(item.properties)).toEqual(keys);
      expect(item.required).toEqual(keys);
      for (const key of keys) expect(item.properties[key]!["description"], key).toMatch(/\S{3}/);
    });
  });

  it("takes each stored value's rules from the entry schema", () => {
    const item = schemaOf(modelColumns, openDataFile("models", context.site)).properties.items.items.properties;
    expect(item["status"]).toMatchObject({ type: "string", enum: ["registered", "building", "recognised"] });
    expect(item["field"]!["enum"]).toEqual(["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "he-thong-chinh-tri"]);
    expect(item["registeredOn"]).toMatchObject({ type: "string", format: "date" });
    expect(item["summary"]).toMatchObject({ minLength: 20, maxLength: 400 });
    expect(item["updatedOn"]!["anyOf"]).toEqual([{ type: "string", format: "date" }, { type: "null" }]);
    expect(item["sample"]).toMatchObject({ type: "boolean" });
  });
});
