import { describe, expect, it } from "vitest";
import {
  citationLine,
  lastUpdated,
  modelQuickFacts,
  newsQuickFacts,
  personQuickFacts,
  shareImagePath,
  shareLinks,
  type ModelPressSource,
} from "./press";
import type { FactsContext } from "./story-facts";

const context: FactsContext = {
  unitName: (id) =>
    ({ "nho-quan": "Hội Cựu chiến binh huyện Nho Quan", "xa-cuc-phuong": "Hội Cựu chiến binh xã Cúc Phương" })[id] ??
    id,
  campaignTitle: (id) => ({ "2016-2020": "Giai đoạn 2016–2020" })[id] ?? id,
};

describe("lastUpdated", () => {
  it.each([
    [{ publishedOn: "2017-04-10" }, "2017-04-10"],
    [{ publishedOn: "2017-04-10", updatedOn: undefined }, "2017-04-10"],
    [{ publishedOn: "2017-04-10", updatedOn: "2020-10-20" }, "2020-10-20"],
  ])("%j → %s", (dates, expected) => {
    expect(lastUpdated(dates)).toBe(expected);
  });
});

describe("citationLine", () => {
  it.each([
    [
      "a model, updated",
      {
        organisation: "Hội Cựu chiến binh tỉnh Ninh Bình",
        title: "Tổ hợp tác nuôi ong của cựu chiến binh xã Cúc Phương",
        url: "https://dvk.ccbninhbinh.vn/mo-hinh/to-nuoi-ong-thu-nghiem/",
        updatedOn: "2020-10-20",
      },
      "Hội Cựu chiến binh tỉnh Ninh Bình, “Tổ hợp tác nuôi ong của cựu chiến binh xã Cúc Phương”, https://dvk.ccbninhbinh.vn/mo-hinh/to-nuoi-ong-thu-nghiem/, ngày 20/10/2020.",
    ],
    [
      "a person, with title of address",
      {
        organisation: "Hội Cựu chiến binh tỉnh Ninh Bình",
        title: "Ông Đặng Quốc Khánh",
        url: "https://dvk.ccbninhbinh.vn/dien-hinh/dang-van-quy/",
        updatedOn: "2017-05-02",
      },
      "Hội Cựu chiến binh tỉnh Ninh Bình, “Ông Đặng Quốc Khánh”, https://dvk.ccbninhbinh.vn/dien-hinh/dang-van-quy/, ngày 02/05/2017.",
    ],
  ])("%s", (_, source, expected) => {
    expect(citationLine(source)).toBe(expected);
  });
});

const model: ModelPressSource = {
  field: "kinh-te",
  unit: "xa-cuc-phuong",
  campaign: "2016-2020",
  status: "recognised",
  registeredOn: "2016-10-20",
  recognition: { decisionNumber: "14/QĐ-CCB", date: "2017-03-15", by: "nho-quan" },
  results: [
    { label: "tổ viên", value: "16 hộ" },
    { label: "đàn ong duy trì", value: "540 đàn" },
  ],
};

describe("modelQuickFacts", () => {
  it("names the unit, the field (in lower case inside the sentence), the campaign, the decision and the results", () => {
    expect(modelQuickFacts(model, context)).toEqual([
      "Mô hình “Dân vận khéo” tập thể của Hội Cựu chiến binh xã Cúc Phương, lĩnh vực phát triển kinh tế.",
      "Thuộc phong trào thi đua “Dân vận khéo” giai đoạn 2016–2020.",
      "Được công nhận theo quyết định số 14/QĐ-CCB ngày 15/03/2017 của Hội Cựu chiến binh huyện Nho Quan.",
      "Kết quả: tổ viên: 16 hộ; đàn ong duy trì: 540 đàn.",
    ]);
  });

  it.each([
    ["registered", "Đăng ký ngày 20/10/2016, chưa được công nhận."],
    ["building", "Đăng ký ngày 20/10/2016, đang xây dựng, chưa được công nhận."],
  ] as const)("a %s model says how far it has come, and a model without results has no result line", (status, line) => {
    const facts = modelQuickFacts({ ...model, status, recognition: undefined, results: [] }, context);
    expect(facts).toHaveLength(3);
    expect(facts[2]).toBe(line);
  });
});

describe("personQuickFacts", () => {
  it("names the person with title of address, position and unit", () => {
    const facts = personQuickFacts(
      {
        ...model,
        field: "van-hoa-xa-hoi",
        honorific: "Bà",
        name: "Đỗ Thị Hằng",
        position: "Chi hội trưởng",
        status: "building",
        recognition: undefined,
      },
      context,
    );
    expect(facts).toEqual([
      "Bà Đỗ Thị Hằng, Chi hội trưởng, Hội Cựu chiến binh xã Cúc Phương; điển hình “Dân vận khéo” lĩnh vực văn hoá – xã hội.",
      "Thuộc phong trào thi đua “Dân vận khéo” giai đoạn 2016–2020.",
      "Đăng ký ngày 20/10/2016, đang xây dựng, chưa được công nhận.",
    ]);
  });
});

describe("newsQuickFacts", () => {
  it.each([
    [{ publishedOn: "2020-10-16" }, ["Bản tin đăng ngày 16/10/2020."]],
    [
      { publishedOn: "2020-10-16", campaign: "2016-2020" },
      ["Bản tin đăng ngày 16/10/2020.", "Thuộc phong trào thi đua “Dân vận khéo” giai đoạn 2016–2020."],
    ],
  ])("%j", (item, expected) => {
    expect(newsQuickFacts(item, context)).toEqual(expected);
  });
});

describe("shareLinks", () => {
  const page = {
    url: "https://dvk.ccbninhbinh.vn/mo-hinh/to-nuoi-ong-thu-nghiem/",
    title: "Tổ hợp tác nuôi ong & “mật”",
    summary: "Một câu tóm tắt.",
  };
  const links = Object.fromEntries(shareLinks(page).map((link) => [link.network, new URL(link.href)]));

  it("offers Zalo, Facebook and e-mail, in that order", () => {
    expect(shareLinks(page).map((link) => link.network)).toEqual(["zalo", "facebook", "email"]);
  });

  it.each([
    ["zalo", "sp.zalo.me", "url"],
    ["facebook", "www.facebook.com", "u"],
  ])("%s: https to %s with the page address in ?%s=", (network, host, parameter) => {
    const link = links[network]!;
    expect(link.protocol).toBe("https:");
    expect(link.host).toBe(host);
    expect(link.searchParams.get(parameter)).toBe(page.url);
  });

  it("e-mail: subject is the title, body the summary and the address, all encoded", () => {
    const link = links["email"]!;
    expect(link.protocol).toBe("mailto:");
    const query = new URLSearchParams(link.search.replace(/\+/g, "%2B"));
    expect(query.get("subject")).toBe(page.title);
    expect(query.get("body")).toBe(`${page.summary}\n\n${page.url}`);
  });
});

describe("shareImagePath", () => {
  it.each([
    ["models", "nuoi-ong", "/anh-chia-se/mo-hinh/nuoi-ong.jpg"],
    ["people", "dang-van-quy", "/anh-chia-se/dien-hinh/dang-van-quy.jpg"],
    ["news", "so-ket-2018", "/anh-chia-se/tin-tuc/so-ket-2018.jpg"],
  ] as const)("%s/%s → %s", (kind, id, path) => {
    expect(shareImagePath(kind, id)).toBe(path);
  });
});
