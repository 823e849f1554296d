import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { sliceBetween, textOf } from "../support/html";
import { copyProject, type ProjectCopy } from "../support/project-copy";
import { DIST, ROOT, TEST_BUILD_DAY } from "./setup";

/**
 * A field added to a schema appears on the paper forms with its Vietnamese label and hint, and
 * in the CMS with the same words, with no other change: a copy of the project gets two new
 * fields in the model schema (a text with a limit, a number with bounds) and one in the
 * person's consent record, each with its label in src/i18n/field-texts.ts, and is built.
 */
const ADDED = {
  partners: {
    schema: "partners: z.string().trim().max(200).optional(),",
    label: "Đơn vị phối hợp",
    hint: "Các đoàn thể cùng làm, ví dụ: Hội Nông dân xã.",
    rule: "Tối đa 200 ký tự",
  },
  volunteers: {
    schema: "volunteers: z.number().int().min(1).max(500).optional(),",
    label: "Số hội viên tham gia",
    hint: "Bao nhiêu hội viên cùng làm.",
    rule: "Từ 1 đến 500",
  },
  quotes: {
    schema: "quotes: z.boolean().default(false),",
    label: "Đồng ý trích lời nói",
    hint: "Cổng được trích nguyên văn lời người này.",
  },
} as const;

/** `text` with `insert` after `anchor`, which must occur in it exactly once. */
function insertAfter(text: string, anchor: string, insert: string): string {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) throw new Error(`the anchor must occur once: ${anchor}`);
  return `${text.slice(0, at + anchor.length)}\n${insert}${text.slice(at + anchor.length)}`;
}

const source = (path: string) => readFileSync(join(ROOT, path), "utf8");
const label = (key: string, added: { label: string; hint: string }) =>
  `  ${JSON.stringify(key)}: { label: ${JSON.stringify(added.label)}, hint: ${JSON.stringify(added.hint)} },`;

let copy: ProjectCopy;
let build: { status: number | null; output: string } = { status: null, output: "" };

beforeAll(async () => {
  copy = copyProject("dvk-schema-to-form-");
  copy.write({
    "src/schemas/model.ts": insertAfter(
      source("src/schemas/model.ts"),
      'replicatedFrom: ref("models").optional(),',
      `      ${ADDED.partners.schema}\n      ${ADDED.volunteers.schema}`,
    ),
    "src/schemas/person.ts": insertAfter(
      source("src/schemas/person.ts"),
      "story: z.boolean().default(false),",
      `    ${ADDED.quotes.schema}`,
    ),
    "src/i18n/field-texts.ts": insertAfter(
      source("src/i18n/field-texts.ts"),
      "export const fieldTexts: Record<string, FieldText> = {",
      [
        label("partners", ADDED.partners),
        label("volunteers", ADDED.volunteers),
        label("consent.quotes", ADDED.quotes),
      ].join("\n"),
    ),
  });
  build = await copy.run("npm", ["run", "build"], { BUILD_DAY: TEST_BUILD_DAY });
});

afterAll(() => {
  copy.remove();
});

/** The text of one form of a built forms page. */
function formText(html: string, id: string): string {
  return textOf(sliceBetween(html, new RegExp(`<section class="form-sheet" id="${id}"`), "</section>"));
}

/** The HTML of the field labelled `label` on a form: from its label to the next field. */
function fieldHtml(html: string, id: string, label: string): string {
  const form = sliceBetween(html, new RegExp(`<section class="form-sheet" id="${id}"`), "</section>");
  const start = form.indexOf(`>${label}`);
  return start < 0 ? "" : form.slice(start, form.indexOf('class="paper-field', start + 1));
}

describe("fields added to the schemas", () => {
  const built = () => readFileSync(join(copy.root, "dist", "bieu-mau", "index.html"), "utf8");

  it("are not on the published site (the control)", () => {
    const published = readFileSync(join(DIST, "bieu-mau", "index.html"), "utf8");
    for (const added of Object.values(ADDED)) expect(textOf(published)).not.toContain(added.label);
  });

  it("build with nothing but the schema and its labels changed", () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(existsSync(join(copy.root, "dist", "bieu-mau", "index.html"))).toBe(true);
  });

  it.each([ADDED.partners, ADDED.volunteers])(
    "$label is on the model's registration form, with its hint and limit",
    (added) => {
      const text = formText(built(), "dang-ky-mo-hinh");
      expect(text).toContain(added.label);
      expect(text).toContain(added.hint);
      expect(text).toContain(added.rule);
      expect(fieldHtml(built(), "dang-ky-mo-hinh", added.label)).toMatch(/paper-line|paper-blank/);
      expect(formText(built(), "dang-ky-dien-hinh")).not.toContain(added.label);
    },
  );

  it("a new part of the consent is asked on the consent form and can be taken back on the withdrawal form", () => {
    for (const id of ["dong-y-cong-bo", "rut-lai-dong-y"]) expect(formText(built(), id)).toContain(ADDED.quotes.label);
    expect(fieldHtml(built(), "dong-y-cong-bo", ADDED.quotes.label)).toContain("paper-box");
  });

  it("the CMS asks for them with the same words", () => {
    const config = parse(readFileSync(join(copy.root, "public", "admin", "config.yml"), "utf8")) as {
      collections: { name: string; fields: { name: string; label: string; hint?: string; fields?: unknown[] }[] }[];
    };
    const fields = (name: string) => config.collections.find((collection) => collection.name === name)?.fields ?? [];
    for (const key of ["partners", "volunteers"] as const) {
      expect(fields("models").find((field) => field.name === key)).toMatchObject({
        label: ADDED[key].label,
        hint: ADDED[key].hint,
      });
    }
    const consent = fields("people").find((field) => field.name === "consent")?.fields as {
      name: string;
      label: string;
    }[];
    expect(consent.find((field) => field.name === "quotes")?.label).toBe(ADDED.quotes.label);
  });
});
