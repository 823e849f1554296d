import { describe, expect, it } from "vitest";
import { checkContent } from "../src/loaders/read-content";
import { entryIndex } from "./entry-index";

const root = new URL("..", import.meta.url).pathname;

describe("entry index", () => {
  const index = entryIndex(checkContent(root).entries);

  it.each([
    ["units", "nho-quan", { name: "Hội Cựu chiến binh huyện Nho Quan", publishable: true }],
    ["campaigns", "2016-2020", { name: "Giai đoạn 2016–2020", publishable: true }],
    ["models", "ban-nhap-mo-hinh-thu", { name: "Mô hình thử nghiệm chưa hoàn thiện", publishable: false }],
    ["people", "nguoi-da-rut-dong-y", { publishable: false }],
  ] as const)("%s/%s", (collection, id, expected) => {
    expect(index[collection][id]).toMatchObject(expected);
  });

  it("names a person with the title of address, as the site does", () => {
    expect(index.people["dang-quoc-khanh"]?.name).toMatch(/^(Ông|Bà) /);
  });

  it("leaves out the collections nothing points at by name", () => {
    expect(Object.keys(index).sort()).toEqual(["campaigns", "models", "people", "units"]);
  });
});
