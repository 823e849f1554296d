import type { APIRoute } from "astro";
import { lookups, people } from "../../data/site";
import { t } from "../../i18n/vi";
import { todayInVietnam } from "../../lib/dates";
import { openDataDocument, personRows, toJson } from "../../lib/open-data";

/** `/du-lieu/dien-hinh.json`: the same rows as the CSV, with licence and source. */
export const GET: APIRoute = async ({ site }) => {
  const rows = personRows(await people(), { site: site!, unitName: (await lookups()).unitName });
  const document = openDataDocument(rows, { source: t("feed.title"), generated: todayInVietnam() });
  return new Response(toJson(document), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
