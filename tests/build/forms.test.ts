import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { levelLabels, t } from "../../src/i18n/vi";
import { FORM_IDS, FORM_TEXTS, consentForms, formNumber, registrationForm } from "../../src/lib/forms";
import type { PaperField } from "../../src/lib/paper-form";
import { PAGE_PATHS } from "../../src/lib/urls";
import { rawEntries } from "../support/entries";
import { sliceBetween, textOf } from "../support/html";
import { DIST } from "./setup";

/**
 * `/bieu-mau/` as built: the five forms in order, each with what its description asks for
 * (src/lib/forms.ts, unit-tested beside it), the report form with a campaign's own levels, the
 * consent forms with the rights page's promises, and the links that lead to the page.
 */
const page = (path: string) => readFileSync(join(DIST, path, "index.html"), "utf8");
const html = page(PAGE_PATHS.forms);
/** The HTML of one form, from its opening tag to the next form's. */
const formHtml = (id: string) => sliceBetween(html, new RegExp(`<section class="form-sheet" id="${id}"`), "</section>");
const formText = (id: string) => textOf(formHtml(id));

/** Every field of a description, parts and list items included. */
function allFields(fields: readonly PaperField[]): PaperField[] {
  return fields.flatMap((field) =>
    field.input.kind === "group" || field.input.kind === "list" ? [field, ...allFields(field.input.fields)] : [field],
  );
}

/** The labels, hints and rules of `fields` that `text` lacks (the page capitalises rules). */
function missingParts(text: string, fields: readonly PaperField[]): string[] {
  const seen = text.toLocaleLowerCase("vi");
  return fields.flatMap((field) =>
    [field.label, field.hint ?? "", ...field.rules]
      .filter((part) => part !== "" && !seen.includes(part.toLocaleLowerCase("vi")))
      .map((part) => `${field.path.join(".")}: ${part}`),
  );
}

describe("the forms page", () => {
  it("holds the five forms in their order, numbered, each with its title", () => {
    const ids = [...html.matchAll(/<section class="form-sheet" id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([...FORM_IDS]);
    for (const id of FORM_IDS) {
      expect(formText(id)).toContain(t(FORM_TEXTS[id].title));
      expect(formText(id)).toContain(t("forms.number", { n: formNumber(id) }));
    }
  });

  it("ships no script and no inline style", () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\sstyle="/i);
  });

  it.each([
    ["dang-ky-mo-hinh", "models"],
    ["dang-ky-dien-hinh", "people"],
  ] as const)("%s shows every field of %s with its label and hint", (id, kind) => {
    const fields = allFields(registrationForm(kind).fields);
    expect(fields.length).toBeGreaterThan(20);
    expect(missingParts(formText(id), fields)).toEqual([]);
  });

  it("the check finds a label or hint that is not on the page", () => {
    const fields = allFields(registrationForm("models").fields);
    const withHint = fields.find((field) => field.hint)!;
    const text = formText("dang-ky-mo-hinh");
    expect(missingParts(text.replaceAll(withHint.hint!, ""), fields)).toContain(
      `${withHint.path.join(".")}: ${withHint.hint!}`,
    );
    expect(missingParts(text, [{ ...withHint, label: "Số hội viên tham gia" }])).toHaveLength(1);
  });

  it("the report form asks per level of a campaign, in the campaign's order", () => {
    const text = formText("bao-cao");
    const campaign = rawEntries("campaigns").find((entry) => text.includes(String(entry.data.title)));
    expect(campaign, "the report form names a campaign").toBeDefined();
    const levels = (campaign?.data.levels ?? []) as { level: keyof typeof levelLabels }[];
    const positions = levels.map((entry) => text.indexOf(levelLabels[entry.level]));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("the consent form and its withdrawal ask each part of the consent and point to the rights page", () => {
    const { choices } = consentForms();
    for (const id of ["dong-y-cong-bo", "rut-lai-dong-y"]) {
      for (const choice of choices) expect(formText(id)).toContain(choice.label);
      expect(formHtml(id)).toContain(`href="https://dvk.ccbninhbinh.vn${PAGE_PATHS.rights}"`);
    }
  });

  it("the consent forms promise what the rights page promises: removal within one working day", () => {
    const promise = "trong một ngày làm việc";
    expect(textOf(page(PAGE_PATHS.rights)).toLowerCase()).toContain(promise);
    expect(formText("dong-y-cong-bo")).toContain(promise);
    expect(formText("rut-lai-dong-y")).toContain(promise);
  });
});

describe("the way to the forms", () => {
  it("the press room links to them from its content, not only its footer", () => {
    const main = page(PAGE_PATHS.press).replace(/<footer class="site-footer"[\s\S]*?<\/footer>/, "");
    expect(main).toContain(`href="${PAGE_PATHS.forms}"`);
  });
});
