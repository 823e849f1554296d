import { fieldLabels } from "../i18n/vi";
import type { Field } from "../schemas/shared";
import { toVietnamInstant } from "./dates";
import { newestFirst } from "./collate";

/** The three kinds of story the portal publishes, each under its own stable path. */
export const STORY_KINDS = ["models", "people", "news"] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

const storyRoots: Record<StoryKind, string> = {
  models: "/mo-hinh/",
  people: "/dien-hinh/",
  news: "/tin-tuc/",
};

/** Site-relative path of a story page: `/mo-hinh/<id>/`, `/dien-hinh/<id>/`, `/tin-tuc/<id>/`. */
export function storyPath(kind: StoryKind, id: string): string {
  return `${storyRoots[kind]}${id}/`;
}

/** What the feed needs of a model entry. */
export interface ModelFeedSource {
  id: string;
  data: { title: string; summary: string; field: Field; publishedOn: string };
}

/** What the feed needs of a person entry. */
export interface PersonFeedSource {
  id: string;
  data: { name: string; summary: string; field: Field; publishedOn: string };
}

/** What the feed needs of a news entry. */
export interface NewsFeedSource {
  id: string;
  data: { title: string; summary: string; publishedOn: string };
}

/** Published entries of the three kinds, as the collections return them. */
export interface StorySources {
  models: readonly ModelFeedSource[];
  people: readonly PersonFeedSource[];
  news: readonly NewsFeedSource[];
}

/** One story of any kind, flattened to what lists of "latest stories" and the feed show. */
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
  /** News has no field. */
  field?: Field | undefined;
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
      field: data.field,
    })),
    ...sources.people.map(({ id, data }) => ({
      kind: "people" as const,
      id,
      title: data.name,
      summary: data.summary,
      path: storyPath("people", id),
      publishedOn: data.publishedOn,
      field: data.field,
    })),
    ...sources.news.map(({ id, data }) => ({
      kind: "news" as const,
      id,
      title: data.title,
      summary: data.summary,
      path: storyPath("news", id),
      publishedOn: data.publishedOn,
    })),
  ];
  return newestFirst(
    stories,
    (s) => s.publishedOn,
    (s) => s.title,
  );
}

/** An item of the RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  /** Site-relative; `@astrojs/rss` resolves it against `site`. */
  link: string;
  /** Midnight in Vietnam of the publication day, so that no reader shows the day before. */
  pubDate: Date;
  description: string;
  categories: string[];
}

/** The feed items of all published stories, newest first; the field's name is the category. */
export function feedItems(sources: StorySources): FeedItem[] {
  return latestStories(sources).map((story) => ({
    title: story.title,
    link: story.path,
    pubDate: toVietnamInstant(story.publishedOn),
    description: story.summary,
    categories: story.field ? [fieldLabels[story.field]] : [],
  }));
}
