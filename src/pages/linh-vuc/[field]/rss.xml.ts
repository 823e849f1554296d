import type { APIRoute, GetStaticPaths } from "astro";
import { allStories, feedResponse } from "../../../data/feeds";
import { fieldLabels, t } from "../../../i18n/vi";
import { fieldFeedPath } from "../../../lib/urls";
import { storiesOfField } from "../../../lib/feed";
import { FIELDS, type Field } from "../../../schemas/shared";

export const getStaticPaths = (() => FIELDS.map((field) => ({ params: { field } }))) satisfies GetStaticPaths;

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
