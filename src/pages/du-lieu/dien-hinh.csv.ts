import type { APIRoute } from "astro";
import { lookups, people } from "../../data/site";
import { personColumns, personRows, toCsv } from "../../lib/open-data";

/** `/du-lieu/dien-hinh.csv`: the published exemplary individuals, within their consent. */
export const GET: APIRoute = async ({ site }) => {
  const rows = personRows(await people(), { site: site!, unitName: (await lookups()).unitName });
  return new Response(toCsv(personColumns, rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
