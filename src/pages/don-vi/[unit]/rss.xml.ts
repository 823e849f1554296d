import type { APIRoute, GetStaticPaths } from "astro";
import { allStories, feedResponse } from "../../../data/feeds";
import { units, type Unit } from "../../../data/site";
import { t } from "../../../i18n/vi";
import { unitFeedPath } from "../../../lib/urls";
import { FEED_UNIT_LEVELS, storiesOfUnits } from "../../../lib/feed";
import { descendantsAndSelf, unitInput } from "../../../lib/targets";

export const getStaticPaths = (async () => {
  const all = await units();
  return all
    .filter((unit) => FEED_UNIT_LEVELS.includes(unit.data.level))
    .map((unit) => ({
      params: { unit: unit.id },
      props: { unit, below: descendantsAndSelf(all.map(unitInput), unit.id) },
    }));
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
