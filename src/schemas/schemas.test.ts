import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { collectionFormats, schemasFor } from "./index";
import { modelSchema } from "./model";
import { isPublishable, personSchema } from "./person";
import { COLLECTIONS, type SchemaContext } from "./shared";
import { describeSchema, fieldsIn } from "./walk";

/** Outside Astro, an image is its path. */
const context: SchemaContext = { image: () => z.string() };
const schemas = schemasFor(context);

/** Every field path of a schema, walking through wrappers, arrays and nested objects. */
function fieldPaths(schema: z.ZodType): string[] {
  return [...fieldsIn(describeSchema(schema))].map((field) => field.path.join("."));
}

/**
 * Personal data the portal must never hold about a person. Names are compared in lower case
 * without separators, so `idNumber`, `id_number` and `soDienThoai` are all caught.
 */
const FORBIDDEN = [
  ["phone", /phone|dienthoai|sodt/],
  ["address", /address|diachi/],
  ["idNumber", /idnumber|identity|passport|socmnd|socccd/],
  ["cccd", /cccd/],
  ["cmnd", /cmnd/],
  ["email", /e?mail/],
] as const;

/**
 * The association's own office contact, which the press room publishes: not personal data.
 * `settings.pressContact.phone` is the office telephone, like its e-mail.
 */
const ALLOWED = new Set(["settings.address", "settings.pressContact.email", "settings.pressContact.phone"]);

function forbiddenFieldsOf(collection: string, schema: z.ZodType): string[] {
  return fieldPaths(schema)
    .map((path) => `${collection}.${path}`)
    .filter((path) => {
      const key = (path.split(".").pop() ?? "").toLowerCase().replace(/[^a-z]/g, "");
      return FORBIDDEN.some(([, pattern]) => pattern.test(key)) && !ALLOWED.has(path);
    });
}

describe("no schema holds personal contact or identity data", () => {
  it("the walker sees nested fields (so that an empty result means something)", () => {
    const settings = fieldPaths(schemas.settings);
    expect(settings).toEqual(
      expect.arrayContaining(["address", "pressContact.email", "pressContact.phone", "social.url"]),
    );
    expect(fieldPaths(schemas.people)).toEqual(expect.arrayContaining(["consent.formKeptAt", "portrait.credit"]));
    expect(fieldPaths(schemas.models)).toEqual(
      expect.arrayContaining(["recognition.decisionNumber", "awards.by", "results.value"]),
    );
  });

  it.each([
    ["phone", z.object({ phone: z.string() })],
    ["soDienThoai", z.object({ contact: z.object({ soDienThoai: z.string() }) })],
    ["homeAddress", z.object({ homeAddress: z.string().optional() })],
    ["id_number", z.array(z.object({ id_number: z.string() }))],
    [
      "cccd",
      z
        .object({ cccd: z.string() })
        .strict()
        .refine(() => true),
    ],
    ["CMND", z.object({ CMND: z.string() })],
    ["email", z.object({ email: z.string().default("") })],
  ])("the check catches %s", (name, schema) => {
    expect(forbiddenFieldsOf("test", schema)).toEqual([expect.stringContaining(name)]);
  });

  it.each(COLLECTIONS)("%s has no such field", (collection) => {
    expect(forbiddenFieldsOf(collection, schemas[collection])).toEqual([]);
  });
});

describe("every collection", () => {
  it.each(COLLECTIONS)("%s has a schema and a storage format", (collection) => {
    expect(schemas[collection]).toBeDefined();
    expect(["mdx", "yaml"]).toContain(collectionFormats[collection]);
  });
});

/** Fields that models and people share (`storyBase`). */
const storyFields = {
  summary: "Chi hội vận động các hộ hiến đất, góp công làm đường bê tông và tự quản giữ đường sạch.",
  unit: "nho-quan",
  field: "kinh-te",
  campaign: "2016-2020",
  registeredOn: "2016-10-20",
  publishedOn: "2020-10-15",
};

const validModel = {
  ...storyFields,
  title: "Tổ tự quản đường làng thôn Đồng Tâm",
  cover: {
    src: "../../assets/duong-lang.jpg",
    alt: "Người dân đổ bê tông đường thôn",
    credit: "Hội CCB huyện Nho Quan",
  },
};

describe("modelSchema", () => {
  const schema = modelSchema(context);

  it("parses a valid model and fills the defaults", () => {
    const parsed = schema.parse(validModel);
    expect(parsed).toMatchObject({
      status: "registered",
      awards: [],
      results: [],
      gallery: [],
      tags: [],
      featured: false,
      draft: false,
      sample: false,
    });
    expect(parsed.title).toBe(validModel.title);
    expect(parsed.cover.src).toBe(validModel.cover.src);
  });

  it("fills the default occasion of an award", () => {
    const parsed = schema.parse({
      ...validModel,
      awards: [{ title: "Giấy khen của Hội CCB huyện", date: "2018-07-27", by: "nho-quan" }],
    });
    expect(parsed.awards[0]?.occasion).toBe("khac");
  });

  it("trims text", () => {
    expect(schema.parse({ ...validModel, title: "  Tổ tự quản đường làng  " }).title).toBe("Tổ tự quản đường làng");
  });

  it.each([
    ["recognised without a decision", { status: "recognised" }, "recognition"],
    [
      "a decision while only registered",
      { recognition: { decisionNumber: "15/QĐ-CCB", date: "2018-06-15", by: "nho-quan" } },
      "status",
    ],
    [
      "recognised before registered",
      { status: "recognised", recognition: { decisionNumber: "15/QĐ-CCB", date: "2015-01-01", by: "nho-quan" } },
      "recognition.date",
    ],
    ["an impossible date", { registeredOn: "2024-02-30" }, "registeredOn"],
    ["a field outside the four", { field: "nong-nghiep" }, "field"],
    ["an id that is not ASCII", { unit: "Nho Quan" }, "unit"],
    ["a result value as a number", { results: [{ label: "Hộ thoát nghèo", value: 12 }] }, "results.0.value"],
    ["coordinates outside Ninh Bình", { place: { commune: "xã Gia Lâm", lat: 10.8 } }, "place.lat"],
    ["an unknown field", { phone: "0912345678" }, ""],
    ["a cover without credit", { cover: { src: "a.jpg", alt: "Ảnh đường thôn" } }, "cover.credit"],
  ])("refuses %s", (_what, change, path) => {
    const result = schema.safeParse({ ...validModel, ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

describe("personSchema and isPublishable", () => {
  const schema = personSchema(context);
  const consent = { name: true, signedOn: "2020-09-01", formKeptAt: "Văn phòng Hội CCB huyện Nho Quan" };
  const person = {
    ...storyFields,
    name: "Nguyễn Văn Minh",
    honorific: "Ông",
    position: "Chi hội trưởng",
    consent,
  };

  it("parses a valid person and fills the consent defaults", () => {
    const parsed = schema.parse(person);
    expect(parsed.consent).toEqual({ ...consent, photo: false, birthYear: false, story: false, withdrawn: false });
  });

  it.each([
    ["standing consent", true, {}, {}],
    ["a draft", false, { draft: true }, {}],
    ["consent withdrawn", false, {}, { withdrawn: true, withdrawnOn: "2021-03-01" }],
    ["no consent to the name", false, {}, { name: false }],
  ])("%s → publishable: %s", (_what, publishable, change, consentChange) => {
    const parsed = schema.parse({ ...person, ...change, consent: { ...consent, ...consentChange } });
    expect(isPublishable(parsed)).toBe(publishable);
  });

  it("requires the date of a withdrawal", () => {
    const result = schema.safeParse({ ...person, consent: { ...consent, withdrawn: true } });
    expect(result.success).toBe(false);
  });
});

describe("unitSchema: history rules of one file", () => {
  const unit = { name: "Hội Cựu chiến binh xã Thử", shortName: "Thử", level: "xa", parent: "huyen-thu" };

  it.each<[string, Record<string, unknown>, string | undefined]>([
    ["a unit older than every campaign, still running", {}, undefined],
    ["a merged unit with its last day", { validTo: "2025-06-30", successor: "xa-moi" }, undefined],
    ["a successor without a last day", { successor: "xa-moi" }, "validTo"],
    ["a last day before the first", { validFrom: "2020-01-01", validTo: "2019-12-31" }, "validTo"],
    [
      "parent changes in date order within its life",
      { parentChanges: [{ on: "2025-01-01", parent: "tp-moi" }], validTo: "2025-06-30" },
      undefined,
    ],
    [
      "a parent change after its last day",
      { parentChanges: [{ on: "2025-07-01", parent: "tp-moi" }], validTo: "2025-06-30" },
      "parentChanges.0.on",
    ],
    [
      "parent changes out of order",
      {
        parentChanges: [
          { on: "2025-01-01", parent: "a" },
          { on: "2024-01-01", parent: "b" },
        ],
      },
      "parentChanges.1.on",
    ],
    ["a commune without parent", { parent: undefined }, "parent"],
  ])("%s", (_, extra, failingPath) => {
    const result = schemas.units.safeParse({ ...unit, ...extra });
    if (failingPath === undefined) expect(result.error?.issues).toBeUndefined();
    else expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(failingPath);
  });
});

describe("campaignSchema: a campaign lists its own levels", () => {
  const campaign = {
    title: "Giai đoạn thử",
    startsOn: "2026-01-01",
    endsOn: "2030-12-31",
    summary: "Một giai đoạn để thử.",
  };

  it.each<[string, unknown, string | undefined]>([
    [
      "two levels with targets",
      [
        { level: "tinh", collective: 2, individual: 2 },
        { level: "xa", collective: 1 },
      ],
      undefined,
    ],
    ["a level with unknown targets", [{ level: "xa" }], undefined],
    ["no level at all", [], "levels"],
    ["a level twice", [{ level: "xa" }, { level: "xa", collective: 1 }], "levels.1.level"],
    ["a level the association does not have", [{ level: "thon" }], "levels.0.level"],
  ])("%s", (_, levels, failingPath) => {
    const result = schemas.campaigns.safeParse({ ...campaign, levels });
    if (failingPath === undefined) expect(result.error?.issues).toBeUndefined();
    else expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(failingPath);
  });

  it("leaves an unwritten target unknown, never zero", () => {
    const parsed = schemas.campaigns.parse({ ...campaign, levels: [{ level: "xa" }] }) as {
      levels: { collective: number | null }[];
    };
    expect(parsed.levels[0]?.collective).toBeNull();
  });
});

describe("a rule across fields", () => {
  const consent = { name: true, signedOn: "2020-09-01", formKeptAt: "Văn phòng Hội CCB huyện Nho Quan" };
  const person = { ...storyFields, name: "Nguyễn Văn Minh", honorific: "Ông", position: "Chi hội trưởng", consent };
  const unit = {
    name: "Hội CCB huyện Nho Quan",
    shortName: "Nho Quan",
    level: "huyen",
    parent: "tinh",
    validFrom: "2016-01-01",
  };
  const campaign = {
    title: "Giai đoạn 2016–2020",
    startsOn: "2016-01-01",
    endsOn: "2020-12-31",
    summary: "Phong trào thi đua “Dân vận khéo” của Hội CCB tỉnh giai đoạn 2016–2020.",
    levels: [{ level: "tinh", collective: 2, individual: 2 }],
  };
  const document = {
    title: "Kế hoạch 20-KH/TU",
    kind: "ke-hoach",
    issuer: "Tỉnh uỷ Ninh Bình",
    year: 2016,
    summary: "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2016–2020.",
  };

  it.each([
    ["models", validModel, { summary: "ngắn", status: "recognised" }, ["summary", "recognition"]],
    ["people", person, { name: "A", birthYear: 1950 }, ["name", "birthYear"]],
    ["units", unit, { shortName: "N", validTo: "2015-01-01" }, ["shortName", "validTo"]],
    ["campaigns", campaign, { title: "GĐ", endsOn: "2015-12-31" }, ["title", "endsOn"]],
    ["documents", document, { summary: "Ngắn.", issuedOn: "2017-03-01" }, ["summary", "year"]],
  ] as const)("of %s is checked in the same pass as a field's own problem", (collection, valid, change, paths) => {
    expect(schemas[collection].safeParse(valid).success).toBe(true);
    const result = schemas[collection].safeParse({ ...valid, ...change });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(paths);
  });
});
