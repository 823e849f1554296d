import { campaignState } from "./campaigns";
import { vietnameseCollator } from "./collate";
import { endedBefore, lifeWithin, unitsAsOf, type UnitLife } from "./unit-history";
import { entryKindLabels, levelLabels, t } from "../i18n/vi";
import { isPublishable, type Consent } from "../schemas/person";
import type { Field, Level, Status } from "../schemas/shared";

/**
 * Progress of the association's units against a campaign's targets (chỉ tiêu), computed from
 * the published entries. Everything here works on plain data, so that it can be tested
 * without Astro; `unitInput`, `storyInput` and `campaignInput` adapt content entries.
 *
 * Dates are calendar days in Vietnam written `YYYY-MM-DD`; such strings compare correctly as
 * strings, so no `Date` is ever built here.
 */

/** Collective models (mô hình tập thể) or exemplary individuals (điển hình cá nhân). */
export type EntryKind = "collective" | "individual";
export const ENTRY_KINDS: readonly EntryKind[] = ["collective", "individual"];

/** A number per kind of entry. */
export interface KindCounts {
  collective: number;
  individual: number;
}

/** Targets of one level; `null` means the plan sets none or it is not known. */
export interface LevelTarget {
  collective: number | null;
  individual: number | null;
}

/** A level that takes part in a campaign, with the targets of each of its units. */
export interface CampaignLevel extends LevelTarget {
  level: Level;
}

/** What the target computation needs to know about a campaign. */
export interface CampaignInput {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  /** The levels it sets targets for, in the plan's order; units of other levels are not counted. */
  levels: readonly CampaignLevel[];
}

/** What it needs to know about a unit of the association. */
export interface UnitInput extends UnitLife {
  shortName: string;
  level: Level;
  /** Display order among siblings; lower first. */
  order: number;
}

/** The decision that recognised an entry. */
export interface RecognitionInput {
  decisionNumber: string;
  date: string;
  by: string;
}

/** What it needs to know about a model or a person. */
export interface StoryInput {
  id: string;
  kind: EntryKind;
  unit: string;
  campaign: string;
  field: Field;
  status: Status;
  registeredOn: string;
  recognition?: RecognitionInput | undefined;
  /** For models: the model this one replicates. */
  replicatedFrom?: string | undefined;
}

/** Whether a day lies in `start..end`, both ends included. */
export function isWithin(day: string, start: string, end: string): boolean {
  return start <= day && day <= end;
}

/** Whether an entry is recognised by a decision dated within `start..end`. */
export function isRecognisedWithin(
  entry: Pick<StoryInput, "status" | "recognition">,
  start: string,
  end: string,
): boolean {
  return (
    entry.status === "recognised" && entry.recognition !== undefined && isWithin(entry.recognition.date, start, end)
  );
}

/** Whether a count reaches a target: `null` when the target is unknown. */
export function reaches(count: number, target: number | null): boolean | null {
  return target === null ? null : count >= target;
}

/**
 * Three-valued "and": false as soon as one part is known to fail, unknown if a part is
 * unknown, true only when every part is met.
 */
export function allMet(parts: readonly (boolean | null)[]): boolean | null {
  if (parts.some((part) => part === false)) return false;
  if (parts.some((part) => part === null)) return null;
  return true;
}

/** Counts per kind of the entries that satisfy `keep`. */
export function countByKind<T extends Pick<StoryInput, "kind">>(
  entries: readonly T[],
  keep: (entry: T) => boolean = () => true,
): KindCounts {
  const counts: KindCounts = { collective: 0, individual: 0 };
  for (const entry of entries) if (keep(entry)) counts[entry.kind] += 1;
  return counts;
}

/** Replication of a unit's models by other units. */
export interface ReplicationCounts {
  /** Models of this unit that at least one model of another unit replicates. */
  replicatedModels: number;
  /** Models of other units that replicate one of this unit's models. */
  replications: number;
}

/**
 * Replication per unit. A replicating model counts for its own unit like any other model (so
 * never twice); here it adds one replication to the unit whose model it copies. Only
 * replicating models of `campaign` count; the source may come from any campaign (the plan
 * asks to replicate the good models of 2013–2015). Sources that are not published are not
 * attributed to anyone, and a unit copying its own model is not a replication by others.
 */
export function replicationsByUnit(entries: readonly StoryInput[], campaign: string): Map<string, ReplicationCounts> {
  const unitOfModel = new Map(entries.filter((e) => e.kind === "collective").map((e) => [e.id, e.unit]));
  const sources = new Map<string, Set<string>>();
  const result = new Map<string, ReplicationCounts>();
  for (const entry of entries) {
    if (entry.kind !== "collective" || entry.campaign !== campaign || !entry.replicatedFrom) continue;
    const sourceUnit = unitOfModel.get(entry.replicatedFrom);
    if (sourceUnit === undefined || sourceUnit === entry.unit) continue;
    const counts = result.get(sourceUnit) ?? { replicatedModels: 0, replications: 0 };
    counts.replications += 1;
    const seen = sources.get(sourceUnit) ?? new Set<string>();
    if (!seen.has(entry.replicatedFrom)) {
      seen.add(entry.replicatedFrom);
      counts.replicatedModels += 1;
    }
    sources.set(sourceUnit, seen);
    result.set(sourceUnit, counts);
  }
  return result;
}

/** One unit's standing in a campaign. */
export interface UnitProgress {
  unit: UnitInput;
  level: Level;
  /** Targets of the unit's level in this campaign. */
  target: LevelTarget;
  /** Entries of the unit registered in the campaign (whatever their status). */
  registered: KindCounts;
  /** Entries of the unit recognised by a decision dated within the campaign. */
  recognised: KindCounts;
  /** Whether each target and all of them are met; `null` where the target is unknown. */
  meets: { collective: boolean | null; individual: boolean | null; all: boolean | null };
  /** The unit's first day, when it began after the campaign did: nothing before it is counted. */
  beganOn?: string | undefined;
  /** The unit's last day, when it ended before the last day counted: nothing after it is counted. */
  endedOn?: string | undefined;
  /** The campaign runs today and the unit ended before today: listed apart, out of the targets. */
  ended: boolean;
  replication: ReplicationCounts;
}

/** How many units of a level meet their targets. */
export interface LevelSummary {
  level: Level;
  /** Units of the level counted in the campaign. */
  units: number;
  /** Units whose targets are known. */
  withTarget: number;
  /** Units that meet all their targets. */
  meeting: number;
}

/** The whole picture of a campaign. */
export interface CampaignProgress {
  campaign: CampaignInput;
  /** Last day counted: the campaign's end, or an earlier day for a report. */
  asOf: string;
  /** Units counted against the targets, in tree order. */
  rows: UnitProgress[];
  /** In a campaign running today, units that ended before today: out of its targets. */
  ended: UnitProgress[];
  /** Per level of the campaign, in its order, only levels that have units. */
  levels: LevelSummary[];
  /** Sums over `rows`. */
  totals: { registered: KindCounts; recognised: KindCounts };
}

export interface ProgressOptions {
  /**
   * Count only what happened up to this day (a report's period end). Defaults to the
   * campaign's end.
   */
  asOf?: string | undefined;
  /**
   * The build day. While the campaign runs, units that ended before this day drop out of its
   * targets (they are listed in `ended`); a campaign that has ended, or not begun, keeps
   * every unit of its time. Reports give none: they count the period as it was.
   */
  today?: string | undefined;
}

/** The targets of `level` in `campaign`, or `undefined` if the level does not take part. */
export function levelTargetOf(campaign: Pick<CampaignInput, "levels">, level: Level): CampaignLevel | undefined {
  return campaign.levels.find((entry) => entry.level === level);
}

/**
 * Progress of every unit that existed during `campaign`, at a level the campaign sets targets
 * for, against its level's targets. A unit's counts cover only the days it existed: registered
 * counts the unit's entries of the campaign registered up to `asOf` while it existed;
 * recognised counts those whose recognition is dated between the campaign's start and `asOf`,
 * within the unit's life, so a decision signed after the campaign does not count in it.
 */
export function campaignProgress(
  campaign: CampaignInput,
  units: readonly UnitInput[],
  entries: readonly StoryInput[],
  options: ProgressOptions = {},
): CampaignProgress {
  const asOf = options.asOf && options.asOf < campaign.endsOn ? options.asOf : campaign.endsOn;
  const inCampaign = entries.filter((e) => e.campaign === campaign.id && e.registeredOn <= asOf);
  const byUnit = groupBy(inCampaign, (e) => e.unit);
  const replication = replicationsByUnit(
    entries.filter((e) => e.registeredOn <= asOf),
    campaign.id,
  );
  // Only a campaign running today lists apart the units that ended before today.
  const endedAfter =
    options.today !== undefined && campaignState(campaign, options.today) === "ongoing" ? options.today : undefined;
  const rows: UnitProgress[] = [];
  const ended: UnitProgress[] = [];
  // Each unit under the parent it had at the end of what is counted (or on its own last day).
  for (const unit of treeOrder(unitsAsOf(units, asOf))) {
    const levelTarget = levelTargetOf(campaign, unit.level);
    const life = lifeWithin(unit, campaign.startsOn, asOf);
    if (!levelTarget || !life) continue;
    const target = { collective: levelTarget.collective, individual: levelTarget.individual };
    const alive = (day: string) => (unit.validFrom === undefined || unit.validFrom <= day) && day <= life.end;
    const own = (byUnit.get(unit.id) ?? []).filter((e) => alive(e.registeredOn));
    const registered = countByKind(own);
    const recognised = countByKind(own, (e) => isRecognisedWithin(e, life.start, life.end));
    const collective = reaches(recognised.collective, target.collective);
    const individual = reaches(recognised.individual, target.individual);
    const isEnded = endedAfter !== undefined && endedBefore(unit, endedAfter);
    const progress: UnitProgress = {
      unit,
      level: unit.level,
      target,
      registered,
      recognised,
      meets: { collective, individual, all: allMet([collective, individual]) },
      beganOn: life.start > campaign.startsOn ? life.start : undefined,
      endedOn: life.end < asOf ? life.end : undefined,
      ended: isEnded,
      replication: replication.get(unit.id) ?? { replicatedModels: 0, replications: 0 },
    };
    (isEnded ? ended : rows).push(progress);
  }
  return { campaign, asOf, rows, ended, levels: levelSummaries(rows, campaign), totals: totalsOf(rows) };
}

/** "x of y units meet" per level of the campaign, in its order. */
export function levelSummaries(rows: readonly UnitProgress[], campaign: Pick<CampaignInput, "levels">): LevelSummary[] {
  return campaign.levels.flatMap(({ level }) => {
    const ofLevel = rows.filter((row) => row.level === level);
    if (ofLevel.length === 0) return [];
    return [
      {
        level,
        units: ofLevel.length,
        withTarget: ofLevel.filter((row) => row.meets.all !== null).length,
        meeting: ofLevel.filter((row) => row.meets.all === true).length,
      },
    ];
  });
}

/** Units that are known to be behind their targets. */
export function behindTarget(rows: readonly UnitProgress[]): UnitProgress[] {
  return rows.filter((row) => row.meets.all === false);
}

function totalsOf(rows: readonly UnitProgress[]): CampaignProgress["totals"] {
  const registered: KindCounts = { collective: 0, individual: 0 };
  const recognised: KindCounts = { collective: 0, individual: 0 };
  for (const row of rows) {
    for (const kind of ENTRY_KINDS) {
      registered[kind] += row.registered[kind];
      recognised[kind] += row.recognised[kind];
    }
  }
  return { registered, recognised };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Siblings in display order: `order` first, then the Vietnamese short name. */
export function compareSiblings(a: UnitInput, b: UnitInput): number {
  return a.order - b.order || vietnameseCollator.compare(a.shortName, b.shortName);
}

/** A unit with its children, for the tree of units. */
export interface UnitNode {
  unit: UnitInput;
  depth: number;
  children: UnitNode[];
}

/**
 * Units as a tree: the province, then the district-level units, then their communes. A unit
 * whose parent is not in the list becomes a root, so a partial list still shows everything.
 */
export function unitTree(units: readonly UnitInput[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const children = groupBy(
    units.filter((u) => u.parent !== undefined && ids.has(u.parent)),
    (u) => u.parent as string,
  );
  const build = (unit: UnitInput, depth: number, path: Set<string>): UnitNode => ({
    unit,
    depth,
    children: [...(children.get(unit.id) ?? [])]
      .filter((child) => !path.has(child.id))
      .sort(compareSiblings)
      .map((child) => build(child, depth + 1, new Set([...path, child.id]))),
  });
  return units
    .filter((u) => u.parent === undefined || !ids.has(u.parent))
    .sort(compareSiblings)
    .map((root) => build(root, 0, new Set([root.id])));
}

/** Units in tree order (depth first), each before its children. */
export function treeOrder(units: readonly UnitInput[]): UnitInput[] {
  const out: UnitInput[] = [];
  const walk = (node: UnitNode) => {
    out.push(node.unit);
    node.children.forEach(walk);
  };
  unitTree(units).forEach(walk);
  return out;
}

/** A unit and everything below it. */
export function descendantsAndSelf(units: readonly UnitInput[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parent !== undefined && ids.has(unit.parent) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/* Adapters from content entries (`{ id, data }`), typed structurally so that this module does
   not depend on `astro:content`. */

/** The plain unit of a unit entry. */
export function unitInput(entry: { id: string; data: Omit<UnitInput, "id"> }): UnitInput {
  const { name, shortName, level, parent, parentChanges, validFrom, validTo, successor, otherPredecessors, order } =
    entry.data;
  return {
    id: entry.id,
    name,
    shortName,
    level,
    parent,
    parentChanges,
    validFrom,
    validTo,
    successor,
    otherPredecessors,
    order,
  };
}

/** The plain campaign of a campaign entry. */
export function campaignInput(entry: { id: string; data: Omit<CampaignInput, "id"> }): CampaignInput {
  const { title, startsOn, endsOn, levels } = entry.data;
  return { id: entry.id, title, startsOn, endsOn, levels };
}

/** Fields of a model or person entry that the computations read. */
export interface StoryData {
  unit: string;
  campaign: string;
  field: Field;
  status: Status;
  registeredOn: string;
  recognition?: RecognitionInput | undefined;
  replicatedFrom?: string | undefined;
  draft: boolean;
  /** A person's consent record; models have none. */
  consent?: Consent | undefined;
}

/**
 * Whether an entry counts toward targets and reports: exactly what may be published. A draft
 * never counts, nor does a person whose consent to the name is missing or withdrawn. The
 * loader already keeps such entries out of the site; the rule is repeated here so that no
 * count can ever include them, whatever list a page passes in.
 */
export function isCounted(data: Pick<StoryData, "draft" | "consent">): boolean {
  return data.consent === undefined ? !data.draft : isPublishable({ draft: data.draft, consent: data.consent });
}

/** The plain story of a model (`collective`) or person (`individual`) entry. */
export function storyInput(entry: { id: string; data: StoryData }, kind: EntryKind): StoryInput {
  const { unit, campaign, field, status, registeredOn, recognition, replicatedFrom } = entry.data;
  return { id: entry.id, kind, unit, campaign, field, status, registeredOn, recognition, replicatedFrom };
}

/** A cell of a CSV table: text, a number, or empty for an unknown target. */
export type TableCell = string | number | null;

/** "Đạt", "Chưa đạt", "chưa có chỉ tiêu" or "đã kết thúc", as in the dashboard's last column. */
export function resultLabel(row: Pick<UnitProgress, "meets" | "ended">): string {
  if (row.ended) return t("units.ended");
  if (row.meets.all === null) return t("targets.unknown");
  return row.meets.all ? t("targets.meets") : t("targets.behind");
}

/**
 * The dashboard's table as CSV rows, header first: the units counted, then those that ended.
 * An unknown target is an empty cell, never a zero. The last two columns count the unit's
 * models replicated elsewhere in the campaign and the places that replicated them.
 */
export function targetsTableRows(progress: CampaignProgress, shortName: (unitId: string) => string): TableCell[][] {
  const header = [
    t("csv.unitId"),
    t("targets.unit"),
    t("targets.level"),
    t("units.parent"),
    ...ENTRY_KINDS.flatMap((kind) =>
      [t("targets.target"), t("targets.registered"), t("targets.recognised")].map(
        (what) => `${entryKindLabels[kind]} – ${what}`,
      ),
    ),
    t("targets.result"),
    t("targets.replicatedModels"),
    t("targets.replications"),
  ];
  const body = [...progress.rows, ...progress.ended].map((row) => [
    row.unit.id,
    row.unit.name,
    levelLabels[row.level],
    row.unit.parent === undefined ? null : shortName(row.unit.parent),
    ...ENTRY_KINDS.flatMap((kind) => [row.target[kind], row.registered[kind], row.recognised[kind]]),
    resultLabel(row),
    row.replication.replicatedModels,
    row.replication.replications,
  ]);
  return [header, ...body];
}
