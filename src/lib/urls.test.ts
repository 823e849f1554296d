import { describe, expect, it } from "vitest";
import { handoutPath, isHandoutPath, isReservedId, storyKindOf, storyPath, unitPath } from "./urls";

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
