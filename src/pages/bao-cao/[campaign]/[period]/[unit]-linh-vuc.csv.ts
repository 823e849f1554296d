import type { APIRoute, GetStaticPaths } from "astro";
import { stringify } from "csv-stringify/sync";
import { reportOf, unitReportPaths } from "../../../../data/progress";
import type { Campaign, Unit } from "../../../../data/site";
import { todayInVietnam } from "../../../../lib/dates";
import { reportFieldRows, type Period } from "../../../../lib/reports";

/** `/bao-cao/<campaign>/<period>/<unit>-linh-vuc.csv`: a district-level unit's report by field, for Excel. */
export const getStaticPaths = (async () => unitReportPaths(todayInVietnam())) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period; unit: Unit }> = async ({ props }) => {
  const { campaign, period, unit } = props;
  const csv = stringify(reportFieldRows(await reportOf(campaign, period, unit.id)), { bom: true });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bao-cao-${campaign.id}-${period.id}-${unit.id}-linh-vuc.csv"`,
    },
  });
};
