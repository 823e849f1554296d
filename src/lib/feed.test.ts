import { describe, expect, it } from "vitest";
import {
  channelData,
  escapeXml,
  feedItems,
  latestStories,
  mediaContent,
  storiesOfField,
  storiesOfUnits,
  type FeedContext,
  type FeedImage,
  type StorySources,
} from "./feed";

const summary = "Một hai câu tóm tắt đủ dài để qua kiểm tra.";
const photo = (name: string) => ({ src: { src: `/_astro/${name}.jpg` }, alt: `Ảnh ${name}`, credit: "Hội CCB tỉnh" });

const sources: StorySources = {
  models: [
    {
      id: "nuoi-ong",
      data: {
        title: "Nuôi ong lấy mật",
        summary,
        field: "kinh-te",
        unit: "xa-cuc-phuong",
        publishedOn: "2018-05-20",
        cover: photo("ong"),
      },
    },
    {
      id: "tieng-keng",
      data: {
        title: "Tiếng kẻng an ninh",
        summary,
        field: "quoc-phong-an-ninh",
        unit: "yen-mo",
        publishedOn: "2019-02-01",
        updatedOn: "2020-01-01",
        cover: photo("keng"),
      },
    },
  ],
  people: [
    {
      id: "dinh-van-binh",
      data: {
        name: "Đinh Văn Bình",
        summary,
        field: "van-hoa-xa-hoi",
        unit: "nho-quan",
        publishedOn: "2019-02-01",
        portrait: photo("binh"),
        consent: { photo: true },
      },
    },
    {
      id: "le-thi-hoa",
      data: {
        name: "Lê Thị Thu",
        summary,
        field: "kinh-te",
        unit: "nho-quan",
        publishedOn: "2017-01-01",
        portrait: photo("thu"),
        consent: { photo: false },
      },
    },
  ],
  news: [{ id: "so-ket-2018", data: { title: "Sơ kết phong trào năm 2018", summary, publishedOn: "2018-12-30" } }],
};

describe("latestStories", () => {
  const stories = latestStories(sources);

  it("merges the three kinds, newest first, same-day ties by Vietnamese title", () => {
    // "Đinh" sorts after "D…" and before "T…" in Vietnamese collation.
    expect(stories.map((s) => `${s.kind}:${s.id}`)).toEqual([
      "people:dinh-van-binh",
      "models:tieng-keng",
      "news:so-ket-2018",
      "models:nuoi-ong",
      "people:le-thi-hoa",
    ]);
  });

  it("keeps a portrait only within the person's consent", () => {
    const byId = new Map(stories.map((s) => [s.id, s]));
    expect(byId.get("dinh-van-binh")!.photo?.alt).toBe("Ảnh binh");
    expect(byId.get("le-thi-hoa")!.photo).toBeUndefined();
  });

  it("carries unit, field and update day where the kind has them", () => {
    expect(stories[1]).toMatchObject({ unit: "yen-mo", field: "quoc-phong-an-ninh", updatedOn: "2020-01-01" });
    expect([stories[2]!.kind, stories[2]!.unit, stories[2]!.field]).toEqual(["news", undefined, undefined]);
  });

  it("returns an empty list when nothing is published", () => {
    expect(latestStories({ models: [], people: [], news: [] })).toEqual([]);
  });
});

describe("feed selections", () => {
  const stories = latestStories(sources);

  it.each([
    ["kinh-te", ["nuoi-ong", "le-thi-hoa"]],
    ["van-hoa-xa-hoi", ["dinh-van-binh"]],
    ["he-thong-chinh-tri", []],
  ] as const)("field %s: its models and people, no news, newest first", (field, ids) => {
    expect(storiesOfField(stories, field).map((s) => s.id)).toEqual(ids);
  });

  it.each([
    [
      ["nho-quan", "xa-cuc-phuong"],
      ["dinh-van-binh", "nuoi-ong", "le-thi-hoa"],
    ],
    [["yen-mo"], ["tieng-keng"]],
    [["kim-son"], []],
  ])("units %j: %j", (units, ids) => {
    expect(storiesOfUnits(stories, new Set(units)).map((s) => s.id)).toEqual(ids);
  });
});

describe("XML written by hand", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tôm & cá 'ngon'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tôm &amp; cá &apos;ngon&apos;&lt;/a&gt;",
    );
  });

  const image: FeedImage = {
    url: "https://dvk.ccbninhbinh.vn/_astro/ong.abc.jpg?v=1&w=2",
    type: "image/jpeg",
    width: 1200,
    height: 750,
    alt: "Thùng ong <màu vàng>",
    credit: "Ảnh: “Hội CCB” & cộng sự",
  };

  it("writes a photo as Media RSS with its size, alt text and credit, escaped", () => {
    expect(mediaContent(image)).toBe(
      '<media:content url="https://dvk.ccbninhbinh.vn/_astro/ong.abc.jpg?v=1&amp;w=2" type="image/jpeg" medium="image" width="1200" height="750">' +
        '<media:description type="plain">Thùng ong &lt;màu vàng&gt;</media:description>' +
        "<media:credit>Ảnh: “Hội CCB” &amp; cộng sự</media:credit></media:content>",
    );
  });

  it("gives the channel its language, licence and self link", () => {
    expect(channelData("https://dvk.ccbninhbinh.vn/rss.xml", "CC BY 4.0 & ảnh")).toBe(
      "<language>vi</language><copyright>CC BY 4.0 &amp; ảnh</copyright>" +
        '<atom:link href="https://dvk.ccbninhbinh.vn/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});

describe("feedItems", () => {
  const context: FeedContext = {
    unitName: (id) => `Hội CCB ${id}`,
    imageOf: (story) =>
      story.photo && {
        url: `https://dvk.ccbninhbinh.vn${(story.photo.src as { src: string }).src}`,
        type: "image/jpeg",
        width: 1200,
        height: 750,
        alt: story.photo.alt,
        credit: story.photo.credit,
      },
  };
  const items = feedItems(latestStories(sources), context);

  it.each([
    [
      0,
      {
        title: "Đinh Văn Bình",
        link: "/dien-hinh/dinh-van-binh/",
        categories: ["Văn hoá – xã hội", "Hội CCB nho-quan"],
      },
    ],
    [
      1,
      {
        title: "Tiếng kẻng an ninh",
        link: "/mo-hinh/tieng-keng/",
        categories: ["Quốc phòng – an ninh", "Hội CCB yen-mo"],
      },
    ],
    [2, { title: "Sơ kết phong trào năm 2018", link: "/tin-tuc/so-ket-2018/", categories: [] }],
    [
      3,
      {
        title: "Nuôi ong lấy mật",
        link: "/mo-hinh/nuoi-ong/",
        categories: ["Phát triển kinh tế", "Hội CCB xa-cuc-phuong"],
      },
    ],
  ])("item %i", (index, expected) => {
    expect(items[index]).toMatchObject({ ...expected, description: summary });
  });

  it("attaches the photo where there is one, and nothing where there is none", () => {
    expect(items[0]!.customData).toContain('url="https://dvk.ccbninhbinh.vn/_astro/binh.jpg"');
    expect(items[2]).not.toHaveProperty("customData");
    expect(items[4]).not.toHaveProperty("customData");
  });

  it("dates an item at midnight in Vietnam, not UTC", () => {
    expect(items[3]!.pubDate.toISOString()).toBe("2018-05-19T17:00:00.000Z");
  });
});
