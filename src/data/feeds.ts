import rss from "@astrojs/rss";
import type { ImageMetadata } from "astro";
import { getImage } from "astro:assets";
import { t } from "../i18n/vi";
import { FEED_NAMESPACES, channelData, feedItems, latestStories, type FeedImage, type Story } from "../lib/feed";
import { lookups, models, news, people } from "./site";

/** Feed photos are capped at this width: enough for any reader, small enough for a phone on 3G. */
const FEED_IMAGE_WIDTH = 1200;

/** Every published story, newest first. */
export async function allStories(): Promise<Story[]> {
  return latestStories({ models: await models(), people: await people(), news: await news() });
}

/** A story's photo as a JPEG through Astro's image pipeline, with its public address. */
async function feedImage(story: Story, site: URL): Promise<FeedImage | undefined> {
  if (!story.photo) return undefined;
  const src = story.photo.src as ImageMetadata;
  const image = await getImage({ src, format: "jpg", width: Math.min(FEED_IMAGE_WIDTH, src.width) });
  return {
    url: new URL(image.src, site).href,
    type: "image/jpeg",
    width: Number(image.attributes.width),
    height: Number(image.attributes.height),
    alt: story.photo.alt,
    credit: story.photo.credit,
  };
}

/** What a feed is: its channel and which stories it carries. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Site-relative address of the feed itself. */
  path: string;
  /** The stories of this feed, newest first. */
  stories: readonly Story[];
}

/** The RSS 2.0 response of a feed: full summaries, photos with credit, newest first. */
export async function feedResponse(channel: FeedChannel, site: URL): Promise<Response> {
  const names = await lookups();
  const images = new Map(
    await Promise.all(channel.stories.map(async (story) => [story, await feedImage(story, site)] as const)),
  );
  return rss({
    title: channel.title,
    description: channel.description,
    site,
    xmlns: FEED_NAMESPACES,
    customData: channelData(new URL(channel.path, site).href, t("feed.copyright")),
    items: feedItems(channel.stories, { unitName: names.unitName, imageOf: (story) => images.get(story) }),
  });
}
