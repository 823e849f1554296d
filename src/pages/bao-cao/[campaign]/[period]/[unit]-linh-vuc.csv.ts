import type { APIRoute, GetStaticPaths } from "astro";
import { buildDay } from "../../../../data/build-day";
import { reportPageKey, withKey } from "../../../../data/page-keys";
import { csvResponse } from "../../../../lib/csv";
import { reportOf, unitReportPaths } from "../../../../data/progress";
import type { Campaign, Unit } from "../../../../data/site";
import { reportFieldRows, type Period } from "../../../../lib/reports";

/** `/bao-cao/<campaign>/<period>/<unit>-linh-vuc.csv`: a district-level unit's report by field, for Excel. */
export const getStaticPaths = (async () =>
  withKey(await unitReportPaths(buildDay()), await reportPageKey())) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period; unit: Unit }> = async ({ props }) => {
  const { campaign, period, unit } = props;
  return csvResponse(
    reportFieldRows(await reportOf(campaign, period, unit.id)),
    `bao-cao-${campaign.id}-${period.id}-${unit.id}-linh-vuc.csv`,
  );
};
