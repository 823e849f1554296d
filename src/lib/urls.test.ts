import { describe, expect, it } from "vitest";
import { isReservedId, storyKindOf, storyPath } from "./urls";

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
