import { isPublished, rawEntries, type RawEntry } from "./entries";

/**
 * Units, campaigns, models and people as their files say, for tests that count by hand what
 * the site computes. Read with the `yaml` package through `entries.ts`, never through the
 * site's schemas or `src/lib`, so that a mistake there cannot hide itself here.
 */

export type Kind = "collective" | "individual";
export const KINDS: readonly Kind[] = ["collective", "individual"];
export type Counts = Record<Kind, number>;
export type Target = Record<Kind, number | null>;

export interface RawUnit {
  id: string;
  name: string;
  shortName: string;
  level: string;
  parent?: string;
  /** Later parents: from `on`, the unit sits under `parent`. */
  parentChanges: { on: string; parent: string }[];
  /** Absent: older than every campaign. */
  validFrom?: string;
  validTo?: string;
  successor?: string;
}

export interface RawCampaign {
  id: string;
  startsOn: string;
  endsOn: string;
  /** The levels the campaign counts, with their targets, in its order. */
  levels: ({ level: string } & Partial<Target>)[];
}

export interface RawStory {
  id: string;
  kind: Kind;
  /** A model's title or a person's name. */
  title: string;
  unit: string;
  field: string;
  campaign: string;
  status: string;
  registeredOn: string;
  recognition?: { decisionNumber: string; date: string };
  replicatedFrom?: string;
  awards: { title: string; date: string }[];
}

/** YAML 1.2 reads `2016-10-01` as a string; anything else would show up in a comparison. */
const day = (value: unknown): string => String(value);

export const units: RawUnit[] = rawEntries("units").map(({ id, data }) => ({
  id,
  name: String(data.name),
  shortName: String(data.shortName),
  level: String(data.level),
  ...(typeof data.parent === "string" ? { parent: data.parent } : {}),
  parentChanges: ((data.parentChanges ?? []) as { on: unknown; parent: unknown }[]).map((change) => ({
    on: day(change.on),
    parent: String(change.parent),
  })),
  ...(data.validFrom === undefined ? {} : { validFrom: day(data.validFrom) }),
  ...(data.validTo === undefined ? {} : { validTo: day(data.validTo) }),
  ...(typeof data.successor === "string" ? { successor: data.successor } : {}),
}));

/** Campaigns, oldest first. */
export const campaigns: RawCampaign[] = rawEntries("campaigns")
  .map(({ id, data }) => ({
    id,
    startsOn: day(data.startsOn),
    endsOn: day(data.endsOn),
    levels: (data.levels ?? []) as RawCampaign["levels"],
  }))
  .sort((a, b) => a.startsOn.localeCompare(b.startsOn));

function story(entry: RawEntry, kind: Kind): RawStory {
  const { data } = entry;
  const recognition = data.recognition as { decisionNumber?: unknown; date?: unknown } | undefined;
  const awards = (data.awards ?? []) as { title?: unknown; date?: unknown }[];
  return {
    id: entry.id,
    kind,
    title: String(kind === "collective" ? data.title : data.name),
    unit: String(data.unit),
    field: String(data.field),
    campaign: String(data.campaign),
    status: String(data.status ?? "registered"),
    registeredOn: day(data.registeredOn),
    ...(recognition?.date === undefined
      ? {}
      : { recognition: { decisionNumber: String(recognition.decisionNumber), date: day(recognition.date) } }),
    ...(typeof data.replicatedFrom === "string" ? { replicatedFrom: data.replicatedFrom } : {}),
    awards: awards.map((award) => ({ title: String(award.title), date: day(award.date) })),
  };
}

/** Published models and people: drafts and people without standing consent never count. */
export const stories: RawStory[] = [
  ...rawEntries("models")
    .filter(isPublished)
    .map((e) => story(e, "collective")),
  ...rawEntries("people")
    .filter(isPublished)
    .map((e) => story(e, "individual")),
];

/** How many model and person files are not published. */
export const unpublishedCount = rawEntries("models").length + rawEntries("people").length - stories.length;

/** Whether a unit existed on some day of `start..end`. */
export function existed(unit: RawUnit, start: string, end: string): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= end) && (unit.validTo === undefined || unit.validTo >= start)
  );
}

/** The days of `start..end` the unit existed. */
export function lifeIn(unit: RawUnit, start: string, end: string): { start: string; end: string } {
  return {
    start: unit.validFrom !== undefined && unit.validFrom > start ? unit.validFrom : start,
    end: unit.validTo !== undefined && unit.validTo < end ? unit.validTo : end,
  };
}

/**
 * The parent of a unit on `day`, or on its own last (first) day if it had ended (not begun)
 * by then: where it sat in the tree of that day.
 */
export function parentOn(unit: RawUnit, day: string): string | undefined {
  const { end } = lifeIn(unit, day, day);
  const when = unit.validFrom !== undefined && unit.validFrom > end ? unit.validFrom : end;
  let parent = unit.parent;
  for (const change of unit.parentChanges) if (change.on <= when) parent = change.parent;
  return parent;
}

/** Whether an entry is recognised by a decision dated within `start..end`. */
export function recognisedWithin(s: RawStory, start: string, end: string): boolean {
  return (
    s.status === "recognised" && s.recognition !== undefined && s.recognition.date >= start && s.recognition.date <= end
  );
}

/**
 * A level's targets in a campaign; a target not written down is unknown (`null`). A level the
 * campaign does not list takes no part in it (`undefined`).
 */
export function targetOf(campaign: RawCampaign, level: string): Target | undefined {
  const target = campaign.levels.find((entry) => entry.level === level);
  return target && { collective: target.collective ?? null, individual: target.individual ?? null };
}

/** Whether a campaign sets no target at all. */
export function hasNoTargets(campaign: RawCampaign): boolean {
  return campaign.levels.every(
    (target) => (target.collective ?? null) === null && (target.individual ?? null) === null,
  );
}

/**
 * "Đạt", "Chưa đạt" or "chưa có chỉ tiêu": a known target missed is behind, whatever the other;
 * otherwise an unknown target leaves the result unknown.
 */
export function resultOf(target: Target, recognised: Counts): "Đạt" | "Chưa đạt" | "chưa có chỉ tiêu" {
  const met = KINDS.map((kind) => {
    const goal = target[kind];
    return goal === null ? null : recognised[kind] >= goal;
  });
  if (met.includes(false)) return "Chưa đạt";
  return met.includes(null) ? "chưa có chỉ tiêu" : "Đạt";
}

/** "Số liệu tính đến ngày 27 tháng 11 năm 2026" in a page's text → `2026-11-27`. */
export function asOfDayIn(text: string): string {
  const match = /Số liệu tính đến ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/.exec(text);
  if (!match) throw new Error("the page does not say which day its numbers are for");
  const [, d = "", m = "", y = ""] = match;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}
