import type { z } from "astro/zod";
import { campaignSchema } from "./campaign";
import { documentSchema } from "./document";
import { modelSchema } from "./model";
import { newsSchema } from "./news";
import { personSchema } from "./person";
import { settingsSchema } from "./settings";
import type { CollectionName, SchemaContext } from "./shared";
import { unitSchema } from "./unit";

/** How each collection is stored: front matter and an MDX body, or a YAML data file. */
export const collectionFormats: Record<CollectionName, "mdx" | "yaml"> = {
  units: "yaml",
  campaigns: "yaml",
  models: "mdx",
  people: "mdx",
  documents: "mdx",
  news: "mdx",
  settings: "yaml",
};

/** The schema of every collection, given Astro's schema context (or a stand-in). */
export function schemasFor(context: SchemaContext): Record<CollectionName, z.ZodType> {
  return {
    units: unitSchema,
    campaigns: campaignSchema,
    models: modelSchema(context),
    people: personSchema(context),
    documents: documentSchema,
    news: newsSchema(context),
    settings: settingsSchema,
  };
}
