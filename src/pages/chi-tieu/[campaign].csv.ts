import type { APIRoute, GetStaticPaths } from "astro";
import { stringify } from "csv-stringify/sync";
import { campaigns, currentCampaign, models, people, units, type Campaign } from "../../data/site";
import { todayInVietnam } from "../../lib/dates";
import { campaignInput, campaignProgress, storyInput, targetsTableRows, unitInput } from "../../lib/targets";

/** `/chi-tieu/<campaign>.csv`: the dashboard's table, UTF-8 with a BOM so that Excel reads the accents. */
export const getStaticPaths = (async () =>
  (await campaigns()).map((campaign) => ({
    params: { campaign: campaign.id },
    props: { campaign },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign }> = async ({ props }) => {
  const { campaign } = props;
  const today = todayInVietnam();
  const [allUnits, allModels, allPeople, current] = await Promise.all([
    units(),
    models(),
    people(),
    currentCampaign(today),
  ]);
  const unitList = allUnits.map(unitInput);
  const stories = [
    ...allModels.map((m) => storyInput(m, "collective")),
    ...allPeople.map((p) => storyInput(p, "individual")),
  ];
  const progress = campaignProgress(campaignInput(campaign), unitList, stories, {
    endedBefore: campaign.id === current.id ? today : undefined,
  });
  const shortNames = new Map(unitList.map((u) => [u.id, u.shortName]));
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
