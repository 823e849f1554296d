import { campaigns, models, oncePerBuild, people, units, type Campaign, type Unit } from "./site";
import {
  reportEntries,
  reportingUnits,
  reportablePeriods,
  periodReport,
  type Period,
  type ReportEntry,
} from "../lib/reports";
import { campaignInput, campaignProgress, unitInput, type CampaignProgress, type UnitInput } from "../lib/targets";

/**
 * The published entries as the plain inputs of `src/lib/targets` and `src/lib/reports`, and
 * the few rules that depend on the build day, so that the dashboard, its CSV, the reports and
 * the unit pages all count the same way.
 */

/**
 * Every unit and every counted model and person, as plain inputs: made once per build, since
 * each report and unit page uses them.
 */
export const progressInputs = oncePerBuild(
  async (): Promise<{ readonly units: readonly UnitInput[]; readonly entries: readonly ReportEntry[] }> => {
    const [allUnits, allModels, allPeople] = await Promise.all([units(), models(), people()]);
    return { units: allUnits.map(unitInput), entries: reportEntries(allModels, allPeople) };
  },
);

/**
 * A campaign's progress as the dashboard shows it on `today`. Only a campaign running today
 * lists apart the units that had ended before today; a campaign that has ended keeps every
 * unit of its time.
 */
export async function progressOf(campaign: Campaign, today: string): Promise<CampaignProgress> {
  const { units: unitList, entries } = await progressInputs();
  return campaignProgress(campaignInput(campaign), unitList, entries, { today });
}

/** The report of a campaign's period over the whole province, or over one unit and its communes. */
export async function reportOf(campaign: Campaign, period: Period, scope?: string) {
  const { units: unitList, entries } = await progressInputs();
  return periodReport(campaignInput(campaign), period, unitList, entries, scope);
}

/** A province report that exists on `today`: a period that has begun. */
export interface ProvinceReportPath {
  params: { campaign: string; period: string };
  props: { campaign: Campaign; period: Period };
}

/** A district-level unit's report: the unit existed during the period. */
export interface UnitReportPath {
  params: { campaign: string; period: string; unit: string };
  props: { campaign: Campaign; period: Period; unit: Unit };
}

/** Every province report, campaigns oldest first. */
export async function provinceReportPaths(today: string): Promise<ProvinceReportPath[]> {
  return (await campaigns()).flatMap((campaign) =>
    reportablePeriods(campaign.data, today).map((period) => ({
      params: { campaign: campaign.id, period: period.id },
      props: { campaign, period },
    })),
  );
}

/** Every district-level unit's report, by campaign and period, units in tree order. */
export async function unitReportPaths(today: string): Promise<UnitReportPath[]> {
  const [allUnits, provinceReports] = await Promise.all([units(), provinceReportPaths(today)]);
  const byId = new Map(allUnits.map((u) => [u.id, u]));
  const unitList = allUnits.map(unitInput);
  return provinceReports.flatMap(({ props: { campaign, period } }) =>
    reportingUnits(unitList, period).flatMap((unit) => {
      const entry = byId.get(unit.id);
      return entry
        ? [
            {
              params: { campaign: campaign.id, period: period.id, unit: unit.id },
              props: { campaign, period, unit: entry },
            },
          ]
        : [];
    }),
  );
}
