import type { APIRoute, GetStaticPaths } from "astro";
import { buildDay } from "../../../data/build-day";
import { reportPageKey, withKey } from "../../../data/page-keys";
import { csvResponse } from "../../../lib/csv";
import { provinceReportPaths, reportOf } from "../../../data/progress";
import { units, type Campaign } from "../../../data/site";
import { reportTableRows, type Period } from "../../../lib/reports";

/** `/bao-cao/<campaign>/<period>.csv`: the report per unit, UTF-8 with a BOM so that Excel reads the accents. */
export const getStaticPaths = (async () =>
  withKey(await provinceReportPaths(buildDay()), await reportPageKey())) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period }> = async ({ props }) => {
  const { campaign, period } = props;
  const [report, allUnits] = await Promise.all([reportOf(campaign, period), units()]);
  const shortNames = new Map(allUnits.map((u) => [u.id, u.data.shortName]));
  return csvResponse(
    reportTableRows(report, (id) => shortNames.get(id) ?? id),
    `bao-cao-${campaign.id}-${period.id}.csv`,
  );
};
