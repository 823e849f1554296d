import type { APIRoute, GetStaticPaths } from "astro";
import { stringify } from "csv-stringify/sync";
import { provinceReportPaths, reportOf } from "../../../data/progress";
import type { Campaign } from "../../../data/site";
import { todayInVietnam } from "../../../lib/dates";
import { reportFieldRows, type Period } from "../../../lib/reports";

/** `/bao-cao/<campaign>/<period>-linh-vuc.csv`: the province report by field, UTF-8 with a BOM for Excel. */
export const getStaticPaths = (async () => provinceReportPaths(todayInVietnam())) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period }> = async ({ props }) => {
  const { campaign, period } = props;
  const csv = stringify(reportFieldRows(await reportOf(campaign, period)), { bom: true });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bao-cao-${campaign.id}-${period.id}-linh-vuc.csv"`,
    },
  });
};
