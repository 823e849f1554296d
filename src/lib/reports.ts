import { vietnameseCollator } from "./collate";
import {
  campaignProgress,
  countByKind,
  descendantsAndSelf,
  ENTRY_KINDS,
  isCounted,
  isRecognisedWithin,
  isWithin,
  resultLabel,
  storyInput,
  treeOrder,
  type CampaignInput,
  type CampaignProgress,
  type EntryKind,
  type KindCounts,
  type StoryData,
  type StoryInput,
  type TableCell,
  type UnitInput,
  type UnitProgress,
} from "./targets";
import { existedDuring, existsOn, unitsAsOf } from "./unit-history";
import { periodState } from "./campaigns";
import { FIELDS, type Field } from "../schemas/shared";
import { entryKindLabels, fieldLabels, levelLabels, t } from "../i18n/vi";

/**
 * The periodic reports the plan asks of district-level associations: every six months and
 * every year (báo cáo định kỳ 6 tháng, năm), computed from the entries, for the province and
 * for each district-level unit. Dates are Vietnamese calendar days (`YYYY-MM-DD`), compared
 * as strings: 30/6 belongs to the first half of the year, 1/7 to the second.
 */

/** Six-month report (first half of a year) or yearly report. */
export type PeriodKind = "half-year" | "year";

/** The kinds of report, in the order a year brings them. */
export const PERIOD_KINDS: readonly PeriodKind[] = ["half-year", "year"];

/** A reporting period of a campaign. */
export interface Period {
  /** URL segment: `2018-6-thang` or `2018-ca-nam`. */
  id: string;
  kind: PeriodKind;
  year: number;
  /** First day, clipped to the campaign. */
  start: string;
  /** Last day, clipped to the campaign. */
  end: string;
  /** Whether the campaign's dates cut the calendar period short. */
  clipped: boolean;
}

const PERIOD_SUFFIX: Record<PeriodKind, string> = { "half-year": "6-thang", year: "ca-nam" };

/** The URL segment of a period. */
export function periodId(year: number, kind: PeriodKind): string {
  return `${year}-${PERIOD_SUFFIX[kind]}`;
}

/**
 * Periods of a campaign: for every calendar year it overlaps, the first half
 * (1/1–30/6) and the whole year (1/1–31/12), both clipped to the campaign's dates. A half
 * that lies wholly outside the campaign (the campaign starts in August) is left out.
 */
export function periodsOf(campaign: Pick<CampaignInput, "startsOn" | "endsOn">): Period[] {
  const first = Number(campaign.startsOn.slice(0, 4));
  const last = Number(campaign.endsOn.slice(0, 4));
  const periods: Period[] = [];
  for (let year = first; year <= last; year += 1) {
    const calendar: [PeriodKind, string, string][] = [
      ["half-year", `${year}-01-01`, `${year}-06-30`],
      ["year", `${year}-01-01`, `${year}-12-31`],
    ];
    for (const [kind, from, to] of calendar) {
      const start = from < campaign.startsOn ? campaign.startsOn : from;
      const end = to > campaign.endsOn ? campaign.endsOn : to;
      if (start > end) continue;
      periods.push({ id: periodId(year, kind), kind, year, start, end, clipped: start !== from || end !== to });
    }
  }
  return periods;
}

/** Periods that have begun by `today`: the ones a report can be made for. */
export function reportablePeriods(campaign: Pick<CampaignInput, "startsOn" | "endsOn">, today: string): Period[] {
  return periodsOf(campaign).filter((period) => periodState(period, today) !== "upcoming");
}

/** An award as stored on an entry. */
export interface AwardInput {
  title: string;
  date: string;
  by: string;
  occasion: "so-ket" | "tong-ket" | "khac";
}

/** A model or person as a report reads it. */
export interface ReportEntry extends StoryInput {
  /** Title of a model or name of a person. */
  title: string;
  awards: readonly AwardInput[];
}

/** New registrations and recognitions of one row of a report. */
export interface ActivityRow {
  registered: KindCounts;
  recognised: KindCounts;
}

/** An entry recognised in the period, for the list of the report. */
export interface RecognisedItem {
  id: string;
  kind: EntryKind;
  title: string;
  unit: string;
  field: Field;
  decisionNumber: string;
  date: string;
  by: string;
}

/** An award given in the period. */
export interface AwardItem extends AwardInput {
  entryId: string;
  kind: EntryKind;
  entryTitle: string;
  unit: string;
}

/** One unit of the scope, for the detailed table and the CSV. */
export interface UnitReportRow extends ActivityRow {
  unit: UnitInput;
  /** The reporting unit it rolls up into (itself for the scope's root and its children). */
  group: string;
  /** Its standing at the period's end; absent when the unit did not exist in the campaign. */
  cumulative?: UnitProgress | undefined;
}

export interface PeriodReport {
  campaign: CampaignInput;
  period: Period;
  /** The unit whose report it is; absent for the whole province. */
  scope?: UnitInput | undefined;
  /** New in the period, over the whole scope. */
  totals: ActivityRow;
  /** New in the period per field, in the order of `FIELDS`. */
  byField: ({ field: Field } & ActivityRow)[];
  /** New in the period per reporting unit: the scope's root and its direct children, communes rolled up. */
  byUnit: ({ unit: UnitInput } & ActivityRow)[];
  /** New in the period and standing at its end, per unit of the scope. */
  perUnit: UnitReportRow[];
  /** Targets as they stand at the period's end, counted from the campaign's start. */
  cumulative: CampaignProgress;
  /** Entries recognised in the period, by date. */
  recognised: RecognisedItem[];
  /** Awards given in the period to entries of the scope (of any campaign), by date. */
  awards: AwardItem[];
}

/** Which units a report covers: one unit and its descendants, or all of them. */
export function scopeUnitIds(units: readonly UnitInput[], scope?: string): Set<string> {
  return scope === undefined ? new Set(units.map((u) => u.id)) : descendantsAndSelf(units, scope);
}

/**
 * The reporting unit an entry's unit rolls up into: the scope's root itself, or the direct
 * child of the root it lies under (a commune rolls up into its district).
 */
export function reportingUnitOf(
  unitId: string,
  units: ReadonlyMap<string, UnitInput>,
  scope: ReadonlySet<string>,
): string {
  const inScope = (id: string | undefined) => (id !== undefined && scope.has(id) ? units.get(id) : undefined);
  let current = inScope(unitId);
  while (current) {
    const parent = inScope(current.parent);
    if (!parent || !inScope(parent.parent)) return current.id;
    current = parent;
  }
  return unitId;
}

/**
 * The report of `campaign` for `period` over a scope (the whole province when `scope` is
 * absent). Registrations and recognitions count entries of the campaign; awards count any
 * entry of the scope, since each award belongs to exactly one period. Units sit where they
 * stood at the period's end (or on their last day, if they ended before), so that each
 * period follows its own reporting line: a commune rolls up into its district up to
 * 30/6/2025 and reports on its own to the province after.
 */
export function periodReport(
  campaign: CampaignInput,
  period: Period,
  allUnits: readonly UnitInput[],
  entries: readonly ReportEntry[],
  scope?: string,
): PeriodReport {
  const units = unitsAsOf(allUnits, period.end);
  const scopeIds = scopeUnitIds(units, scope);
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const scoped = treeOrder(units.filter((u) => scopeIds.has(u.id)));
  const ofScope = entries.filter((e) => scopeIds.has(e.unit));
  const ofCampaign = ofScope.filter((e) => e.campaign === campaign.id);
  const registeredIn = (e: ReportEntry) => isWithin(e.registeredOn, period.start, period.end);
  const recognisedIn = (e: ReportEntry) => isRecognisedWithin(e, period.start, period.end);
  const activity = (list: readonly ReportEntry[]): ActivityRow => ({
    registered: countByKind(list, registeredIn),
    recognised: countByKind(list, recognisedIn),
  });

  const cumulative = campaignProgress(
    campaign,
    scoped.filter((u) => existedDuring(u, period.start, period.end)),
    ofCampaign,
    { asOf: period.end },
  );
  const standing = new Map(cumulative.rows.map((row) => [row.unit.id, row]));
  const groupOf = (id: string) => reportingUnitOf(id, unitsById, scopeIds);

  const perUnit: UnitReportRow[] = scoped.flatMap((unit) => {
    const own = ofCampaign.filter((e) => e.unit === unit.id);
    const row = activity(own);
    const active =
      row.registered.collective + row.registered.individual + row.recognised.collective + row.recognised.individual > 0;
    if (!existedDuring(unit, period.start, period.end) && !active) return [];
    return [{ unit, group: groupOf(unit.id), ...row, cumulative: standing.get(unit.id) }];
  });

  const groups = scoped.filter((unit) => groupOf(unit.id) === unit.id);
  const byUnit = groups.flatMap((unit) => {
    const row = activity(ofCampaign.filter((e) => groupOf(e.unit) === unit.id));
    const active =
      row.registered.collective + row.registered.individual + row.recognised.collective + row.recognised.individual > 0;
    return existedDuring(unit, period.start, period.end) || active ? [{ unit, ...row }] : [];
  });

  const recognised: RecognisedItem[] = ofCampaign
    .filter(recognisedIn)
    .flatMap((e) =>
      e.recognition ? [{ id: e.id, kind: e.kind, title: e.title, unit: e.unit, field: e.field, ...e.recognition }] : [],
    )
    .sort((a, b) => a.date.localeCompare(b.date) || vietnameseCollator.compare(a.title, b.title));

  const awards: AwardItem[] = ofScope
    .flatMap((e) =>
      e.awards
        .filter((award) => isWithin(award.date, period.start, period.end))
        .map((award) => ({ ...award, entryId: e.id, kind: e.kind, entryTitle: e.title, unit: e.unit })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || vietnameseCollator.compare(a.entryTitle, b.entryTitle));

  return {
    campaign,
    period,
    scope: scope === undefined ? undefined : unitsById.get(scope),
    totals: activity(ofCampaign),
    byField: FIELDS.map((field) => ({ field, ...activity(ofCampaign.filter((e) => e.field === field)) })),
    byUnit,
    perUnit,
    cumulative,
    recognised,
    awards,
  };
}

/** A model or person entry as the content layer gives it, with the fields reports read. */
type StoryEntry = { id: string; data: StoryData & { awards: readonly AwardInput[] } };

/**
 * The report view of a model (`collective`, titled by its title) or a person (`individual`,
 * titled by their name) entry.
 */
function reportEntry(entry: StoryEntry, kind: EntryKind, title: string): ReportEntry {
  return { ...storyInput(entry, kind), title, awards: entry.data.awards };
}

/**
 * The counted entries (`isCounted`: never a draft or a person without standing consent) of
 * model and person entries, as reports and the targets read them.
 */
export function reportEntries(
  models: readonly (StoryEntry & { data: { title: string } })[],
  people: readonly (StoryEntry & { data: { name: string } })[],
): ReportEntry[] {
  return [
    ...models.filter((m) => isCounted(m.data)).map((m) => reportEntry(m, "collective", m.data.title)),
    ...people.filter((p) => isCounted(p.data)).map((p) => reportEntry(p, "individual", p.data.name)),
  ];
}

/**
 * The units that owe the province a report for `period`, in tree order: those that exist on
 * its last day and sit directly under the province that day. That is the reporting line of
 * each period, read from the units rather than from their levels: the districts, cities and
 * the agencies' bloc up to 30/6/2025, each commune-level unit after. A unit that ended before
 * the period's last day files no report for it: a district that ended on 30/6/2025 reports
 * for the first half of 2025 and not for the year 2025, which the province reports.
 */
export function reportingUnits(units: readonly UnitInput[], period: Pick<Period, "end">): UnitInput[] {
  const tree = unitsAsOf(units, period.end);
  const provinces = new Set(tree.filter((unit) => unit.parent === undefined).map((unit) => unit.id));
  return treeOrder(tree).filter(
    (unit) => unit.parent !== undefined && provinces.has(unit.parent) && existsOn(unit, period.end),
  );
}

/**
 * The province association that files the province's report for `period`: the unit without a
 * parent that exists on its last day (the province formed on 1/7/2025 files the year 2025),
 * or failing that the last one to exist during the period.
 */
export function reportingProvince(
  units: readonly UnitInput[],
  period: Pick<Period, "start" | "end">,
): UnitInput | undefined {
  const provinces = treeOrder(units).filter((unit) => unit.parent === undefined);
  return (
    provinces.find((unit) => existsOn(unit, period.end)) ??
    provinces.filter((unit) => existedDuring(unit, period.start, period.end)).at(-1)
  );
}

/** The title of a period: "6 tháng đầu năm 2018" or "Năm 2018" (or "Năm ……" on a blank form). */
export function periodTitle(period: { kind: PeriodKind; year: number | string }): string {
  return t(period.kind === "half-year" ? "reports.periodHalf" : "reports.periodYear", { year: period.year });
}

/**
 * The report's per-unit table as CSV rows, header first: what is new in the period, then the
 * cumulative standing at its end against the targets (an unknown target is an empty cell).
 */
export function reportTableRows(report: PeriodReport, shortName: (unitId: string) => string): TableCell[][] {
  const perKind = (label: string) => ENTRY_KINDS.map((kind) => `${label} – ${entryKindLabels[kind]}`);
  const header = [
    t("csv.unitId"),
    t("targets.unit"),
    t("targets.level"),
    t("reports.group"),
    ...perKind(t("reports.newRegistrations")),
    ...perKind(t("reports.newRecognitions")),
    ...perKind(t("reports.cumulativeShort")),
    ...perKind(t("targets.target")),
    t("targets.result"),
  ];
  const body = report.perUnit.map((row) => [
    row.unit.id,
    row.unit.name,
    levelLabels[row.unit.level],
    shortName(row.group),
    ...ENTRY_KINDS.map((kind) => row.registered[kind]),
    ...ENTRY_KINDS.map((kind) => row.recognised[kind]),
    ...ENTRY_KINDS.map((kind) => row.cumulative?.recognised[kind] ?? null),
    ...ENTRY_KINDS.map((kind) => row.cumulative?.target[kind] ?? null),
    row.cumulative ? resultLabel(row.cumulative) : null,
  ]);
  return [header, ...body];
}

/**
 * The report's table by field as CSV rows, header first, then one row per field in the order
 * of `FIELDS` and the totals: what is new in the period over the report's scope.
 */
export function reportFieldRows(report: PeriodReport): TableCell[][] {
  const perKind = (label: string) => ENTRY_KINDS.map((kind) => `${label} – ${entryKindLabels[kind]}`);
  const header = [
    t("csv.fieldId"),
    t("reports.field"),
    ...perKind(t("reports.newRegistrations")),
    ...perKind(t("reports.newRecognitions")),
  ];
  const numbers = (row: ActivityRow) => [
    ...ENTRY_KINDS.map((kind) => row.registered[kind]),
    ...ENTRY_KINDS.map((kind) => row.recognised[kind]),
  ];
  return [
    header,
    ...report.byField.map((row) => [row.field, fieldLabels[row.field], ...numbers(row)]),
    [null, t("targets.total"), ...numbers(report.totals)],
  ];
}
