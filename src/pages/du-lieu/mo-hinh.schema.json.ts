import type { APIRoute } from "astro";
import { buildDay } from "../../data/build-day";
import { settings } from "../../data/site";
import { modelColumns, openDataFile, openDataJsonSchema } from "../../lib/open-data";

/** `/du-lieu/mo-hinh.schema.json`: the JSON Schema of the model files, generated from the columns. */
export const GET: APIRoute = async ({ site }) => {
  const meta = { source: (await settings()).name, generated: buildDay() };
  const schema = openDataJsonSchema(modelColumns, openDataFile("models", site!), meta);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
};
