import { formatDate } from "./dates";
import { fieldLabels, statusLabels, t } from "../i18n/vi";
import type { Field, Status } from "../schemas/shared";
import { fieldPath, targetsPath, unitPath } from "./urls";

/** What a facts box needs to know about the units and campaigns an entry points at. */
export interface FactsContext {
  unitName: (id: string) => string;
  campaignTitle: (id: string) => string;
  /** The unit a unit that merged away is part of now; absent where unknown (the CMS preview). */
  unitNow?: ((id: string) => { id: string; name: string } | undefined) | undefined;
}

/** The common facts of a model or a person, in reading order. */
export interface StoryFacts {
  field: Field;
  unit: string;
  campaign: string;
  status: Status;
  registeredOn: string;
  recognition?: { decisionNumber: string; date: string; by: string } | undefined;
}

export interface FactRow {
  label: string;
  value: string;
  href?: string;
  /** `false`: shown to readers but left out of the search index (a facet covers it, or it is a bare date). */
  indexed?: boolean;
}

/** "số 15/QĐ-CCB ngày 10/10/2018 của Hội CCB tỉnh" */
export function recognitionText(recognition: NonNullable<StoryFacts["recognition"]>, context: FactsContext): string {
  return t("story.recognitionBy", {
    number: recognition.decisionNumber,
    date: formatDate(recognition.date),
    unit: context.unitName(recognition.by),
  });
}

/** Rows of the facts box shared by models and people. */
export function storyFactRows(entry: StoryFacts, context: FactsContext): FactRow[] {
  const now = context.unitNow?.(entry.unit);
  const rows: FactRow[] = [
    { label: t("facts.field"), value: fieldLabels[entry.field], href: fieldPath(entry.field), indexed: false },
    { label: t("facts.unit"), value: context.unitName(entry.unit), href: unitPath(entry.unit) },
    // Searching the unit's present name finds the entries of the units it was formed from.
    ...(now ? [{ label: t("facts.unitNow"), value: now.name, href: unitPath(now.id) }] : []),
    {
      label: t("facts.campaign"),
      value: context.campaignTitle(entry.campaign),
      href: targetsPath(entry.campaign),
      indexed: false,
    },
    { label: t("facts.status"), value: statusLabels[entry.status], indexed: false },
    { label: t("facts.registered"), value: formatDate(entry.registeredOn), indexed: false },
  ];
  if (entry.recognition) {
    rows.push({ label: t("facts.recognition"), value: recognitionText(entry.recognition, context) });
  }
  return rows;
}
