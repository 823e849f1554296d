import { describe, expect, it } from "vitest";
import { isEmptySearch, readSearchState, searchHref, searchStateParams, type SearchState } from "./search-state";

const state = (partial: Partial<SearchState>): SearchState => ({
  query: "",
  facets: {},
  sort: "relevance",
  page: 1,
  ...partial,
});

describe("readSearchState", () => {
  it.each([
    ["an empty address", "", state({})],
    ["a query", "q=nu%C3%B4i+ong", state({ query: "nuôi ong" })],
    ["a query typed in NFD", `q=${encodeURIComponent("Đảng".normalize("NFD"))}`, state({ query: "Đảng" })],
    [
      "facets by their Vietnamese parameters",
      "loai=mo-hinh&linh-vuc=kinh-te&huyen=gia-vien&don-vi=xa-gia-sinh&giai-doan=2016-2020&trang-thai=da-cong-nhan&nam=2018",
      state({
        facets: {
          type: "mo-hinh",
          field: "kinh-te",
          district: "gia-vien",
          unit: "xa-gia-sinh",
          campaign: "2016-2020",
          status: "da-cong-nhan",
          year: "2018",
        },
      }),
    ],
    ["newest first", "q=x&sap-xep=moi-nhat", state({ query: "x", sort: "newest" })],
    ["an unknown sort falls back to relevance", "q=x&sap-xep=abc", state({ query: "x" })],
    ["a page", "q=x&trang=3", state({ query: "x", page: 3 })],
    ["a page that is not a whole number ≥ 2 is page 1", "q=x&trang=-2", state({ query: "x" })],
    ["a page of 2.5 is page 1", "q=x&trang=2.5", state({ query: "x" })],
    ["empty facet values are ignored", "loai=&q=x", state({ query: "x" })],
  ])("%s", (_case, search, expected) => {
    expect(readSearchState(new URLSearchParams(search))).toEqual(expected);
  });
});

describe("searchStateParams", () => {
  it.each([
    [state({}), ""],
    [state({ query: "nuôi ong" }), "q=nu%C3%B4i+ong"],
    [
      state({ query: "x", page: 2, sort: "newest", facets: { unit: "xa-gia-sinh", type: "mo-hinh" } }),
      "q=x&loai=mo-hinh&don-vi=xa-gia-sinh&sap-xep=moi-nhat&trang=2",
    ],
  ])("%j → %j", (given, search) => {
    expect(searchStateParams(given).toString()).toBe(search);
  });

  it.each([
    [state({ query: '"dân vận khéo"', facets: { field: "kinh-te" }, page: 4 })],
    [state({ query: "Đinh Văn Toàn", sort: "newest" })],
    [state({ facets: { year: "2020", status: "da-cong-nhan" } })],
  ])("reads back what it writes: %j", (given) => {
    expect(readSearchState(searchStateParams(given))).toEqual(given);
  });

  it("builds links to the search page", () => {
    expect(searchHref("/tim-kiem/", state({}))).toBe("/tim-kiem/");
    expect(searchHref("/tim-kiem/", state({ query: "a b" }))).toBe("/tim-kiem/?q=a+b");
  });

  it.each([
    [state({}), true],
    [state({ query: "x" }), false],
    [state({ facets: { type: "tin-tuc" } }), false],
  ])("%j is empty: %s", (given, empty) => {
    expect(isEmptySearch(given)).toBe(empty);
  });
});
