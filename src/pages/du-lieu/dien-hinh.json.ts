import type { APIRoute } from "astro";
import { buildDay } from "../../data/build-day";
import { lookups, people, settings } from "../../data/site";
import { openDataDocument, openDataFile, personRows, toJson } from "../../lib/open-data";

/** `/du-lieu/dien-hinh.json`: the same rows as the CSV, with licence, source and citation. */
export const GET: APIRoute = async ({ site }) => {
  const rows = personRows(await people(), { site: site!, unitName: (await lookups()).unitName });
  const meta = { source: (await settings()).name, generated: buildDay() };
  const document = openDataDocument(rows, openDataFile("people", site!), meta);
  return new Response(toJson(document), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
