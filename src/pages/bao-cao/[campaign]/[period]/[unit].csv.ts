import type { APIRoute, GetStaticPaths } from "astro";
import { stringify } from "csv-stringify/sync";
import { reportOf, unitReportPaths } from "../../../../data/progress";
import { units, type Campaign, type Unit } from "../../../../data/site";
import { todayInVietnam } from "../../../../lib/dates";
import { reportTableRows, type Period } from "../../../../lib/reports";

/** `/bao-cao/<campaign>/<period>/<unit>.csv`: a district-level unit's report per unit, UTF-8 with a BOM for Excel. */
export const getStaticPaths = (async () => unitReportPaths(todayInVietnam())) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period; unit: Unit }> = async ({ props }) => {
  const { campaign, period, unit } = props;
  const [report, allUnits] = await Promise.all([reportOf(campaign, period, unit.id), units()]);
  const shortNames = new Map(allUnits.map((u) => [u.id, u.data.shortName]));
  const csv = stringify(
    reportTableRows(report, (id) => shortNames.get(id) ?? id),
    { bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bao-cao-${campaign.id}-${period.id}-${unit.id}.csv"`,
    },
  });
};
