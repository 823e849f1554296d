import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { buildDay } from "./build-day";
import { campaignOnShow, campaignState, titleWithState, type CampaignState } from "../lib/campaigns";
import { newestFirst, sortVietnamese } from "../lib/collate";
import { unitInput } from "../lib/targets";
import { successorChain } from "../lib/unit-history";

/**
 * Read access to the published entries for pages. The loader stores only publishable entries,
 * so everything returned here may be shown; the ordering rules live in `src/lib`.
 */

export type Model = CollectionEntry<"models">;
export type Person = CollectionEntry<"people">;
export type Unit = CollectionEntry<"units">;
export type Campaign = CollectionEntry<"campaigns">;
export type DocumentEntry = CollectionEntry<"documents">;
export type News = CollectionEntry<"news">;

/**
 * Runs `query` once per build. Entries cannot change while a build runs, and every page asks
 * for the collections again: at 5,000 entries, reading and sorting them anew for each page cost
 * minutes. The dev server asks every time, so that an edited file shows on reload. Results are
 * shared, hence read-only.
 */
export function oncePerBuild<T>(query: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? query() : (result ??= query()));
}

export const models = oncePerBuild(async (): Promise<readonly Model[]> => {
  return newestFirst(
    await getCollection("models"),
    (m) => m.data.publishedOn,
    (m) => m.data.title,
  );
});

export const people = oncePerBuild(async (): Promise<readonly Person[]> => {
  return newestFirst(
    await getCollection("people"),
    (p) => p.data.publishedOn,
    (p) => p.data.name,
  );
});

export const news = oncePerBuild(async (): Promise<readonly News[]> => {
  return newestFirst(
    await getCollection("news"),
    (n) => n.data.publishedOn,
    (n) => n.data.title,
  );
});

export const documents = oncePerBuild(async (): Promise<readonly DocumentEntry[]> => {
  const all = await getCollection("documents");
  return [...all].sort((a, b) =>
    (b.data.issuedOn ?? `${b.data.year}`).localeCompare(a.data.issuedOn ?? `${a.data.year}`),
  );
});

export const units = oncePerBuild(async (): Promise<readonly Unit[]> => {
  const all = await getCollection("units");
  return sortVietnamese(all, (u) => u.data.shortName).sort((a, b) => a.data.order - b.data.order);
});

export const campaigns = oncePerBuild(async (): Promise<readonly Campaign[]> => {
  return [...(await getCollection("campaigns"))].sort((a, b) => a.data.startsOn.localeCompare(b.data.startsOn));
});

export async function unitById(id: string): Promise<Unit> {
  const unit = await getEntry("units", id);
  if (!unit) throw new Error(`unknown unit ${id}`);
  return unit;
}

export async function campaignById(id: string): Promise<Campaign> {
  const campaign = await getEntry("campaigns", id);
  if (!campaign) throw new Error(`unknown campaign ${id}`);
  return campaign;
}

export const settings = oncePerBuild(async () => {
  const entry = await getEntry("settings", "site");
  if (!entry) throw new Error("src/content/settings/site.yaml is missing");
  return entry.data;
});

/**
 * The campaign the dashboard and the home page open on, on `today`, with where it stands:
 * the one running, or else the one that ended last (see `campaignOnShow`).
 */
export async function campaignOnShowOn(today: string): Promise<{ campaign: Campaign; state: CampaignState }> {
  const shown = campaignOnShow(
    (await campaigns()).map((entry) => ({ entry, startsOn: entry.data.startsOn, endsOn: entry.data.endsOn })),
    today,
  );
  if (!shown) throw new Error("no campaign in src/content/campaigns");
  return { campaign: shown.campaign.entry, state: shown.state };
}

/** Each unit's level and parent by id: where a unit sits, for search facets. */
export const unitTree = oncePerBuild(
  async (): Promise<ReadonlyMap<string, Unit["data"]>> =>
    new Map((await getCollection("units")).map((u) => [u.id, u.data])),
);

/**
 * Name lookups for facts boxes and tables. A campaign's title says where it stands on the
 * build day ("Giai đoạn 2016–2020 (đã kết thúc)"); a unit that merged into another is also
 * known by the unit it is part of now.
 */
export const lookups = oncePerBuild(async () => {
  const today = buildDay();
  const unitList = (await getCollection("units")).map(unitInput);
  const unitNames = new Map(unitList.map((u) => [u.id, u.name]));
  const unitsNow = new Map(
    unitList.flatMap((u) =>
      successorChain(u, unitList)
        .slice(-1)
        .map((now) => [u.id, now]),
    ),
  );
  const campaignTitles = new Map(
    (await getCollection("campaigns")).map((c) => [c.id, titleWithState(c.data.title, campaignState(c.data, today))]),
  );
  return {
    unitName: (id: string) => unitNames.get(id) ?? id,
    unitNow: (id: string) => unitsNow.get(id),
    campaignTitle: (id: string) => campaignTitles.get(id) ?? id,
  };
});
