import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSourceFiles } from "../src/loaders/read-content";
import { COLLECTIONS, type CollectionName } from "../src/schemas/shared";
import { cmsInput, collectionsFromSchemas, type DecapCollection } from "./config-from-schemas";
import { entryIndex } from "./entry-index";
import { checkEntryForSave, describeProblems } from "./save-check";

const root = new URL("..", import.meta.url).pathname;
const input = cmsInput();
const collections = new Map(collectionsFromSchemas(input).map((collection) => [collection.name, collection]));
const index = entryIndex(`${root}src/content`);

/** An entry as Decap loads it: the front matter as YAML data, and the body after it. */
function asLoaded(text: string, format: "mdx" | "yaml"): Record<string, unknown> {
  if (format === "yaml") return parse(text) as Record<string, unknown>;
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const body = text.slice(match?.[0].length ?? 0);
  return { ...(parse(match?.[1] ?? "") as Record<string, unknown>), ...(body.trim() ? { body } : {}) };
}

function check(collection: CollectionName, data: Record<string, unknown>, isNew = false) {
  return checkEntryForSave(data, {
    collection: collections.get(collection) as DecapCollection,
    schema: input.schemas[collection],
    index,
    isNew,
  });
}

const samples = readSourceFiles(root).map((file) => ({
  ...file,
  data: asLoaded(file.text, file.path.endsWith(".mdx") ? "mdx" : "yaml"),
}));
const sample = (path: string) => {
  const found = samples.find((file) => file.path.endsWith(path));
  if (!found) throw new Error(`no sample ${path}`);
  return structuredClone(found.data);
};

describe("every sample entry can be saved as it is", () => {
  it("finds samples of every collection", () => {
    for (const collection of COLLECTIONS) expect(samples.some((file) => file.collection === collection)).toBe(true);
  });

  it.each(samples.map((file) => [file.path, file] as const))("%s", (_path, file) => {
    const result = check(file.collection, file.data);
    expect(result.problems).toEqual([]);
    expect(result.body).toBe(file.data.body);
  });
});

describe("a save the build would refuse is refused, naming the field", () => {
  const model = () => sample("models/to-hop-tac-nuoi-ong-cuc-phuong.mdx");

  it.each([
    [
      "a recognised model without its decision",
      () => ({ ...model(), recognition: undefined }),
      "Quyết định công nhận: đã công nhận thì cần số và ngày quyết định công nhận",
    ],
    [
      "a cover without alt text",
      () => ({ ...model(), cover: { src: "../../assets/uploads/a.jpg", alt: "ảnh", credit: "Hội CCB" } }),
      "Ảnh bìa › Mô tả ảnh: mô tả ảnh (alt) cần ít nhất 5 ký tự",
    ],
    [
      "a gallery photo without credit",
      () => ({ ...model(), gallery: [{ src: "../../assets/uploads/a.jpg", alt: "Hội viên họp bàn" }] }),
      "Thư viện ảnh › 1 › Nguồn ảnh: bắt buộc nhưng chưa điền",
    ],
    ["a missing required field", () => ({ ...model(), title: undefined }), "Tên mô hình: bắt buộc nhưng chưa điền"],
    [
      "an unsafe link in the body",
      () => ({ ...model(), body: "\nMở đầu.\n\n[bấm](javascript:alert(1))\n" }),
      "Nội dung, dòng 3: liên kết không an toàn: javascript:alert(1)",
    ],
    [
      "a component written by hand without a required prop",
      () => ({ ...model(), body: '\n<KeyFigure value="12" />\n' }),
      "Nội dung, dòng 1: <KeyFigure> thiếu “Ý nghĩa con số” (label)",
    ],
    [
      "a link to a draft model",
      () => ({ ...model(), replicatedFrom: "ban-nhap-mo-hinh-thu" }),
      "Nhân rộng từ mô hình: mục “ban-nhap-mo-hinh-thu” chưa có trên trang",
    ],
  ])("%s", (_what, data, message) => {
    const text = describeProblems(check("models", data()).problems);
    expect(text).toContain(message);
  });

  it("refuses a news item pointing at a person who withdrew consent", () => {
    const news = {
      ...sample("news/so-ket-giua-ky-phong-trao-dan-van-kheo.mdx"),
      relatedPeople: ["nguoi-da-rut-dong-y"],
    };
    expect(describeProblems(check("news", news).problems)).toMatch(
      /^Điển hình liên quan: mục “nguoi-da-rut-dong-y” chưa có trên trang/,
    );
  });

  it("lets a draft point at anything: the site never builds it", () => {
    const draft = { ...model(), draft: true, replicatedFrom: "ban-nhap-mo-hinh-thu" };
    expect(check("models", draft).problems).toEqual([]);
  });

  it("refuses a new entry whose file name would not be a site address", () => {
    const problems = check("models", { ...model(), title: "Mô hình A_B thử" }, true).problems;
    expect(describeProblems(problems)).toContain("Tên mô hình: tên tệp được đặt theo ô này, nên không được có dấu _");
    expect(check("models", { ...model(), title: "Mô hình A_B thử" }, false).problems).toEqual([]);
  });
});

describe("the body is saved as text", () => {
  it("escapes what the editor typed and gives the lines as the editor sees them", () => {
    const result = check("models", { ...sample("models/to-hop-tac-nuoi-ong-cuc-phuong.mdx"), body: "Giá {5} <b>" });
    expect(result).toEqual({ body: "\nGiá \\{5\\} \\<b\\>\n", problems: [] });
  });

  it("saves an entry without a body without one", () => {
    const data = sample("models/to-hop-tac-nuoi-ong-cuc-phuong.mdx");
    delete data.body;
    expect(check("models", data)).toEqual({ problems: [] });
  });
});

describe("the CMS refuses what the content gate refuses", () => {
  /** A model from the gate's own good fixtures, as Decap loads it. */
  const fixture = () =>
    asLoaded(readFileSync(`${root}tests/fixtures/good/models/duong-lang-dong-tam.mdx`, "utf8"), "mdx");

  it.each([
    [
      "a control character in the title",
      () => ({ ...fixture(), title: "Tổ tự quản\u0007 đường làng" }),
      "Tên mô hình: có ký tự điều khiển không nhìn thấy (U+0007)",
    ],
    [
      "a bidi override in a tag",
      () => ({ ...fixture(), tags: ["đường\u202Elàng"] }),
      "Từ khoá › 1: có ký tự điều khiển không nhìn thấy (U+202E)",
    ],
    [
      "a body nested 2,000 deep",
      () => ({ ...fixture(), body: `\n${"> ".repeat(2000)}chữ\n` }),
      "Nội dung, dòng 1: nội dung lồng nhau quá 12 tầng",
    ],
    ["a 200 KB body", () => ({ ...fixture(), body: `\n${"*a **a ".repeat(30_000)}\n` }), "quá giới hạn 60.000 ký tự"],
    [
      "an unsafe autolink",
      () => ({ ...fixture(), body: "\nXem <javascript:alert(1)>\n" }),
      "liên kết không an toàn: javascript:alert(1)",
    ],
  ])("%s", (_what, data, message) => {
    expect(describeProblems(check("models", data()).problems)).toContain(message);
  });

  it.each(["2", "Trang", "IN", "rss"])("a new entry whose file name would be “%s”, a path the site uses", (title) => {
    const problems = describeProblems(check("models", { ...fixture(), title }, true).problems);
    expect(problems).toContain(
      `tên tệp được đặt theo ô này và sẽ là “${title.toLowerCase()}”, trùng với một địa chỉ trang`,
    );
    expect(describeProblems(check("models", { ...fixture(), title }, false).problems)).not.toContain(
      "trùng với một địa chỉ",
    );
  });

  it("accepts an autolink, and saves it as a link, not as escaped text", () => {
    const result = check("models", { ...fixture(), body: "Xem <https://baoninhbinh.org.vn/>." });
    expect(result.body).toBe("\nXem <https://baoninhbinh.org.vn/>.\n");
    expect(describeProblems(result.problems)).not.toContain("Nội dung");
  });
});
