import { z } from "astro/zod";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { needsSchema } from "../schemas/replication";
import { CUSTOM_RULES_IN_ENGLISH, englishFor, vietnameseErrorMap } from "./zod-messages";

const SCHEMAS = new URL("../schemas/", import.meta.url);

/**
 * Every message our schemas give their own rules: `message: "…"`, `outside("field", "…")`, and
 * the message of a pattern, a date or an address check (`.regex(/…/, "…")`, `.date("…")`),
 * whose English zod would give as a bare "Invalid".
 */
const customMessages = readdirSync(SCHEMAS)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
  .flatMap((name) => {
    const source = readFileSync(new URL(name, SCHEMAS), "utf8");
    return [
      ...source.matchAll(/(?:message: |outside\("\w+", |\.regex\((?:\/.+?\/|\w+), |\.(?:date|email)\()"([^"]+)"/g),
    ].map((match) => match[1] ?? "");
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
    ["an impossible date", z.object({ a: z.string().date("ngày sai") }), { a: "2024-02-30" }, "Invalid date"],
    [
      "one of our own rules",
      z.object({ a: z.string() }).refine(() => false, { message: "ngày công nhận không thể trước ngày đăng ký" }),
      { a: "x" },
      "recognition cannot come before registration",
    ],
    ["one of our own patterns", needsSchema, { people: "Gọi 0912 345 678" }, "no phone numbers in the how-to section"],
    ["a rule without English", z.string().refine(() => false, { message: "quy tắc mới" }), "x", "does not meet a rule"],
    [
      "a pattern with our message (zod alone says “Invalid”)",
      z.string().regex(/^\/van-ban\//, "tệp PDF phải nằm trong /van-ban/ và có tên không dấu"),
      "Ke hoach.pdf",
      "the PDF must be a file under /van-ban/",
    ],
  ])("explains %s in English", (_what, schema, data, english) => {
    const result = schema.safeParse(data, { errorMap: vietnameseErrorMap });
    expect(result.success).toBe(false);
    if (!result.success) expect(englishFor(result.error.issues[0] as z.ZodIssue)).toContain(english);
  });
});
