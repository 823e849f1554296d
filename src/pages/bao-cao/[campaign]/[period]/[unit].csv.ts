import type { APIRoute, GetStaticPaths } from "astro";
import { buildDay } from "../../../../data/build-day";
import { reportPageKey, withKey } from "../../../../data/page-keys";
import { csvResponse } from "../../../../lib/csv";
import { reportOf, unitReportPaths } from "../../../../data/progress";
import { units, type Campaign, type Unit } from "../../../../data/site";
import { reportTableRows, type Period } from "../../../../lib/reports";

/** `/bao-cao/<campaign>/<period>/<unit>.csv`: a district-level unit's report per unit, UTF-8 with a BOM for Excel. */
export const getStaticPaths = (async () =>
  withKey(await unitReportPaths(buildDay()), await reportPageKey())) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period; unit: Unit }> = async ({ props }) => {
  const { campaign, period, unit } = props;
  const [report, allUnits] = await Promise.all([reportOf(campaign, period, unit.id), units()]);
  const shortNames = new Map(allUnits.map((u) => [u.id, u.data.shortName]));
  return csvResponse(
    reportTableRows(report, (id) => shortNames.get(id) ?? id),
    `bao-cao-${campaign.id}-${period.id}-${unit.id}.csv`,
  );
};
