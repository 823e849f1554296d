import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../support/csv";
import { textOf } from "../support/html";
import {
  asOfDayIn,
  campaigns,
  existed,
  KINDS,
  lifeIn,
  parentOn,
  recognisedWithin,
  resultOf,
  stories,
  targetOf,
  units,
  type RawCampaign,
  type RawUnit,
} from "../support/movement";
import { DIST } from "./setup";

/**
 * The periodic reports, counted by hand from the entry files: one six-month report (January to
 * June) and one yearly report per year of each campaign, for the province and for every unit
 * that reports to it in the period, each with a CSV of the same numbers. The reporting line is
 * that of the period's last day: a unit that exists then and sits directly under a province
 * (a unit without parent) reports; the others roll up into it.
 */

interface HandPeriod {
  id: string;
  start: string;
  end: string;
}

/** The periods of a campaign begun by `today`, clipped to the campaign's dates. */
function periodsOf(campaign: RawCampaign, today: string): HandPeriod[] {
  const periods: HandPeriod[] = [];
  for (let year = Number(campaign.startsOn.slice(0, 4)); year <= Number(campaign.endsOn.slice(0, 4)); year += 1) {
    for (const [suffix, to] of [
      ["6-thang", `${year}-06-30`],
      ["ca-nam", `${year}-12-31`],
    ] as const) {
      const from = `${year}-01-01`;
      const start = from < campaign.startsOn ? campaign.startsOn : from;
      const end = to > campaign.endsOn ? campaign.endsOn : to;
      if (start <= end && start <= today) periods.push({ id: `${year}-${suffix}`, start, end });
    }
  }
  return periods;
}

/** A unit and everything below it as the units stood on `day`. */
function scopeOf(rootId: string, day: string): Set<string> {
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const unit of units) {
      const parent = parentOn(unit, day);
      if (parent !== undefined && ids.has(parent) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Whether the unit exists on `day`. */
const existsOn = (unit: RawUnit, day: string) => existed(unit, day, day);
const provinces = new Set(units.filter((unit) => unit.parent === undefined).map((unit) => unit.id));

const within = (date: string, period: HandPeriod) => period.start <= date && date <= period.end;

/**
 * One CSV row by hand: new registrations and recognitions in the period, recognitions counted
 * from the campaign's start to the period's end, the level's targets and the result.
 */
function expectedRow(campaign: RawCampaign, period: HandPeriod, unit: RawUnit): string[] {
  const own = stories.filter((s) => s.unit === unit.id && s.campaign === campaign.id);
  const count = (keep: (s: (typeof own)[number]) => boolean) =>
    KINDS.map((kind) => own.filter((s) => s.kind === kind && keep(s)).length);
  const registered = count((s) => within(s.registeredOn, period));
  const recognised = count((s) => recognisedWithin(s, period.start, period.end));
  // Standing at the period's end: only the days the unit existed count.
  const life = lifeIn(unit, campaign.startsOn, period.end);
  const cumulative = count(
    (s) =>
      s.registeredOn <= life.end &&
      (unit.validFrom === undefined || unit.validFrom <= s.registeredOn) &&
      recognisedWithin(s, life.start, life.end),
  );
  const target = targetOf(campaign, unit.level);
  if (!target) return [...registered.map(String), ...recognised.map(String), "", "", "", "", ""];
  const result = resultOf(target, { collective: cumulative[0] ?? 0, individual: cumulative[1] ?? 0 });
  return [
    ...registered.map(String),
    ...recognised.map(String),
    ...cumulative.map(String),
    ...KINDS.map((kind) => (target[kind] === null ? "" : String(target[kind]))),
    result,
  ];
}

/** The four fields, in the order the reports list them. */
const FIELDS = ["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "he-thong-chinh-tri"];

const index = readFileSync(join(DIST, "bao-cao", "index.html"), "utf8");
const today = asOfDayIn(textOf(index));

interface Report {
  path: string;
  campaign: RawCampaign;
  period: HandPeriod;
  scope: RawUnit | undefined;
}

const reports: Report[] = campaigns.flatMap((campaign) =>
  periodsOf(campaign, today).flatMap((period) => [
    { path: `${campaign.id}/${period.id}`, campaign, period, scope: undefined },
    ...units
      .filter((unit) => existsOn(unit, period.end) && provinces.has(parentOn(unit, period.end) ?? ""))
      .map((unit) => ({ path: `${campaign.id}/${period.id}/${unit.id}`, campaign, period, scope: unit })),
  ]),
);

describe("/bao-cao/", () => {
  it("says which day its numbers are for", () => {
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("there are reports of district-level units to check", () => {
    expect(reports.filter((r) => r.scope !== undefined).length).toBeGreaterThan(20);
  });

  it("there are reports of a period after the district level ended, filed by communes", () => {
    const communeReports = reports.filter((r) => r.scope?.level === "xa");
    expect(communeReports.length).toBeGreaterThan(0);
    expect(communeReports.every((r) => r.period.end >= "2025-07-01")).toBe(true);
  });

  it("links every province report and every district-level unit's report", () => {
    const links = new Set([...index.matchAll(/href="\/bao-cao\/([^"]+)\/"/g)].map((m) => m[1]));
    expect(reports.filter((r) => !links.has(r.path)).map((r) => r.path)).toEqual([]);
  });

  it.each(campaigns.map((c) => [c.id, c] as const))(
    "%s: reports exist for exactly the units that owe one",
    (id, campaign) => {
      for (const period of periodsOf(campaign, today)) {
        const dir = join(DIST, "bao-cao", id, period.id);
        const built = readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort();
        const owed = reports
          .filter((r) => r.campaign.id === id && r.period.id === period.id && r.scope)
          .map((r) => r.scope?.id)
          .sort();
        expect(built, `${id}/${period.id}`).toEqual(owed);
      }
    },
  );
});

describe.each(reports.map((report) => [`/bao-cao/${report.path}/`, report] as const))("%s", (_path, report) => {
  const { campaign, period, scope } = report;
  const page = join(DIST, "bao-cao", report.path, "index.html");
  const html = existsSync(page) ? readFileSync(page, "utf8") : "";
  const text = textOf(html);
  const scopeIds = scope ? scopeOf(scope.id, period.end) : new Set(units.map((u) => u.id));

  it("is built, names its scope and says which day its numbers are for", () => {
    expect(html).not.toBe("");
    expect(asOfDayIn(text)).toBe(today);
    // The colon after "Phạm vi" is drawn by the style sheet.
    expect(text).toContain(`Phạm vi ${scope ? scope.name : "Toàn tỉnh"}`);
  });

  it("lists each entry recognised in the period with its decision number", () => {
    const recognised = stories.filter(
      (s) => scopeIds.has(s.unit) && s.campaign === campaign.id && recognisedWithin(s, period.start, period.end),
    );
    for (const s of recognised) {
      expect(text).toContain(s.title);
      expect(text).toContain(s.recognition?.decisionNumber);
    }
  });

  it("its CSV by field has the hand-counted new registrations and recognitions", () => {
    const file = join(DIST, "bao-cao", `${report.path}-linh-vuc.csv`);
    expect(existsSync(file)).toBe(true);
    const [, ...body] = parseCsv(readFileSync(file, "utf8"));
    const ofScope = stories.filter((s) => scopeIds.has(s.unit) && s.campaign === campaign.id);
    const counts = (list: typeof ofScope) => [
      ...KINDS.map((kind) => list.filter((s) => s.kind === kind && within(s.registeredOn, period)).length),
      ...KINDS.map(
        (kind) => list.filter((s) => s.kind === kind && recognisedWithin(s, period.start, period.end)).length,
      ),
    ];
    expect(body.map((row) => [row[0], ...row.slice(2).map(Number)])).toEqual([
      ...FIELDS.map((field) => [field, ...counts(ofScope.filter((s) => s.field === field))]),
      ["", ...counts(ofScope)],
    ]);
  });

  it("its CSV has the hand-counted numbers of every unit of its scope", () => {
    const file = join(DIST, "bao-cao", `${report.path}.csv`);
    expect(existsSync(file)).toBe(true);
    const [header = [], ...body] = parseCsv(readFileSync(file, "utf8"));
    expect(header).toHaveLength(13);
    const expectedUnits = units.filter((u) => scopeIds.has(u.id) && existed(u, period.start, period.end));
    expect(body.map((row) => row[0]).sort()).toEqual(expectedUnits.map((u) => u.id).sort());
    for (const unit of expectedUnits) {
      expect(body.find((row) => row[0] === unit.id)?.slice(4), unit.id).toEqual(expectedRow(campaign, period, unit));
    }
  });
});
