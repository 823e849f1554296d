import type { Page } from "astro";
import { getEntry } from "astro:content";
import { buildDay } from "./build-day";
import { progressInputs } from "./progress";
import { campaigns, oncePerBuild, units } from "./site";
import {
  cacheKey,
  dataKey,
  dayPart,
  siteKey,
  type Digested,
  type KeyPart,
  type Shows,
  type SiteInputs,
} from "../lib/page-keys";

/**
 * The cache keys that pages return from `getStaticPaths` (see `src/lib/page-keys.ts`): each
 * page names the entries it shows and which of the site's units and campaigns it names; the
 * shared parts are read here, once per build.
 */

const siteInputs = oncePerBuild(async (): Promise<SiteInputs> => {
  const settings = await getEntry("settings", "site");
  if (!settings) throw new Error("src/content/settings/site.yaml is missing");
  return { settings, units: await units(), campaigns: await campaigns() };
});

/** A story, a handout, a unit page or a report: they name units and campaigns. */
export const NAMES_ALL: Shows = { units: true, campaigns: true };
/** A card list (models, people, a field) or a feed: each card names its unit. */
export const NAMES_UNITS: Shows = { units: true, campaigns: false };
/** A document: it names its campaign, and no unit. */
export const NAMES_CAMPAIGNS: Shows = { units: false, campaigns: true };
/** The news list: titles and days only. */
export const NAMES_NEITHER: Shows = { units: false, campaigns: false };

/**
 * The site's part of a key, for each of the four kinds of `Shows`: worked out once per build,
 * not for each of the thousands of pages (it hashes every unit and campaign).
 */
const siteKeys = new Map<string, () => Promise<string>>();
function siteKeyOf(shows: Shows): Promise<string> {
  const kind = `${String(shows.units)}/${String(shows.campaigns)}`;
  let key = siteKeys.get(kind);
  if (!key) {
    key = oncePerBuild(async () => siteKey(await siteInputs(), buildDay(), shows));
    siteKeys.set(kind, key);
  }
  return key();
}

/** The key of a page that shows `parts`, and `shows` of the site. */
export async function pageKey(shows: Shows, ...parts: readonly KeyPart[]): Promise<string> {
  return cacheKey(await siteKeyOf(shows), ...parts);
}

/** The key of a page that names units and campaigns and prints the build day, or counts up to it. */
export async function datedPageKey(...parts: readonly KeyPart[]): Promise<string> {
  return pageKey(NAMES_ALL, dayPart(buildDay()), ...parts);
}

/**
 * What the dashboards, the reports and the unit pages count from: every unit and every counted
 * model and person with the fields that count (not their stories, so that editing a story's
 * text renders no report again).
 */
export const progressKey = oncePerBuild(async () => dataKey(await progressInputs()));

/** The key of the dashboards and reports: they print the day and count from the progress inputs. */
export async function reportPageKey(): Promise<string> {
  return datedPageKey(await progressKey());
}

/** Gives every path of a route the same key (the reports of one build all count from the same inputs). */
export function withKey<T extends object>(paths: readonly T[], key: string): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: key }));
}

/**
 * Keys each page of a paginated list by the entries it shows and where it sits in the list
 * (its number, the number of pages and of entries, which its heading and links show).
 */
export async function withPageKeys<T extends { props: { page: Page<Digested> } }>(
  shows: Shows,
  pages: readonly T[],
): Promise<(T & { cacheKey: string })[]> {
  return Promise.all(
    pages.map(async (path) => {
      const { data, currentPage, lastPage, total, start, end } = path.props.page;
      return { ...path, cacheKey: await pageKey(shows, data, currentPage, lastPage, total, start, end) };
    }),
  );
}
