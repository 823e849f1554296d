import type { APIRoute } from "astro";
import { allStories, feedResponse } from "../data/feeds";
import { t } from "../i18n/vi";

/** `/rss.xml`: every published model, person and news item, newest first. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse(
    { title: t("feed.title"), description: t("site.tagline"), path: "/rss.xml", stories: await allStories() },
    site!,
  );
