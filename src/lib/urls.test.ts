import { describe, expect, it } from "vitest";
import {
  PAGE_PATHS,
  PAGEFIND_SCRIPT_PATH,
  PRESS_DATA_PATH,
  documentPath,
  fieldFeedPath,
  fieldPath,
  handoutPath,
  isHandoutPath,
  isReservedId,
  openDataPath,
  reportBase,
  reportPath,
  reportsCampaignAnchor,
  reportsOfCampaignPath,
  storyKindOf,
  storyListPath,
  storyPath,
  targetsCsvPath,
  targetsPath,
  unitFeedPath,
  unitPath,
} from "./urls";

describe("storyPath", () => {
  it.each([
    ["models", "nuoi-ong", "/mo-hinh/nuoi-ong/"],
    ["people", "dinh-van-binh", "/dien-hinh/dinh-van-binh/"],
    ["news", "so-ket-2018", "/tin-tuc/so-ket-2018/"],
  ] as const)("%s/%s → %s", (kind, id, path) => {
    expect(storyPath(kind, id)).toBe(path);
  });
});

describe("storyKindOf", () => {
  it.each([
    ["models", "models"],
    ["people", "people"],
    ["news", "news"],
    ["units", undefined],
    ["documents", undefined],
    ["settings", undefined],
  ])("%s → %s", (collection, kind) => {
    expect(storyKindOf(collection)).toBe(kind);
  });
});

describe("handoutPath", () => {
  it.each([
    ["models", "nuoi-ong", "/mo-hinh/nuoi-ong/in/"],
    ["people", "dinh-van-binh", "/dien-hinh/dinh-van-binh/in/"],
  ] as const)("%s/%s → %s", (kind, id, path) => {
    expect(handoutPath(kind, id)).toBe(path);
  });
});

describe("isHandoutPath", () => {
  it.each([
    ["/mo-hinh/nuoi-ong/in/", true],
    ["/dien-hinh/dinh-van-binh/in/", true],
    ["/mo-hinh/nuoi-ong/", false],
    ["/tin-tuc/so-ket/in/", false],
    ["/mo-hinh/in/", false],
    ["/mo-hinh/nuoi-ong/in/x/", false],
    ["/mo-hinh/nuoi-ong/in", false],
  ])("%s → %s", (path, expected) => {
    expect(isHandoutPath(path)).toBe(expected);
  });
});

describe("unitPath", () => {
  it.each([
    ["xa-gia-sinh", "/don-vi/xa-gia-sinh/"],
    ["tinh", "/don-vi/tinh/"],
  ])("%s → %s", (id, path) => {
    expect(unitPath(id)).toBe(path);
  });
});

describe("isReservedId", () => {
  it.each([
    ["2", true],
    ["10", true],
    ["0", true],
    ["trang", true],
    ["in", true],
    ["rss", true],
    ["index", true],
    ["mo-hinh-2", false],
    ["2-nam", false],
    ["trang-trai", false],
    ["in-an", false],
  ])("%s → %s", (id, reserved) => {
    expect(isReservedId(id)).toBe(reserved);
  });
});

/** The site map of PRODUCT.md, written out: each builder gives the path the contract names. */
describe("the site map's paths", () => {
  it.each([
    ["storyListPath models", storyListPath("models"), "/mo-hinh/"],
    ["storyListPath people", storyListPath("people"), "/dien-hinh/"],
    ["storyListPath news", storyListPath("news"), "/tin-tuc/"],
    ["unitFeedPath", unitFeedPath("huyen-nho-quan"), "/don-vi/huyen-nho-quan/rss.xml"],
    ["fieldPath", fieldPath("kinh-te"), "/linh-vuc/kinh-te/"],
    ["fieldFeedPath", fieldFeedPath("kinh-te"), "/linh-vuc/kinh-te/rss.xml"],
    ["targetsPath", targetsPath("2021-2025"), "/chi-tieu/2021-2025/"],
    ["targetsCsvPath", targetsCsvPath("2021-2025"), "/chi-tieu/2021-2025.csv"],
    ["reportsOfCampaignPath", reportsOfCampaignPath("2021-2025"), "/bao-cao/#giai-doan-2021-2025"],
    ["reportsCampaignAnchor", reportsCampaignAnchor("2021-2025"), "giai-doan-2021-2025"],
    ["reportBase of the province", reportBase("2021-2025", "2023-nam"), "/bao-cao/2021-2025/2023-nam"],
    ["reportBase of a unit", reportBase("2021-2025", "2023-nam", "nho-quan"), "/bao-cao/2021-2025/2023-nam/nho-quan"],
    ["reportPath of the province", reportPath("2021-2025", "2023-nam"), "/bao-cao/2021-2025/2023-nam/"],
    ["reportPath of a unit", reportPath("2021-2025", "2023-nam", "nho-quan"), "/bao-cao/2021-2025/2023-nam/nho-quan/"],
    ["documentPath", documentPath("ke-hoach-01"), "/van-ban/ke-hoach-01/"],
    ["openDataPath models csv", openDataPath("models", "csv"), "/du-lieu/mo-hinh.csv"],
    ["openDataPath people json", openDataPath("people", "json"), "/du-lieu/dien-hinh.json"],
    ["openDataPath people schema", openDataPath("people", "schema.json"), "/du-lieu/dien-hinh.schema.json"],
    ["PRESS_DATA_PATH", PRESS_DATA_PATH, "/bao-chi/#du-lieu"],
    ["PAGEFIND_SCRIPT_PATH", PAGEFIND_SCRIPT_PATH, "/pagefind/pagefind.js"],
  ])("%s → %s", (_name, path, expected) => {
    expect(path).toBe(expected);
  });

  it.each([
    ["home", "/"],
    ["units", "/don-vi/"],
    ["targets", "/chi-tieu/"],
    ["reports", "/bao-cao/"],
    ["documents", "/van-ban/"],
    ["about", "/gioi-thieu/"],
    ["search", "/tim-kiem/"],
    ["press", "/bao-chi/"],
    ["forms", "/bieu-mau/"],
    ["rights", "/quyen-cua-nguoi-duoc-gioi-thieu/"],
    ["accessibility", "/ho-tro-tiep-can/"],
    ["feed", "/rss.xml"],
    ["admin", "/admin/"],
  ] as const)("PAGE_PATHS.%s is %s", (page, path) => {
    expect(PAGE_PATHS[page]).toBe(path);
  });
});
