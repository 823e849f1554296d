import { fieldLabels } from "../i18n/vi";
import type { Field, Level } from "../schemas/shared";
import { shownParts } from "./consent";
import { toVietnamInstant } from "./dates";
import { newestFirst } from "./collate";
import { storyPath, type StoryKind } from "./urls";

/** A photo as entries carry it: the image (Astro's metadata, read only by the data layer), alt and credit. */
export interface StoryPhoto {
  src: unknown;
  alt: string;
  credit: string;
}

/** What the feed needs of a model entry. */
export interface ModelFeedSource {
  id: string;
  data: {
    title: string;
    summary: string;
    field: Field;
    unit: string;
    publishedOn: string;
    updatedOn?: string | undefined;
    cover?: StoryPhoto;
  };
}

/** What the feed needs of a person entry; the portrait is used only within the person's consent. */
export interface PersonFeedSource {
  id: string;
  data: {
    name: string;
    summary: string;
    field: Field;
    unit: string;
    publishedOn: string;
    updatedOn?: string | undefined;
    portrait?: StoryPhoto | undefined;
    consent: { photo: boolean };
  };
}

/** What the feed needs of a news entry. */
export interface NewsFeedSource {
  id: string;
  data: { title: string; summary: string; publishedOn: string; cover?: StoryPhoto | undefined };
}

/** Published entries of the three kinds, as the collections return them. */
export interface StorySources {
  models: readonly ModelFeedSource[];
  people: readonly PersonFeedSource[];
  news: readonly NewsFeedSource[];
}

/** One story of any kind, flattened to what lists of "latest stories" and the feeds show. */
export interface Story {
  kind: StoryKind;
  id: string;
  /** The model's title, the person's name or the news headline. */
  title: string;
  summary: string;
  /** Site-relative path with its trailing slash. */
  path: string;
  /** Calendar day in Vietnam, `YYYY-MM-DD`. */
  publishedOn: string;
  /** Day of the last update of a model or person, if any. */
  updatedOn?: string | undefined;
  /** News has no field. */
  field?: Field | undefined;
  /** The unit of a model or person; news has none. */
  unit?: string | undefined;
  /** The cover or the consented portrait. */
  photo?: StoryPhoto | undefined;
}

/**
 * Models, people and news merged into one list, newest first by publication day; stories of
 * the same day keep a stable order by Vietnamese title.
 */
export function latestStories(sources: StorySources): Story[] {
  const stories: Story[] = [
    ...sources.models.map(({ id, data }) => ({
      kind: "models" as const,
      id,
      title: data.title,
      summary: data.summary,
      path: storyPath("models", id),
      publishedOn: data.publishedOn,
      updatedOn: data.updatedOn,
      field: data.field,
      unit: data.unit,
      photo: data.cover,
    })),
    ...sources.people.map(({ id, data }) => ({
      kind: "people" as const,
      id,
      title: data.name,
      summary: data.summary,
      path: storyPath("people", id),
      publishedOn: data.publishedOn,
      updatedOn: data.updatedOn,
      field: data.field,
      unit: data.unit,
      photo: shownParts(data).portrait,
    })),
    ...sources.news.map(({ id, data }) => ({
      kind: "news" as const,
      id,
      title: data.title,
      summary: data.summary,
      path: storyPath("news", id),
      publishedOn: data.publishedOn,
      photo: data.cover,
    })),
  ];
  return newestFirst(
    stories,
    (s) => s.publishedOn,
    (s) => s.title,
  );
}

/** The stories of one field: its models and people (news has no field). */
export function storiesOfField(stories: readonly Story[], field: Field): Story[] {
  return stories.filter((story) => story.field === field);
}

/** The stories of a set of units, e.g. a district and the communes below it. */
export function storiesOfUnits(stories: readonly Story[], units: ReadonlySet<string>): Story[] {
  return stories.filter((story) => story.unit !== undefined && units.has(story.unit));
}

/** Levels that get a feed of their own: the districts and cities, and the provincial agencies' bloc. */
export const FEED_UNIT_LEVELS: readonly Level[] = ["huyen", "khoi"];

/** An image of a feed item, already resolved to its public address. */
export interface FeedImage {
  /** Absolute address. */
  url: string;
  /** Media type, e.g. `image/jpeg`. */
  type: string;
  width: number;
  height: number;
  alt: string;
  credit: string;
}

/** An item of an RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  /** Site-relative; `@astrojs/rss` resolves it against `site`. */
  link: string;
  /** Midnight in Vietnam of the publication day, so that no reader shows the day before. */
  pubDate: Date;
  /** The whole summary, never cut. */
  description: string;
  categories: string[];
  /** The photo as a Media RSS element, when the story has one. */
  customData?: string;
}

/** What feed items need besides the stories. */
export interface FeedContext {
  /** Full name of a unit by id. */
  unitName: (id: string) => string;
  /** The resolved photo of a story, if it has one. */
  imageOf: (story: Story) => FeedImage | undefined;
}

/** Namespaces the feeds declare, for `@astrojs/rss`'s `xmlns`. */
export const FEED_NAMESPACES = { media: "http://search.yahoo.com/mrss/", atom: "http://www.w3.org/2005/Atom" };

/** Text and attribute values for XML written by hand. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A photo as `<media:content>`, with its alt text as description and its credit. */
export function mediaContent(image: FeedImage): string {
  return (
    `<media:content url="${escapeXml(image.url)}" type="${escapeXml(image.type)}" medium="image" ` +
    `width="${image.width}" height="${image.height}">` +
    `<media:description type="plain">${escapeXml(image.alt)}</media:description>` +
    `<media:credit>${escapeXml(image.credit)}</media:credit>` +
    `</media:content>`
  );
}

/** The channel's own elements besides title, link and description: language, self link, licence. */
export function channelData(selfUrl: string, copyright: string): string {
  return (
    `<language>vi</language>` +
    `<copyright>${escapeXml(copyright)}</copyright>` +
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`
  );
}

/**
 * Feed items of `stories` in their order (newest first when they come from `latestStories`):
 * the field's name and the unit's name are the categories, the photo a Media RSS element.
 */
export function feedItems(stories: readonly Story[], context: FeedContext): FeedItem[] {
  return stories.map((story) => {
    const image = context.imageOf(story);
    const categories = [story.field && fieldLabels[story.field], story.unit && context.unitName(story.unit)];
    return {
      title: story.title,
      link: story.path,
      pubDate: toVietnamInstant(story.publishedOn),
      description: story.summary,
      categories: categories.filter((c): c is string => Boolean(c)),
      ...(image && { customData: mediaContent(image) }),
    };
  });
}
