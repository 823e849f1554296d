import type { APIRoute, GetStaticPaths } from "astro";
import { allStories, feedResponse } from "../../../data/feeds";
import { NAMES_UNITS, pageKey } from "../../../data/page-keys";
import { models, people, units, type Unit } from "../../../data/site";
import { t } from "../../../i18n/vi";
import { unitFeedPath } from "../../../lib/urls";
import { FEED_UNIT_LEVELS, storiesOfUnits } from "../../../lib/feed";
import { descendantsAndSelf, unitInput } from "../../../lib/targets";

export const getStaticPaths = (async () => {
  const all = await units();
  const stories = [...(await models()), ...(await people())];
  return Promise.all(
    all
      .filter((unit) => FEED_UNIT_LEVELS.includes(unit.data.level))
      .map(async (unit) => {
        const below = descendantsAndSelf(all.map(unitInput), unit.id);
        return {
          params: { unit: unit.id },
          props: { unit, below },
          cacheKey: await pageKey(
            NAMES_UNITS,
            stories.filter((story) => below.has(story.data.unit)),
          ),
        };
      }),
  );
}) satisfies GetStaticPaths;

interface Props {
  unit: Unit;
  /** The unit and every unit below it. */
  below: Set<string>;
}

/** `/don-vi/<unit>/rss.xml`: the models and people of a district-level unit and its communes, newest first. */
export const GET: APIRoute<Props> = async ({ props, site }) =>
  feedResponse(
    {
      title: t("feed.unitTitle", { unit: props.unit.data.name }),
      description: t("feed.unitDescription", { unit: props.unit.data.name }),
      path: unitFeedPath(props.unit.id),
      stories: storiesOfUnits(await allStories(), props.below),
    },
    site!,
  );
