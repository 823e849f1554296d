import { vietnameseCollator } from "./collate";
import { formatDate, shiftDay } from "./dates";
import { t } from "../i18n/vi";

/**
 * How units of the association change: they begin and end, merge into a successor, and move
 * under another parent. Dates are Vietnamese calendar days written `YYYY-MM-DD`, compared as
 * strings. Every walk along successors or parents is bounded, so that a loop written by
 * mistake in the units' files cannot hang the build.
 */

/** What these rules read of a unit. */
export interface UnitLife {
  id: string;
  name: string;
  /** The parent from the unit's first day. */
  parent?: string | undefined;
  /** Later parents, in date order. */
  parentChanges?: readonly { on: string; parent: string }[] | undefined;
  /** Empty: it existed before every campaign the portal records. */
  validFrom?: string | undefined;
  /** Empty: it still exists. */
  validTo?: string | undefined;
  successor?: string | undefined;
  /** Predecessors without a page on the portal, as the resolution names them. */
  otherPredecessors?: readonly string[] | undefined;
}

/** The most steps a chain of successors or parents may take; more means a loop. */
const MAX_STEPS = 20;

/** Whether the unit existed on `day`. */
export function existsOn(unit: Pick<UnitLife, "validFrom" | "validTo">, day: string): boolean {
  return (unit.validFrom === undefined || unit.validFrom <= day) && (unit.validTo === undefined || day <= unit.validTo);
}

/** Whether the unit existed on some day of `start..end`. */
export function existedDuring(unit: Pick<UnitLife, "validFrom" | "validTo">, start: string, end: string): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= end) && (unit.validTo === undefined || unit.validTo >= start)
  );
}

/** Whether the unit had ended before `day` (its last day is earlier). */
export function endedBefore(unit: Pick<UnitLife, "validTo">, day: string): boolean {
  return unit.validTo !== undefined && unit.validTo < day;
}

/**
 * The part of `start..end` during which the unit existed, or `undefined` if none: a unit's
 * counts cover only the days it existed.
 */
export function lifeWithin(
  unit: Pick<UnitLife, "validFrom" | "validTo">,
  start: string,
  end: string,
): { start: string; end: string } | undefined {
  const from = unit.validFrom !== undefined && unit.validFrom > start ? unit.validFrom : start;
  const to = unit.validTo !== undefined && unit.validTo < end ? unit.validTo : end;
  return from <= to ? { start: from, end: to } : undefined;
}

/** The parent in force on `day`: the first parent, or the last change made by then. */
export function parentOn(unit: Pick<UnitLife, "parent" | "parentChanges">, day: string): string | undefined {
  let parent = unit.parent;
  for (const change of unit.parentChanges ?? []) if (change.on <= day) parent = change.parent;
  return parent;
}

/**
 * The unit's last day within `day`: `day` itself, or the unit's last day if it ended earlier,
 * or its first day if it began later. Where a unit sits "as of" a day is read there.
 */
export function dayWithinLife(unit: Pick<UnitLife, "validFrom" | "validTo">, day: string): string {
  if (unit.validTo !== undefined && unit.validTo < day) return unit.validTo;
  if (unit.validFrom !== undefined && unit.validFrom > day) return unit.validFrom;
  return day;
}

/**
 * The units with the parent each had on `day` (or on its last day, if it had ended by then):
 * the tree of the association as it stood that day, for the reports of a period ending then.
 */
export function unitsAsOf<U extends UnitLife>(units: readonly U[], day: string): U[] {
  return units.map((unit) =>
    unit.parentChanges && unit.parentChanges.length > 0
      ? { ...unit, parent: parentOn(unit, dayWithinLife(unit, day)) }
      : unit,
  );
}

/** The units that name `unitId` as their successor, by Vietnamese name. */
export function predecessorsOf<U extends UnitLife>(unitId: string, units: readonly U[]): U[] {
  return units
    .filter((unit) => unit.successor === unitId && unit.id !== unitId)
    .sort((a, b) => vietnameseCollator.compare(a.name, b.name));
}

/** The successors of a unit, nearest first: what it became, then what that became. */
export function successorChain<U extends UnitLife>(unit: U, units: readonly U[]): U[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: U[] = [];
  const seen = new Set([unit.id]);
  for (let next = unit.successor; next !== undefined && chain.length < MAX_STEPS;) {
    const found = byId.get(next);
    if (!found || seen.has(found.id)) break;
    chain.push(found);
    seen.add(found.id);
    next = found.successor;
  }
  return chain;
}

/** Every unit that went into `unit`, directly or through earlier merges, nearest first. */
export function ancestry<U extends UnitLife>(unit: U, units: readonly U[]): U[] {
  const found: U[] = [];
  const seen = new Set([unit.id]);
  let layer = [unit];
  for (let step = 0; step < MAX_STEPS && layer.length > 0; step++) {
    layer = layer.flatMap((u) => predecessorsOf(u.id, units)).filter((u) => !seen.has(u.id));
    for (const u of layer) seen.add(u.id);
    found.push(...layer);
  }
  return found;
}

/**
 * Every name a unit is known by: its own, those of the units it was formed from (with or
 * without a page, however far back) and those of the units it became. A search for any of
 * them finds the unit, and its models and people.
 */
export function namesOf<U extends UnitLife>(unit: U, units: readonly U[]): string[] {
  const related = [unit, ...ancestry(unit, units), ...successorChain(unit, units)];
  const names = related.flatMap((u) => [u.name, ...(u.otherPredecessors ?? [])]);
  return [...new Set(names)];
}

/**
 * The days a unit sat under `parentId`, from the first to the last (either end open when the
 * unit's own date is not recorded), or `undefined` if it never did.
 */
export function tenureUnder(
  unit: Pick<UnitLife, "parent" | "parentChanges" | "validFrom" | "validTo">,
  parentId: string,
): { validFrom?: string | undefined; validTo?: string | undefined } | undefined {
  const spans = [
    { parent: unit.parent, from: unit.validFrom },
    ...(unit.parentChanges ?? []).map((change) => ({ parent: change.parent, from: change.on as string | undefined })),
  ];
  const under = spans.flatMap((span, index) => {
    if (span.parent !== parentId) return [];
    const next = spans[index + 1]?.from;
    return [{ from: span.from, to: next === undefined ? unit.validTo : shiftDay(next, -1) }];
  });
  if (under.length === 0) return undefined;
  return { validFrom: under[0]?.from, validTo: under.at(-1)?.to };
}

/**
 * A unit's short name with the dates that tell it apart from a namesake of another time:
 * "Cúc Phương (đến 30/06/2025)", "Cúc Phương (từ 01/07/2025)".
 */
export function datedShortName(unit: {
  shortName: string;
  validFrom?: string | undefined;
  validTo?: string | undefined;
}) {
  const dates = [
    unit.validFrom && t("units.since", { date: formatDate(unit.validFrom) }),
    unit.validTo && t("units.until", { date: formatDate(unit.validTo) }),
  ].filter(Boolean);
  return dates.length === 0 ? unit.shortName : `${unit.shortName} (${dates.join(" ")})`;
}

/**
 * The short name each unit is listed by: its own, with its dates only where another unit shares
 * it (the commune of 2025 and the commune it was formed from), so that a list tells them apart.
 */
export function distinctShortNames(
  units: readonly { id: string; shortName: string; validFrom?: string | undefined; validTo?: string | undefined }[],
): Map<string, string> {
  const uses = new Map<string, number>();
  for (const unit of units) uses.set(unit.shortName, (uses.get(unit.shortName) ?? 0) + 1);
  return new Map(
    units.map((unit) => [unit.id, (uses.get(unit.shortName) ?? 0) > 1 ? datedShortName(unit) : unit.shortName]),
  );
}

/** A problem with the history of the units, for the content gate. */
export interface HistoryProblem {
  unit: string;
  field: "successor" | "parent" | "parentChanges";
  /** For editors, in Vietnamese. */
  message: string;
  /** The same, in English. */
  en: string;
}

/** Whether following the successors of `unit` leads back to it. */
function loopsBack(unit: UnitLife, byId: ReadonlyMap<string, UnitLife>): boolean {
  let next = unit.successor;
  for (let step = 0; next !== undefined && step < MAX_STEPS; step++) {
    if (next === unit.id) return true;
    next = byId.get(next)?.successor;
  }
  return false;
}

/**
 * Checks across units that no single file can make: a successor begins the day after its
 * predecessor ends, a chain of successors never loops, and a parent exists on the days it is
 * a parent. Messages are in Vietnamese, for editors.
 */
export function historyProblems(units: readonly UnitLife[]): HistoryProblem[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const problems: HistoryProblem[] = [];
  for (const unit of units) {
    const successor = unit.successor === undefined ? undefined : byId.get(unit.successor);
    if (successor && unit.validTo !== undefined && successor.validFrom !== shiftDay(unit.validTo, 1)) {
      problems.push({
        unit: unit.id,
        field: "successor",
        message: `đơn vị kế thừa “${successor.name}” phải bắt đầu ngày ${formatDate(shiftDay(unit.validTo, 1))}, ngay sau ngày kết thúc của đơn vị này`,
        en: `the successor ${successor.id} must begin the day after this unit's last day`,
      });
    }
    if (loopsBack(unit, byId)) {
      problems.push({
        unit: unit.id,
        field: "successor",
        message: "chuỗi đơn vị kế thừa quay vòng về chính đơn vị này",
        en: "the chain of successors leads back to this unit",
      });
    }
    const spans = [
      { parent: unit.parent, from: unit.validFrom, field: "parent" as const },
      ...(unit.parentChanges ?? []).map((c) => ({ parent: c.parent, from: c.on, field: "parentChanges" as const })),
    ];
    spans.forEach((span, index) => {
      const parent = span.parent === undefined ? undefined : byId.get(span.parent);
      if (!parent) return;
      const until = spans[index + 1]?.from ?? unit.validTo;
      const lastDay = until === undefined ? undefined : index + 1 < spans.length ? shiftDay(until, -1) : until;
      const startsLate = parent.validFrom !== undefined && (span.from === undefined || parent.validFrom > span.from);
      const endsEarly = parent.validTo !== undefined && (lastDay === undefined || parent.validTo < lastDay);
      if (startsLate || endsEarly) {
        problems.push({
          unit: unit.id,
          field: span.field,
          message: `đơn vị cấp trên “${parent.name}” không hoạt động suốt thời gian đơn vị này trực thuộc nó; ghi thêm một lần đổi đơn vị cấp trên`,
          en: `the parent ${parent.id} did not exist on every day this unit sat under it; add a change of parent`,
        });
      }
    });
  }
  return problems;
}
