import type { APIRoute, GetStaticPaths } from "astro";
import { allStories, feedResponse } from "../../../data/feeds";
import { NAMES_UNITS, pageKey } from "../../../data/page-keys";
import { models, people } from "../../../data/site";
import { fieldLabels, t } from "../../../i18n/vi";
import { fieldFeedPath } from "../../../lib/urls";
import { storiesOfField } from "../../../lib/feed";
import { FIELDS, type Field } from "../../../schemas/shared";

export const getStaticPaths = (async () => {
  const stories = [...(await models()), ...(await people())];
  return Promise.all(
    FIELDS.map(async (field) => ({
      params: { field },
      cacheKey: await pageKey(
        NAMES_UNITS,
        stories.filter((story) => story.data.field === field),
      ),
    })),
  );
}) satisfies GetStaticPaths;

/** `/linh-vuc/<field>/rss.xml`: the models and people of one field, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const field = params.field as Field;
  return feedResponse(
    {
      title: t("feed.fieldTitle", { field: fieldLabels[field] }),
      description: t("feed.fieldDescription", { field: fieldLabels[field] }),
      path: fieldFeedPath(field),
      stories: storiesOfField(await allStories(), field),
    },
    site!,
  );
};
