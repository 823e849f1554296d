import { describe, expect, it } from "vitest";
import { lastModifiedByPath, type GateEntry } from "./sitemap";

const entry = (
  collection: GateEntry["collection"],
  id: string,
  data: Record<string, unknown>,
  publishable = true,
): GateEntry => ({ collection, id, publishable, data });

const entries: GateEntry[] = [
  entry("models", "nuoi-ong", { field: "kinh-te", publishedOn: "2017-04-10", updatedOn: "2020-10-20" }),
  entry("models", "tieng-keng", { field: "quoc-phong-an-ninh", publishedOn: "2019-02-01" }),
  entry("people", "dang-van-quy", { field: "kinh-te", publishedOn: "2017-05-02" }),
  entry("news", "tong-ket", { publishedOn: "2020-10-16" }),
  entry("people", "da-rut-dong-y", { field: "kinh-te", publishedOn: "2024-01-01" }, false),
  entry("models", "ban-nhap", { field: "kinh-te", publishedOn: "2024-02-01" }, false),
  entry("units", "nho-quan", { name: "Hội CCB huyện Nho Quan" }),
  entry("documents", "ke-hoach", { issuedOn: "2016-08-12" }),
];

describe("lastModifiedByPath", () => {
  const lastmod = lastModifiedByPath(entries);

  it.each([
    ["/mo-hinh/nuoi-ong/", "2020-10-20"],
    ["/mo-hinh/tieng-keng/", "2019-02-01"],
    ["/dien-hinh/dang-van-quy/", "2017-05-02"],
    ["/tin-tuc/tong-ket/", "2020-10-16"],
    ["/mo-hinh/", "2020-10-20"],
    ["/dien-hinh/", "2017-05-02"],
    ["/tin-tuc/", "2020-10-16"],
    ["/linh-vuc/kinh-te/", "2020-10-20"],
    ["/linh-vuc/quoc-phong-an-ninh/", "2019-02-01"],
    ["/", "2020-10-20"],
  ])("%s → %s", (path, day) => {
    expect(lastmod.get(path)).toBe(day);
  });

  it("says nothing of unpublished entries, units, documents or pages without dated entries", () => {
    for (const path of ["/dien-hinh/da-rut-dong-y/", "/mo-hinh/ban-nhap/", "/don-vi/nho-quan/", "/van-ban/ke-hoach/"]) {
      expect(lastmod.has(path), path).toBe(false);
    }
    expect(lastmod.size).toBe(10);
  });
});
