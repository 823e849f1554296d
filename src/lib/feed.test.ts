import { describe, expect, it } from "vitest";
import { feedItems, latestStories, storyPath, type StorySources } from "./feed";

const summary = "Một hai câu tóm tắt đủ dài để qua kiểm tra.";

const sources: StorySources = {
  models: [
    { id: "nuoi-ong", data: { title: "Nuôi ong lấy mật", summary, field: "kinh-te", publishedOn: "2018-05-20" } },
    {
      id: "tieng-keng",
      data: { title: "Tiếng kẻng an ninh", summary, field: "quoc-phong-an-ninh", publishedOn: "2019-02-01" },
    },
  ],
  people: [
    {
      id: "dinh-van-binh",
      data: { name: "Đinh Văn Bình", summary, field: "van-hoa-xa-hoi", publishedOn: "2019-02-01" },
    },
  ],
  news: [{ id: "so-ket-2018", data: { title: "Sơ kết phong trào năm 2018", summary, publishedOn: "2018-12-30" } }],
};

describe("storyPath", () => {
  it.each([
    ["models", "nuoi-ong", "/mo-hinh/nuoi-ong/"],
    ["people", "dinh-van-binh", "/dien-hinh/dinh-van-binh/"],
    ["news", "so-ket-2018", "/tin-tuc/so-ket-2018/"],
  ] as const)("%s/%s → %s", (kind, id, path) => {
    expect(storyPath(kind, id)).toBe(path);
  });
});

describe("latestStories", () => {
  it("merges the three kinds, newest first, same-day ties by Vietnamese title", () => {
    // "Đinh" sorts after "D…" and before "T…" in Vietnamese collation.
    expect(latestStories(sources).map((s) => `${s.kind}:${s.id}`)).toEqual([
      "people:dinh-van-binh",
      "models:tieng-keng",
      "news:so-ket-2018",
      "models:nuoi-ong",
    ]);
  });

  it("returns an empty list when nothing is published", () => {
    expect(latestStories({ models: [], people: [], news: [] })).toEqual([]);
  });
});

describe("feedItems", () => {
  const items = feedItems(sources);

  it.each([
    [0, { title: "Đinh Văn Bình", link: "/dien-hinh/dinh-van-binh/", categories: ["Văn hoá – xã hội"] }],
    [1, { title: "Tiếng kẻng an ninh", link: "/mo-hinh/tieng-keng/", categories: ["Quốc phòng – an ninh"] }],
    [2, { title: "Sơ kết phong trào năm 2018", link: "/tin-tuc/so-ket-2018/", categories: [] }],
    [3, { title: "Nuôi ong lấy mật", link: "/mo-hinh/nuoi-ong/", categories: ["Phát triển kinh tế"] }],
  ])("item %i", (index, expected) => {
    expect(items[index]).toMatchObject({ ...expected, description: summary });
  });

  it("dates an item at midnight in Vietnam, not UTC", () => {
    expect(items[3]!.pubDate.toISOString()).toBe("2018-05-19T17:00:00.000Z");
  });
});
