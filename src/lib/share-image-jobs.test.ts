import { describe, expect, it } from "vitest";
import { t } from "../i18n/vi";
import { shareImageJobs, type ShareImageEntry } from "./share-image-jobs";

const entry = (
  collection: ShareImageEntry["collection"],
  id: string,
  data: Record<string, unknown>,
  publishable = true,
) => ({
  collection,
  id,
  path: `src/content/${collection}/${id}.mdx`,
  publishable,
  data,
});

const entries: ShareImageEntry[] = [
  entry("settings", "site", { name: "Hội Cựu chiến binh tỉnh Ninh Bình" }),
  entry("units", "xa-gia-sinh", { name: "Hội CCB xã Gia Sinh" }),
  entry("models", "nuoi-ong", {
    title: "Tổ nuôi ong",
    unit: "xa-gia-sinh",
    sample: true,
    cover: { src: "../../assets/ong.jpg" },
  }),
  entry("models", "ban-nhap", { title: "Bản nháp", unit: "xa-gia-sinh", cover: { src: "a.jpg" } }, false),
  entry("people", "ong-toan", {
    honorific: "Ông",
    name: "Đinh Văn Toàn",
    unit: "xa-gia-sinh",
    sample: false,
    portrait: { src: "../../assets/toan.jpg" },
    consent: { photo: true },
  }),
  entry("people", "ba-lan", {
    honorific: "Bà",
    name: "Lê Thị Lan",
    unit: "xa-khac",
    portrait: { src: "lan.jpg" },
    consent: { photo: false },
  }),
  entry("news", "so-ket", { title: "Sơ kết", publishedOn: "2019-06-30", sample: false }),
];

const jobs = shareImageJobs(entries, { host: "dvk.example", resolve: (file, src) => `${file} → ${src}` });
const job = (sitePath: string) => jobs.find((j) => j.sitePath === sitePath)?.input;

describe("shareImageJobs", () => {
  it("gives the site's image and one per published story, drafts and data files left out", () => {
    expect(jobs.map((j) => j.sitePath)).toEqual([
      "/anh-chia-se/cong-thong-tin.jpg",
      "/anh-chia-se/mo-hinh/nuoi-ong.jpg",
      "/anh-chia-se/dien-hinh/ong-toan.jpg",
      "/anh-chia-se/dien-hinh/ba-lan.jpg",
      "/anh-chia-se/tin-tuc/so-ket.jpg",
    ]);
  });

  it.each([
    [
      "/anh-chia-se/mo-hinh/nuoi-ong.jpg",
      {
        title: "Tổ nuôi ong",
        kicker: t("list.models"),
        footer: "Hội CCB xã Gia Sinh",
        sampleLabel: t("sample.label"),
        photoPath: "src/content/models/nuoi-ong.mdx → ../../assets/ong.jpg",
      },
    ],
    [
      "/anh-chia-se/dien-hinh/ong-toan.jpg",
      {
        title: "Ông Đinh Văn Toàn",
        kicker: t("list.people"),
        sampleLabel: undefined,
        photoPath: "src/content/people/ong-toan.mdx → ../../assets/toan.jpg",
      },
    ],
    ["/anh-chia-se/dien-hinh/ba-lan.jpg", { title: "Bà Lê Thị Lan", footer: "xa-khac", photoPath: undefined }],
    ["/anh-chia-se/tin-tuc/so-ket.jpg", { kicker: t("list.news"), footer: "30/06/2019", photoPath: undefined }],
    ["/anh-chia-se/cong-thong-tin.jpg", { title: t("home.title"), kicker: t("site.name"), footer: t("site.tagline") }],
  ])("%s shows %j", (sitePath, expected) => {
    expect(job(sitePath)).toMatchObject({
      brand: t("site.name"),
      organisation: "Hội Cựu chiến binh tỉnh Ninh Bình",
      host: "dvk.example",
      ...expected,
    });
  });
});
