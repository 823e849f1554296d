import { describe, expect, it } from "vitest";
import { awardLines, handoutRecognition } from "./handout-facts";

const context = {
  unitName: (id: string) => ({ tinh: "Hội CCB tỉnh Ninh Bình", "nho-quan": "Hội CCB huyện Nho Quan" })[id] ?? id,
  campaignTitle: (id: string) => id,
};

describe("handoutRecognition", () => {
  it.each([
    [
      "a recognised entry names its decision",
      {
        status: "recognised" as const,
        recognition: { decisionNumber: "14/QĐ-CCB", date: "2017-03-15", by: "nho-quan" },
      },
      "Quyết định số 14/QĐ-CCB ngày 15/03/2017 của Hội CCB huyện Nho Quan.",
    ],
    ["a registered entry says so", { status: "registered" as const }, "Chưa được công nhận (đã đăng ký)."],
    ["an entry being built says so", { status: "building" as const }, "Chưa được công nhận (đang xây dựng)."],
  ])("%s", (_rule, entry, text) => {
    expect(handoutRecognition(entry, context)).toBe(text);
  });
});

describe("awardLines", () => {
  it("writes each award on one line, with occasion, date and unit", () => {
    expect(
      awardLines([{ title: "Giấy khen", date: "2020-10-15", by: "tinh", occasion: "tong-ket" as const }], context),
    ).toEqual(["Giấy khen (Tổng kết, 15/10/2020, Hội CCB tỉnh Ninh Bình)"]);
  });
});
