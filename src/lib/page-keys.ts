import { createHash } from "node:crypto";
import { campaignState, type CampaignDates } from "./campaigns";

/**
 * Cache keys of built pages, for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are both unchanged since the last build is copied from it instead
 * of being rendered again. A key must therefore change whenever anything the page shows
 * changes: the entries it shows (by the content layer's digest of each), what it shows of the
 * site (the settings; unit names; campaign titles and where each campaign stands on the build
 * day), and the build day itself on the pages that print it or count up to it. Code is not part of a
 * key: Astro hashes each page's module graph itself. See docs/incremental-build.md.
 */

/** An entry as a key sees it: its id and the digest its loader stored for it. */
export interface Digested {
  id: string;
  digest?: string | number | undefined;
}

/**
 * One thing a page shows: a piece of text (a page number, a precomputed key), an entry, or a
 * list of them (order counts: a list that shows the same entries in another order is another
 * page). `undefined` stands for "none" (a model with no source model).
 */
export type KeyPart = string | number | Digested | undefined | readonly KeyPart[];

function isDigested(part: KeyPart): part is Digested {
  return typeof part === "object" && !Array.isArray(part);
}

/** Writes a part unambiguously: a list is bracketed, so that `[a, b], [c]` is not `[a], [b, c]`. */
function serialise(part: KeyPart, out: string[]): void {
  if (part === undefined) out.push("-");
  else if (typeof part === "string" || typeof part === "number") out.push(`${typeof part}:${JSON.stringify(part)}`);
  else if (isDigested(part)) {
    // Without a digest, an edited entry would keep its old key and its pages would go stale.
    if (part.digest === undefined) throw new Error(`page key: the entry ${part.id} has no digest`);
    out.push(`entry:${JSON.stringify(part.id)}@${String(part.digest)}`);
  } else {
    out.push("[");
    for (const item of part) serialise(item, out);
    out.push("]");
  }
}

/** The key of a page that shows `parts`: a SHA-256 of their ids, digests and texts, in order. */
export function cacheKey(...parts: readonly KeyPart[]): string {
  const out: string[] = [];
  for (const part of parts) serialise(part, out);
  return createHash("sha256").update(out.join("\n")).digest("hex");
}

/** The key of plain data a page computes from (a report's inputs): its JSON, which must be plain. */
export function dataKey(data: unknown): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex");
}

/** What pages may show besides their own entries. */
export interface SiteInputs {
  /** The settings entry: the footer's address and press office are on every page. */
  settings: Digested;
  /** Every unit: a story or a card names its unit, and the unit it is part of now. */
  units: readonly Digested[];
  /** Every campaign: a story names its campaign with where it stands ("đang diễn ra"). */
  campaigns: readonly (Digested & { data: CampaignDates })[];
}

/** Which of the site's units and campaigns a page names (every page shows the settings). */
export interface Shows {
  units: boolean;
  campaigns: boolean;
}

/**
 * The part of a key that a page shows of the site. With the campaigns comes each one's state
 * on `today`, but not `today` itself: a new day changes no page but those that print the day,
 * until it crosses the first or last day of a campaign.
 */
export function siteKey(site: SiteInputs, today: string, shows: Shows): string {
  return cacheKey(
    site.settings,
    shows.units ? site.units : undefined,
    shows.campaigns ? [site.campaigns, site.campaigns.map((c) => campaignState(c.data, today))] : undefined,
  );
}

/** The part of a key for pages that print the build day or count up to it (reports, handouts). */
export function dayPart(today: string): string {
  return `day:${today}`;
}
