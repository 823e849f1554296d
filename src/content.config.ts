import { defineCollection } from "astro:content";
import { entriesLoader } from "./loaders/entries";
import { campaignSchema } from "./schemas/campaign";
import { documentSchema } from "./schemas/document";
import { modelSchema } from "./schemas/model";
import { newsSchema } from "./schemas/news";
import { personSchema } from "./schemas/person";
import { settingsSchema } from "./schemas/settings";
import { unitSchema } from "./schemas/unit";

// The image schemas are generic; calling them here lets Astro type images as ImageMetadata.
export const collections = {
  units: defineCollection({ loader: entriesLoader("units"), schema: unitSchema }),
  campaigns: defineCollection({ loader: entriesLoader("campaigns"), schema: campaignSchema }),
  models: defineCollection({ loader: entriesLoader("models"), schema: (context) => modelSchema(context) }),
  people: defineCollection({ loader: entriesLoader("people"), schema: (context) => personSchema(context) }),
  documents: defineCollection({ loader: entriesLoader("documents"), schema: documentSchema }),
  news: defineCollection({ loader: entriesLoader("news"), schema: (context) => newsSchema(context) }),
  settings: defineCollection({ loader: entriesLoader("settings"), schema: settingsSchema }),
};
