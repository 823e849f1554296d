import type { APIRoute, GetStaticPaths } from "astro";
import { stringify } from "csv-stringify/sync";
import { provinceReportPaths, reportOf } from "../../../data/progress";
import { units, type Campaign } from "../../../data/site";
import { todayInVietnam } from "../../../lib/dates";
import { reportTableRows, type Period } from "../../../lib/reports";

/** `/bao-cao/<campaign>/<period>.csv`: the report per unit, UTF-8 with a BOM so that Excel reads the accents. */
export const getStaticPaths = (async () => provinceReportPaths(todayInVietnam())) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period }> = async ({ props }) => {
  const { campaign, period } = props;
  const [report, allUnits] = await Promise.all([reportOf(campaign, period), units()]);
  const shortNames = new Map(allUnits.map((u) => [u.id, u.data.shortName]));
  const csv = stringify(
    reportTableRows(report, (id) => shortNames.get(id) ?? id),
    { bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bao-cao-${campaign.id}-${period.id}.csv"`,
    },
  });
};
