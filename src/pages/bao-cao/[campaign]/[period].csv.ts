import type { APIRoute, GetStaticPaths } from "astro";
import { stringify } from "csv-stringify/sync";
import { campaigns, models, people, units, type Campaign } from "../../../data/site";
import { todayInVietnam } from "../../../lib/dates";
import { periodReport, reportablePeriods, reportEntry, reportTableRows, type Period } from "../../../lib/reports";
import { campaignInput, unitInput } from "../../../lib/targets";

/** `/bao-cao/<campaign>/<period>.csv`: the report per unit, UTF-8 with a BOM so that Excel reads the accents. */
export const getStaticPaths = (async () => {
  const today = todayInVietnam();
  return (await campaigns()).flatMap((campaign) =>
    reportablePeriods(campaign.data, today).map((period) => ({
      params: { campaign: campaign.id, period: period.id },
      props: { campaign, period },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: Campaign; period: Period }> = async ({ props }) => {
  const { campaign, period } = props;
  const [allUnits, allModels, allPeople] = await Promise.all([units(), models(), people()]);
  const unitList = allUnits.map(unitInput);
  const entries = [
    ...allModels.map((m) => reportEntry(m, "collective", m.data.title)),
    ...allPeople.map((p) => reportEntry(p, "individual", p.data.name)),
  ];
  const report = periodReport(campaignInput(campaign), period, unitList, entries);
  const shortNames = new Map(unitList.map((u) => [u.id, u.shortName]));
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
