import type { APIRoute } from "astro";
import { lookups, models } from "../../data/site";
import { modelColumns, modelRows, toCsv } from "../../lib/open-data";

/** `/du-lieu/mo-hinh.csv`: the published collective models, for spreadsheets. */
export const GET: APIRoute = async ({ site }) => {
  const rows = modelRows(await models(), { site: site!, unitName: (await lookups()).unitName });
  return new Response(toCsv(modelColumns, rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
