import { describe, expect, it } from "vitest";
import { fieldOrder } from "../i18n/field-texts";
import { entryKindLabels, fieldLabels, levelLabels, t } from "../i18n/vi";
import { CONSENT_GATE, WITHDRAWAL_FIELDS } from "../schemas/person";
import { FIELDS, type Level } from "../schemas/shared";
import { fieldNamed, type FieldShape } from "../schemas/walk";
import { fieldTextAt } from "./field-text";
import {
  CONSENT_OFFICE_FIELDS,
  FORM_IDS,
  OFFICE_FIELDS,
  consentForms,
  formNumber,
  paperShapes,
  registrationForm,
  reportForm,
} from "./forms";
import type { PaperField } from "./paper-form";

const shapes = paperShapes();
const topLevel = (shape: FieldShape) => (shape.kind === "object" ? shape.fields.map((field) => field.name) : []);
const names = (fields: readonly PaperField[]) => fields.map((field) => field.path.at(-1));

describe("the registration forms ask what the CMS asks", () => {
  it.each(["models", "people"] as const)("%s: every field, in the CMS's order, less the office's", (kind) => {
    const form = registrationForm(kind, shapes);
    const expected = topLevel(shapes[kind])
      .filter((name) => !(OFFICE_FIELDS as readonly string[]).includes(name))
      .sort((a, b) => {
        const rank = (name: string) => (fieldOrder[kind].includes(name) ? fieldOrder[kind].indexOf(name) : 99);
        return rank(a) - rank(b);
      });
    expect(names(form.fields)).toEqual([...expected, "body"]);
    expect(form.omitted.map((field) => field.path.at(-1)).sort()).toEqual([...OFFICE_FIELDS].sort());
  });

  it.each(["models", "people"] as const)("%s: each field with the CMS's label", (kind) => {
    for (const field of registrationForm(kind, shapes).fields) {
      if (field.input.kind === "attachment") continue;
      expect(field.label).toBe(fieldTextAt(field.path).label);
    }
  });

  it("a model's form has the how-to section with its steps", () => {
    const replication = registrationForm("models", shapes).fields.find((field) => field.path.at(-1) === "replication");
    expect(replication?.input.kind).toBe("group");
    if (replication?.input.kind !== "group") return;
    expect(names(replication.input.fields)).toEqual(topLevel(fieldNamed(shapes.models, "replication")!));
  });

  it("a person's consent is the signed form sent along, not boxes to tick on the registration", () => {
    const consent = registrationForm("people", shapes).fields.find((field) => field.path.at(-1) === "consent");
    expect(consent).toMatchObject({
      label: t("forms.consentAttachment"),
      input: { kind: "attachment", numbered: false },
    });
  });

  it("photos are sent along, numbered", () => {
    const cover = registrationForm("models", shapes).fields.find((field) => field.path.at(-1) === "cover");
    if (cover?.input.kind !== "group") throw new Error("the cover is a part");
    expect(cover.input.fields[0]).toMatchObject({
      label: t("forms.photo"),
      input: { kind: "attachment", numbered: true },
    });
  });
});

describe("the consent form and its withdrawal follow the consent record", () => {
  const forms = consentForms(shapes);
  const consent = fieldNamed(shapes.people, "consent")!;
  const record = topLevel(consent);
  const booleans =
    consent.kind === "object" ? consent.fields.filter((f) => f.shape.kind === "boolean").map((f) => f.name) : [];

  it("asks each agreement, the one without which nothing is published first", () => {
    expect(names(forms.choices)[0]).toBe(CONSENT_GATE);
    expect(forms.gate).toBe(`people.consent.${CONSENT_GATE}`);
    expect(names(forms.choices).sort()).toEqual(
      booleans.filter((name) => !(WITHDRAWAL_FIELDS as readonly string[]).includes(name)).sort(),
    );
  });

  it("puts every field of the record on one of the two forms", () => {
    const onPaper = new Set(
      [...forms.choices, ...forms.signed, ...forms.office, ...forms.withdrawalOffice].map((f) => f.path.at(-1)),
    );
    expect([...onPaper].sort()).toEqual([...record].sort());
  });

  it("leaves the withdrawal and where the form is kept to the office", () => {
    expect(names(forms.office)).toEqual([...CONSENT_OFFICE_FIELDS]);
    expect(names(forms.withdrawalOffice)).toEqual([...WITHDRAWAL_FIELDS, ...CONSENT_OFFICE_FIELDS]);
    expect(names(forms.signed)).not.toContain("withdrawn");
  });

  it("names the person as the registration does", () => {
    expect(names(forms.person)).toEqual(["name", "unit"]);
    expect(forms.person[0]?.label).toBe(fieldTextAt(["people", "name"]).label);
  });
});

describe("the report form follows the campaign's own levels", () => {
  it.each<[string, { level: Level; collective: number | null; individual: number | null }[]]>([
    [
      "four levels with targets",
      [
        { level: "tinh", collective: 2, individual: 2 },
        { level: "huyen", collective: 3, individual: 3 },
        { level: "khoi", collective: 3, individual: 3 },
        { level: "xa", collective: 1, individual: 1 },
      ],
    ],
    [
      "two levels, the commune first, targets unknown",
      [
        { level: "xa", collective: null, individual: 1 },
        { level: "tinh", collective: null, individual: null },
      ],
    ],
    ["one level", [{ level: "huyen", collective: 5, individual: 0 }]],
  ])("%s", (_, levels) => {
    const form = reportForm({ title: "Giai đoạn thử", levels });
    expect(form.campaign).toBe("Giai đoạn thử");
    expect(form.levels).toEqual(
      levels.map((entry) => ({
        label: levelLabels[entry.level],
        collective: entry.collective,
        individual: entry.individual,
      })),
    );
  });

  it("counts what the computed report counts: per field, new registrations and recognitions per kind", () => {
    const form = reportForm({ title: "x", levels: [] });
    expect(form.fieldRows).toEqual(FIELDS.map((field) => fieldLabels[field]));
    expect(form.activity.map((group) => group.label)).toEqual([
      t("reports.newRegistrations"),
      t("reports.newRecognitions"),
    ]);
    expect(form.activity.every((group) => group.kinds.length === 2)).toBe(true);
    expect(form.kinds.map((kind) => kind.label)).toEqual([entryKindLabels.collective, entryKindLabels.individual]);
    expect(form.periods).toEqual([t("reports.periodHalf", { year: "……" }), t("reports.periodYear", { year: "……" })]);
  });
});

describe("the forms' numbers", () => {
  it.each(FORM_IDS.map((id, index) => [id, index + 1] as const))("%s is Mẫu số %i", (id, number) => {
    expect(formNumber(id)).toBe(number);
  });

  it("the texts that refer to a form by number name the right one", () => {
    expect(t("forms.consentAttachment")).toContain(`mẫu số ${formNumber("dong-y-cong-bo")}`);
    expect(t("forms.registerPersonIntro")).toContain(`mẫu số ${formNumber("dong-y-cong-bo")}`);
    expect(t("forms.consentWithdraw")).toContain(`mẫu số ${formNumber("rut-lai-dong-y")}`);
  });
});
