import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { models, news, people } from "../data/site";
import { t } from "../i18n/vi";
import { feedItems } from "../lib/feed";

/** `/rss.xml`: every published model, person and news item, newest first. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: t("feed.title"),
    description: t("site.tagline"),
    site: site!,
    items: feedItems({ models: await models(), people: await people(), news: await news() }),
    customData: "<language>vi</language>",
  });
