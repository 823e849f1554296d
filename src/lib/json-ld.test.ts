import { describe, expect, it } from "vitest";
import { serializeJsonLd, storyJsonLd, type Json, type StoryJsonLdInput } from "./json-ld";

describe("serializeJsonLd", () => {
  it.each([
    ["a closing script tag", "Mô hình </script><script>alert(1)</script>"],
    ["an upper-case closing tag", "</SCRIPT >"],
    ["an HTML comment opener", "<!-- <script>"],
    ["an ampersand and a character reference", "Nuôi ong &amp; trồng rừng & mật"],
    ["line and paragraph separators", "dòng\u2028đoạn\u2029hết"],
    ["Vietnamese letters", "Đường làng “xanh” của Hội Cựu chiến binh"],
  ])("%s cannot end the element, and reads back unchanged", (_, title) => {
    const text = serializeJsonLd({ headline: title });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ headline: title });
  });

  it("escapes inside nested values too", () => {
    const value: Json = { "@graph": [{ name: "</script>" }, ["<b>"]] };
    const text = serializeJsonLd(value);
    expect(text.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(text)).toEqual(value);
  });
});

const base: StoryJsonLdInput = {
  kind: "models",
  url: "https://dvk.ccbninhbinh.vn/mo-hinh/nuoi-ong/",
  headline: "Tổ hợp tác nuôi ong",
  description: "Tóm tắt.",
  publishedOn: "2017-04-10",
  updatedOn: "2020-10-20",
  images: ["https://dvk.ccbninhbinh.vn/anh-chia-se/mo-hinh/nuoi-ong.jpg"],
  license: "https://creativecommons.org/licenses/by/4.0/deed.vi",
  organisation: {
    name: "Hội Cựu chiến binh tỉnh Ninh Bình",
    url: "https://dvk.ccbninhbinh.vn/",
    address: "Đường Lê Hồng Phong, Ninh Bình",
    press: { office: "Ban Tuyên giáo", email: "tuyengiao@ccbninhbinh.vn", phone: "0229 3871 234" },
  },
  breadcrumb: [
    { label: "Trang chủ", url: "https://dvk.ccbninhbinh.vn/" },
    { label: "Mô hình", url: "https://dvk.ccbninhbinh.vn/mo-hinh/" },
    { label: "Tổ hợp tác nuôi ong", url: "https://dvk.ccbninhbinh.vn/mo-hinh/nuoi-ong/" },
  ],
};

type Node = Record<string, unknown>;
const graphOf = (input: StoryJsonLdInput) => {
  const data = storyJsonLd(input) as { "@context": string; "@graph": Node[] };
  expect(data["@context"]).toBe("https://schema.org");
  return data["@graph"];
};
const ofType = (graph: Node[], type: string) => graph.filter((node) => node["@type"] === type);

describe("storyJsonLd", () => {
  it.each([
    ["models", "Article"],
    ["people", "Article"],
    ["news", "NewsArticle"],
  ] as const)("a %s page is an %s by the association", (kind, type) => {
    const graph = graphOf({ ...base, kind });
    const [article] = ofType(graph, type);
    const [organisation] = ofType(graph, "Organization");
    expect(article).toMatchObject({
      headline: base.headline,
      datePublished: "2017-04-10",
      dateModified: "2020-10-20",
      inLanguage: "vi",
      mainEntityOfPage: base.url,
      image: base.images,
    });
    expect(article!["author"]).toEqual({ "@id": organisation!["@id"] });
    expect(article!["publisher"]).toEqual({ "@id": organisation!["@id"] });
    expect(organisation!["contactPoint"]).toMatchObject({ contactType: "press", email: "tuyengiao@ccbninhbinh.vn" });
  });

  it("numbers the breadcrumb from 1 and ends on the page itself", () => {
    const [list] = ofType(graphOf(base), "BreadcrumbList");
    const items = list!["itemListElement"] as Node[];
    expect(items.map((item) => item["position"])).toEqual([1, 2, 3]);
    expect(items.at(-1)).toMatchObject({ name: base.headline, item: base.url });
  });

  it("describes a person only on a person's page, and links the article to them", () => {
    expect(ofType(graphOf(base), "Person")).toEqual([]);
    const graph = graphOf({
      ...base,
      kind: "people",
      headline: "Ông Đặng Quốc Khánh",
      person: { name: "Đặng Quốc Khánh", honorific: "Ông", jobTitle: "Tổ trưởng", unitName: "Hội CCB xã Cúc Phương" },
    });
    const [person] = ofType(graph, "Person");
    expect(person).toMatchObject({
      name: "Đặng Quốc Khánh",
      honorificPrefix: "Ông",
      jobTitle: "Tổ trưởng",
      memberOf: { "@type": "Organization", name: "Hội CCB xã Cúc Phương" },
    });
    expect(person).not.toHaveProperty("image");
    expect(ofType(graph, "Article")[0]!["about"]).toEqual({ "@id": person!["@id"] });
  });
});
