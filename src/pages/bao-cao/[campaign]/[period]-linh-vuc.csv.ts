import type { APIRoute, GetStaticPaths } from "astro";
import { buildDay } from "../../../data/build-day";
import { reportPageKey, withKey } from "../../../data/page-keys";
import { csvResponse } from "../../../lib/csv";
import { provinceReportPaths, reportOf } from "../../../data/progress";
import type { Campaign } from "../../../data/site";
import { reportFieldRows, type Period } from "../../../lib/reports";

/** `/bao-cao/<campaign>/<period>-linh-vuc.csv`: the province report by field, UTF-8 with a BOM for Excel. */
export const getStaticPaths = (async () =>
  withKey(await provinceReportPaths(buildDay()), await reportPageKey())) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period }> = async ({ props }) => {
  const { campaign, period } = props;
  return csvResponse(
    reportFieldRows(await reportOf(campaign, period)),
    `bao-cao-${campaign.id}-${period.id}-linh-vuc.csv`,
  );
};
