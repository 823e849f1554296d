import { describe, expect, it } from "vitest";
import { checkContent } from "../src/loaders/read-content";
import { entryIndex, INDEXED_COLLECTIONS } from "./entry-index";

const root = new URL("..", import.meta.url).pathname;

describe("entry index", () => {
  const index = entryIndex(`${root}src/content`);

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

  it("says an entry is published exactly when the content gate says so", () => {
    const gate = checkContent(root).entries.filter((entry) =>
      (INDEXED_COLLECTIONS as readonly string[]).includes(entry.collection),
    );
    expect(gate.length).toBeGreaterThan(20);
    const fromIndex = Object.fromEntries(
      INDEXED_COLLECTIONS.flatMap((collection) =>
        Object.entries(index[collection]).map(([id, entry]) => [`${collection}/${id}`, entry.publishable]),
      ),
    );
    expect(fromIndex).toEqual(
      Object.fromEntries(gate.map((entry) => [`${entry.collection}/${entry.id}`, entry.publishable])),
    );
  });
});
