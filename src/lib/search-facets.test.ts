import { describe, expect, it } from "vitest";
import { districtOf, facetValuesOf, type UnitLink } from "./search-facets";

const units = new Map<string, UnitLink>([
  ["tinh", { level: "tinh" }],
  ["gia-vien", { level: "huyen", parent: "tinh" }],
  ["khoi-co-quan-tinh", { level: "khoi", parent: "tinh" }],
  ["xa-gia-sinh", { level: "xa", parent: "gia-vien" }],
]);

describe("districtOf", () => {
  it.each([
    ["a commune belongs to its district", "xa-gia-sinh", "gia-vien"],
    ["a district is its own district", "gia-vien", "gia-vien"],
    ["the provincial agencies' bloc is its own", "khoi-co-quan-tinh", "khoi-co-quan-tinh"],
    ["the province is its own", "tinh", "tinh"],
    ["an unknown unit stays as it is", "xa-la", "xa-la"],
  ])("%s", (_rule, unit, district) => {
    expect(districtOf(unit, units)).toBe(district);
  });
});

describe("facetValuesOf", () => {
  it.each([
    [
      "a recognised model has every facet",
      {
        type: "mo-hinh" as const,
        field: "kinh-te" as const,
        unit: "xa-gia-sinh",
        campaign: "2016-2020",
        status: "recognised" as const,
        recognition: { date: "2018-05-22" },
      },
      {
        type: "mo-hinh",
        field: "kinh-te",
        unit: "xa-gia-sinh",
        district: "gia-vien",
        campaign: "2016-2020",
        status: "da-cong-nhan",
        year: "2018",
      },
    ],
    [
      "a registered person has no year",
      {
        type: "dien-hinh" as const,
        field: "van-hoa-xa-hoi" as const,
        unit: "gia-vien",
        campaign: "2021-2025",
        status: "registered" as const,
      },
      {
        type: "dien-hinh",
        field: "van-hoa-xa-hoi",
        unit: "gia-vien",
        district: "gia-vien",
        campaign: "2021-2025",
        status: "da-dang-ky",
      },
    ],
    [
      "a model with a how-to section is ready to be replicated",
      {
        type: "mo-hinh" as const,
        field: "van-hoa-xa-hoi" as const,
        unit: "gia-vien",
        campaign: "2016-2020",
        status: "building" as const,
        replication: { steps: [] },
      },
      {
        type: "mo-hinh",
        field: "van-hoa-xa-hoi",
        unit: "gia-vien",
        district: "gia-vien",
        campaign: "2016-2020",
        status: "dang-xay-dung",
        replicable: "san-sang",
      },
    ],
    ["news without a campaign has only its type", { type: "tin-tuc" as const }, { type: "tin-tuc" }],
  ])("%s", (_rule, entry, values) => {
    expect(facetValuesOf(entry, units)).toEqual(values);
  });
});
