import type { APIRoute } from "astro";
import { lookups, models } from "../../data/site";
import { t } from "../../i18n/vi";
import { todayInVietnam } from "../../lib/dates";
import { modelRows, openDataDocument, toJson } from "../../lib/open-data";

/** `/du-lieu/mo-hinh.json`: the same rows as the CSV, with licence and source. */
export const GET: APIRoute = async ({ site }) => {
  const rows = modelRows(await models(), { site: site!, unitName: (await lookups()).unitName });
  const document = openDataDocument(rows, { source: t("feed.title"), generated: todayInVietnam() });
  return new Response(toJson(document), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
