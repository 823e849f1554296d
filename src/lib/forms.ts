import { z } from "astro/zod";
import { fieldOrder } from "../i18n/field-texts";
import { entryKindLabels, fieldLabels, levelLabels, occasionLabels, t, type UiKey } from "../i18n/vi";
import { collectionFormats, schemasFor } from "../schemas";
import { CONSENT_GATE, WITHDRAWAL_FIELDS } from "../schemas/person";
import { COLLECTIONS, FIELDS, type CollectionName } from "../schemas/shared";
import { describeSchema, fieldNamed, type FieldShape } from "../schemas/walk";
import { fieldTextAt } from "./field-text";
import { PAPER_FIT, paperForm, type PaperField, type PaperForm } from "./paper-form";
import { PERIOD_KINDS, periodTitle } from "./reports";
import { ENTRY_KINDS, type CampaignInput, type EntryKind } from "./targets";

/**
 * The five paper forms of `/bieu-mau/`: registering a model and a person, a unit's six-month
 * or yearly report, a person's consent and its withdrawal. The registration and consent forms
 * are the schemas on paper (`paper-form.ts`); the report form asks for what
 * `reports.ts` computes, with the levels and targets of the campaign itself.
 */

/** Each form's anchor on `/bieu-mau/`, in the order they are printed: "Mẫu số 1" first. */
export const FORM_IDS = [
  "dang-ky-mo-hinh",
  "dang-ky-dien-hinh",
  "bao-cao",
  "dong-y-cong-bo",
  "rut-lai-dong-y",
] as const;
export type FormId = (typeof FORM_IDS)[number];

/** Each form's title and the line under it: what it is for and who fills it in. */
export const FORM_TEXTS: Record<FormId, { title: UiKey; intro: UiKey }> = {
  "dang-ky-mo-hinh": { title: "forms.registerModel", intro: "forms.registerModelIntro" },
  "dang-ky-dien-hinh": { title: "forms.registerPerson", intro: "forms.registerPersonIntro" },
  "bao-cao": { title: "forms.report", intro: "forms.reportIntro" },
  "dong-y-cong-bo": { title: "forms.consent", intro: "forms.consentIntro" },
  "rut-lai-dong-y": { title: "forms.withdrawal", intro: "forms.withdrawalIntro" },
};

/** "Mẫu số 3": a form's number, as the forms refer to each other. */
export function formNumber(id: FormId): number {
  return FORM_IDS.indexOf(id) + 1;
}

/** The schemas as paper sees them: an image is a photo sent along, so its file is only a path. */
export function paperShapes(): Record<CollectionName, FieldShape> {
  const schemas = schemasFor({ image: () => z.string() });
  return Object.fromEntries(COLLECTIONS.map((name) => [name, describeSchema(schemas[name])])) as Record<
    CollectionName,
    FieldShape
  >;
}

/**
 * Fields of a model or person that the office decides when it publishes the entry, not facts
 * the unit reports: when it goes on the portal, search keywords, the home page, the sample
 * label, drafts. The registration forms leave them off and name them for the office.
 */
export const OFFICE_FIELDS = ["publishedOn", "updatedOn", "tags", "featured", "sample", "draft"] as const;

/** The entry's story (its body, which the CMS asks for after the fields): a large box. */
function storyField(kind: CollectionName): PaperField {
  return {
    path: [kind, "body"],
    label: fieldTextAt([kind, "body"]).label,
    hint: t("forms.storyHint"),
    rules: [],
    required: false,
    input: { kind: "text", lines: PAPER_FIT.storyLines },
  };
}

/**
 * The registration form of a model or a person: every field the CMS asks for, in its order,
 * except the office's (`OFFICE_FIELDS`); a person's consent is the signed consent form, sent
 * along.
 */
export function registrationForm(kind: "models" | "people", shapes = paperShapes()): PaperForm {
  const form = paperForm(shapes[kind], [kind], {
    omit: OFFICE_FIELDS,
    attach: kind === "people" ? { consent: t("forms.consentAttachment") } : {},
    order: fieldOrder[kind],
  });
  return collectionFormats[kind] === "mdx" ? { ...form, fields: [...form.fields, storyField(kind)] } : form;
}

/** Consent fields the office fills in when the signed form reaches it: where it is kept. */
export const CONSENT_OFFICE_FIELDS = ["formKeptAt"] as const;

/** The consent form and the withdrawal form, from the person's consent record. */
export interface ConsentForms {
  /** Who the person is: their name and unit, with the registration form's labels. */
  person: PaperField[];
  /** Each part of the consent, agreed or not; the one without which nothing is published first. */
  choices: PaperField[];
  /** Path of that first choice (`people.consent.name`). */
  gate: string;
  /** What else the person fills in: the day they sign. */
  signed: PaperField[];
  /** What the office notes on the consent form. */
  office: PaperField[];
  /** What the office notes when consent is withdrawn. */
  withdrawalOffice: PaperField[];
}

export function consentForms(shapes = paperShapes()): ConsentForms {
  const people = shapes.people;
  const consent = fieldNamed(people, "consent");
  if (!consent) throw new Error("the person schema has no consent record");
  const at = ["people", "consent"];
  const own = paperForm(consent, at, { omit: [...WITHDRAWAL_FIELDS, ...CONSENT_OFFICE_FIELDS] }).fields;
  const gate = [...at, CONSENT_GATE].join(".");
  const isChoice = (field: PaperField) => field.input.kind === "yesNo";
  const isGate = (field: PaperField) => field.path.join(".") === gate;
  return {
    person: paperForm(people, ["people"], { pick: ["name", "unit"] }).fields,
    choices: [...own.filter(isGate), ...own.filter((field) => isChoice(field) && !isGate(field))],
    gate,
    signed: own.filter((field) => !isChoice(field)),
    office: paperForm(consent, at, { pick: CONSENT_OFFICE_FIELDS }).fields,
    withdrawalOffice: paperForm(consent, at, { pick: [...WITHDRAWAL_FIELDS, ...CONSENT_OFFICE_FIELDS] }).fields,
  };
}

/** Blank rows of the report form's lists. */
export const REPORT_ROWS = { byUnit: 6, recognised: 5, awards: 4 } as const;

/** What a blank on a printed form looks like where a number or a year goes. */
export const BLANK = "……";

/** A column head of the report's count tables: a measure, split by kind of entry. */
export interface KindGroup {
  label: string;
  kinds: { kind: EntryKind; label: string }[];
}

/** The report form of a unit, for a campaign. */
export interface ReportForm {
  campaign: string;
  /** The campaign's levels in its order, each with its targets (`null`: none set). */
  levels: { label: string; collective: number | null; individual: number | null }[];
  /** The kinds of report, to tick one: "6 tháng đầu năm ……", "Năm ……". */
  periods: string[];
  /** The counts of the period: new registrations, new recognitions, each per kind. */
  activity: KindGroup[];
  /** Rows of the table by field: the four fields, then the total. */
  fieldRows: string[];
  total: string;
  /** The list of entries recognised in the period, and the list of awards: their columns. */
  recognisedColumns: string[];
  awardColumns: string[];
  /** The occasions an award is given on, to tick. */
  occasions: string[];
  /** Standing at the period's end, per kind: target, registered, recognised, and the result. */
  cumulativeColumns: string[];
  kinds: { kind: EntryKind; label: string }[];
  results: string[];
}

/** The short names of the two kinds of entry, as the report's tables head them. */
const SHORT_KIND = { collective: "reports.collectiveShort", individual: "reports.individualShort" } as const;

/**
 * The report form, with what `periodReport` computes for a unit: new registrations and
 * recognitions in the period per field and per reporting unit, the entries recognised and the
 * awards given, and the standing against the campaign's targets.
 */
export function reportForm(campaign: Pick<CampaignInput, "title" | "levels">): ReportForm {
  const kinds = ENTRY_KINDS.map((kind) => ({ kind, label: t(SHORT_KIND[kind]) }));
  return {
    campaign: campaign.title,
    levels: campaign.levels.map((entry) => ({
      label: levelLabels[entry.level],
      collective: entry.collective,
      individual: entry.individual,
    })),
    periods: PERIOD_KINDS.map((kind) => periodTitle({ kind, year: BLANK })),
    activity: [
      { label: t("reports.newRegistrations"), kinds },
      { label: t("reports.newRecognitions"), kinds },
    ],
    fieldRows: FIELDS.map((field) => fieldLabels[field]),
    total: t("targets.total"),
    recognisedColumns: [
      t("reports.entry"),
      t("reports.kind"),
      t("reports.by"),
      t("reports.decision"),
      t("reports.date"),
    ],
    awardColumns: [t("reports.entry"), t("reports.award"), t("reports.occasion"), t("reports.date")],
    occasions: Object.values(occasionLabels),
    cumulativeColumns: [t("targets.target"), t("targets.registered"), t("targets.recognised"), t("targets.result")],
    kinds: ENTRY_KINDS.map((kind) => ({ kind, label: entryKindLabels[kind] })),
    results: [t("targets.meets"), t("targets.behind")],
  };
}
