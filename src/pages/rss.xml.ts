import type { APIRoute } from "astro";
import { allStories, feedResponse } from "../data/feeds";
import { t } from "../i18n/vi";
import { PAGE_PATHS } from "../lib/urls";

/** `/rss.xml`: every published model, person and news item, newest first. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse(
    { title: t("feed.title"), description: t("site.tagline"), path: PAGE_PATHS.feed, stories: await allStories() },
    site!,
  );
