import type { APIRoute, GetStaticPaths } from "astro";
import { buildDay } from "../../data/build-day";
import { csvResponse } from "../../lib/csv";
import { reportPageKey, withKey } from "../../data/page-keys";
import { progressOf } from "../../data/progress";
import { campaigns, units, type Campaign } from "../../data/site";
import { targetsTableRows } from "../../lib/targets";

/** `/chi-tieu/<campaign>.csv`: the dashboard's table, UTF-8 with a BOM so that Excel reads the accents. */
export const getStaticPaths = (async () =>
  withKey(
    (await campaigns()).map((campaign) => ({ params: { campaign: campaign.id }, props: { campaign } })),
    await reportPageKey(),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign }> = async ({ props }) => {
  const { campaign } = props;
  const [allUnits, progress] = await Promise.all([units(), progressOf(campaign, buildDay())]);
  const shortNames = new Map(allUnits.map((u) => [u.id, u.data.shortName]));
  return csvResponse(
    targetsTableRows(progress, (id) => shortNames.get(id) ?? id),
    `chi-tieu-${campaign.id}.csv`,
  );
};
