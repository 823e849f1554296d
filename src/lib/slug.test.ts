import { describe, expect, it } from "vitest";
import { slugOf } from "./slug";

describe("slugOf", () => {
  it.each([
    ["Đ and đ become d", "Đảng viên đi đầu", "dang-vien-di-dau"],
    ["tones and hooks are removed", "Dân vận khéo ở Hoa Lư", "dan-van-kheo-o-hoa-lu"],
    [
      "ơ, ư, ă, â, ê, ô lose their marks",
      "Ơn nghĩa ưu ái ăn ở ân cần êm ấm ô tô",
      "on-nghia-uu-ai-an-o-an-can-em-am-o-to",
    ],
    ["upper case becomes lower case", "HỘI CỰU CHIẾN BINH", "hoi-cuu-chien-binh"],
    ["curly quotes are dropped", "Mô hình “Dân vận khéo” tiêu biểu", "mo-hinh-dan-van-kheo-tieu-bieu"],
    ["straight quotes are dropped", 'Tổ "tự quản" đường làng', "to-tu-quan-duong-lang"],
    ["punctuation is dropped", "Nuôi ong: 12 hộ, 3 xã; thoát nghèo!", "nuoi-ong-12-ho-3-xa-thoat-ngheo"],
    ["a dash between words gives one hyphen", "Người tốt – việc tốt - mỗi ngày", "nguoi-tot-viec-tot-moi-ngay"],
    ["runs of spaces collapse, ends are trimmed", "  Tổ   hoà   giải  ", "to-hoa-giai"],
    ["tabs and line breaks are spaces", "Tổ\thoà\ngiải", "to-hoa-giai"],
    ["digits are kept", "Giai đoạn 2016 2020", "giai-doan-2016-2020"],
    ["an ASCII slug is unchanged", "dan-van-kheo", "dan-van-kheo"],
  ])("%s: %j → %s", (_rule, title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });

  describe.each([
    ["Đinh Văn Ấn"],
    ["Tổ hoà giải ở Yên Khánh"],
    ["Mô hình “Chi hội Cựu chiến binh tự quản” thôn Đồng Tâm"],
    ["Quốc phòng – an ninh"],
    ["Hội Cựu chiến binh xã Gia Thịnh, Gia Viễn"],
  ])("the Unicode form of %j", (title) => {
    it("does not change the slug (NFC, NFD, NFKC, NFKD)", () => {
      const nfc = slugOf(title.normalize("NFC"));
      expect(slugOf(title.normalize("NFD"))).toBe(nfc);
      expect(slugOf(title.normalize("NFKC"))).toBe(nfc);
      expect(slugOf(title.normalize("NFKD"))).toBe(nfc);
    });

    it("gives an ASCII slug of lower-case words joined by single hyphens", () => {
      expect(slugOf(title.normalize("NFD"))).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    });
  });

  it("treats old-style and new-style tone placement alike (hòa / hoà)", () => {
    expect(slugOf("Tổ hòa giải")).toBe(slugOf("Tổ hoà giải"));
  });
});
