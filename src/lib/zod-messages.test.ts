import { z } from "astro/zod";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { needsSchema } from "../schemas/replication";
import { isoDate, ref, year } from "../schemas/shared";
import { CUSTOM_RULES_IN_ENGLISH, PARSE_IN_VIETNAMESE, englishFor } from "./zod-messages";

const SCHEMAS = new URL("../schemas/", import.meta.url);

/** Every message our schemas give their own rules: `message: "…"`, `error: "…"` and `outside("field", "…")`. */
const customMessages = readdirSync(SCHEMAS)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
  .flatMap((name) => {
    const source = readFileSync(new URL(name, SCHEMAS), "utf8");
    return [...source.matchAll(/(?:message: |error: |outside\("\w+", )"([^"]+)"/g)].map((match) => match[1] ?? "");
  });

describe("englishFor", () => {
  it("finds the schemas' own rules (so that the next test means something)", () => {
    expect(customMessages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(customMessages)("has English for “%s”", (message) => {
    expect(CUSTOM_RULES_IN_ENGLISH[message]).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each([
    ["a missing field", z.object({ a: z.string() }), {}, "Required"],
    ["a value outside a list", z.object({ a: z.enum(["x", "y"]) }), { a: "z" }, "Invalid enum value"],
    ["a field not in the schema", z.object({}).strict(), { phone: "1" }, "Unrecognized key(s) in object: 'phone'"],
    ["a number where text is expected", z.object({ a: z.string() }), { a: 15 }, "Expected string, received number"],
    ["an impossible date", z.object({ a: z.iso.date("ngày sai") }), { a: "2024-02-30" }, "Invalid date"],
    [
      "one of our own rules",
      z.object({ a: z.string() }).refine(() => false, { error: "ngày công nhận không thể trước ngày đăng ký" }),
      { a: "x" },
      "recognition cannot come before registration",
    ],
    ["one of our own patterns", needsSchema, { people: "Gọi 0912 345 678" }, "no phone numbers in the how-to section"],
    ["a rule without English", z.string().refine(() => false, { error: "quy tắc mới" }), "x", "does not meet a rule"],
    [
      "a pattern with our message (zod alone says “Invalid”)",
      z.string().regex(/^\/van-ban\//, { error: "tệp PDF phải nằm trong /van-ban/ và có tên không dấu" }),
      "Ke hoach.pdf",
      "the PDF must be a file under /van-ban/",
    ],
  ])("explains %s in English", (_what, schema, data, english) => {
    const result = schema.safeParse(data, PARSE_IN_VIETNAMESE);
    expect(result.success).toBe(false);
    if (!result.success) expect(englishFor(result.error.issues[0] as z.core.$ZodIssue)).toContain(english);
  });
});

describe("vietnameseErrorMap", () => {
  // The messages editors read, as zod 3 gave them before the upgrade to zod 4 (measured, not
  // copied from this module): a schema's own message where it has one, ours everywhere else.
  it.each<[string, z.ZodType, unknown, string]>([
    ["a missing field", z.object({ a: z.string() }), {}, "bắt buộc nhưng chưa điền"],
    [
      "a number where text is expected",
      z.object({ a: z.string() }),
      { a: 15 },
      "phải là chữ; số có số 0 ở đầu (như 015) hay dấu gạch chéo cần đặt trong ngoặc kép",
    ],
    ["text where a number is expected", z.object({ a: z.number() }), { a: "x" }, "phải là số, không phải chữ"],
    ["an empty list", z.object({ a: z.array(z.string()) }), { a: null }, "phải là danh sách, không phải trống"],
    [
      "a group where yes/no is expected",
      z.object({ a: z.boolean() }),
      { a: {} },
      "phải là có/không, không phải nhóm trường",
    ],
    [
      "a list where a group is expected",
      z.object({ a: z.object({}) }),
      { a: [] },
      "phải là nhóm trường, không phải danh sách",
    ],
    ["a value outside a list", z.enum(["x", "y"]), "z", "giá trị “z” không hợp lệ; chọn một trong: x, y"],
    ["a field not in the schema", z.object({}).strict(), { phone: "1" }, "trường không có trong mẫu: phone"],
    ["a short text", z.string().min(5), "abc", "cần ít nhất 5 ký tự"],
    ["too few items", z.array(z.string()).min(2), ["a"], "cần ít nhất 2 mục"],
    ["a number too small", year, 1800, "phải từ 1900 trở lên"],
    ["a long text", z.string().max(3), "abcd", "tối đa 3 ký tự"],
    ["too many items", z.array(z.string()).max(1), ["a", "b"], "tối đa 1 mục"],
    ["a number too big", year, 2200, "không được quá 2100"],
    ["a rule with its own message", z.string().min(5, "tên quá ngắn"), "abc", "tên quá ngắn"],
    ["an impossible day", isoDate, "2024-02-30", "ngày không có thật hoặc không đúng dạng YYYY-MM-DD"],
    [
      "a day written as a number",
      isoDate,
      20201015,
      "phải là chữ; số có số 0 ở đầu (như 015) hay dấu gạch chéo cần đặt trong ngoặc kép",
    ],
    ["a missing day", z.object({ a: isoDate }), {}, "bắt buộc nhưng chưa điền"],
    ["a missing reference", z.object({ a: ref("units") }), {}, "bắt buộc nhưng chưa điền"],
    [
      "a reference that is not an id",
      ref("units"),
      "Nho Quan",
      "mã mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang",
    ],
    [
      "a reference written as a number",
      ref("units"),
      12,
      "phải là chữ; số có số 0 ở đầu (như 015) hay dấu gạch chéo cần đặt trong ngoặc kép",
    ],
  ])("says %s in Vietnamese", (_what, schema, data, message) => {
    expect(schema.safeParse(data, PARSE_IN_VIETNAMESE).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
