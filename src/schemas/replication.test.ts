import { describe, expect, it } from "vitest";
import { NEEDS_MESSAGE, NO_PHONE_MESSAGE, PHONE_LIKE, replicationSchema } from "./replication";

describe("PHONE_LIKE", () => {
  it.each([
    ["a mobile number", "Gọi anh Toàn: 0912345678"],
    ["a mobile number in groups", "số 0912 345 678"],
    ["a landline with dots", "0229.3871.234"],
    ["a landline with brackets", "(0229) 3871 234"],
    ["an international number", "+84 912 345 678"],
    ["an international number without the plus", "84912345678"],
    ["dashes", "0912-345-678"],
  ])("finds %s", (_what, text) => {
    expect(PHONE_LIKE.test(text)).toBe(true);
  });

  it.each([
    ["money", "Khoảng 1.200.000.000 đồng từ quỹ hội"],
    ["counts", "16 hộ, 540 đàn ong, 5 tấn mật"],
    ["a year range", "2016–2020"],
    ["a date", "15.10.2020"],
    ["a decision number", "Quyết định 14/QĐ-CCB"],
    ["a fraction", "0,5 ha đất đồi"],
    ["a number too long to be a phone", "09123456789012"],
  ])("leaves %s alone", (_what, text) => {
    expect(PHONE_LIKE.test(text)).toBe(false);
  });
});

const valid = {
  steps: [{ title: "Họp chi hội, thống nhất cách làm" }, { title: "Làm thử ở vài hộ", detail: "Hội viên làm trước." }],
  needs: { people: "5–7 hội viên" },
  conditions: [{ text: "Chi hội họp đều hằng tháng" }],
  contact: { unit: "xa-cuc-phuong", office: "Ban Thường vụ Hội CCB xã" },
};

describe("replicationSchema", () => {
  it("accepts a complete section, with no mistakes listed", () => {
    expect(replicationSchema.parse(valid).mistakes).toBeUndefined();
  });

  it.each([
    [
      "a phone number in a step",
      { ...valid, steps: [...valid.steps, { title: "Gọi 0912 345 678" }] },
      NO_PHONE_MESSAGE,
    ],
    [
      "a phone number in the office",
      { ...valid, contact: { unit: "xa-cuc-phuong", office: "Văn phòng, ĐT 0229 3871 234" } },
      NO_PHONE_MESSAGE,
    ],
    [
      "a phone number in a mistake's advice",
      { ...valid, mistakes: [{ mistake: "Làm một mình", instead: "hỏi số +84 229 3871 234" }] },
      NO_PHONE_MESSAGE,
    ],
    ["no need at all", { ...valid, needs: {} }, NEEDS_MESSAGE],
  ])("refuses %s, saying why", (_what, data, message) => {
    const result = replicationSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it.each([
    ["one step", { ...valid, steps: [valid.steps[0]] }],
    ["no condition", { ...valid, conditions: [] }],
    ["a contact without a unit", { ...valid, contact: { office: "Ban Thường vụ" } }],
    ["a private field", { ...valid, contact: { ...valid.contact, phone: "0912345678" } }],
  ])("refuses %s", (_what, data) => {
    expect(replicationSchema.safeParse(data).success).toBe(false);
  });
});
