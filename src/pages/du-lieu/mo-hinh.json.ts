import type { APIRoute } from "astro";
import { buildDay } from "../../data/build-day";
import { lookups, models, settings } from "../../data/site";
import { modelRows, openDataDocument, openDataFile, toJson } from "../../lib/open-data";

/** `/du-lieu/mo-hinh.json`: the same rows as the CSV, with licence, source and citation. */
export const GET: APIRoute = async ({ site }) => {
  const rows = modelRows(await models(), { site: site!, unitName: (await lookups()).unitName });
  const meta = { source: (await settings()).name, generated: buildDay() };
  const document = openDataDocument(rows, openDataFile("models", site!), meta);
  return new Response(toJson(document), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
