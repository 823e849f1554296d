import type { APIRoute, GetStaticPaths } from "astro";
import { stringify } from "csv-stringify/sync";
import { progressOf } from "../../data/progress";
import { campaigns, units, type Campaign } from "../../data/site";
import { todayInVietnam } from "../../lib/dates";
import { targetsTableRows } from "../../lib/targets";

/** `/chi-tieu/<campaign>.csv`: the dashboard's table, UTF-8 with a BOM so that Excel reads the accents. */
export const getStaticPaths = (async () =>
  (await campaigns()).map((campaign) => ({
    params: { campaign: campaign.id },
    props: { campaign },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign }> = async ({ props }) => {
  const { campaign } = props;
  const [allUnits, progress] = await Promise.all([units(), progressOf(campaign, todayInVietnam())]);
  const shortNames = new Map(allUnits.map((u) => [u.id, u.data.shortName]));
  const csv = stringify(
    targetsTableRows(progress, (id) => shortNames.get(id) ?? id),
    { bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="chi-tieu-${campaign.id}.csv"`,
    },
  });
};
