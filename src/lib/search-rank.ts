/**
 * The order of search results. Pagefind scores pages (BM25 over the folded words, a boost for
 * title matches and for matching diacritics); on top of that the reader expects two rules to
 * hold strictly, whatever the scores:
 * 1. when the query has diacritics, pages with the words spelled exactly so come first;
 * 2. then pages whose title holds every word of the query (a name, a model's title).
 * Within each tier Pagefind's order stands.
 */

/** One result as Pagefind returns it, before its fragment is loaded. */
export interface Hit {
  id: string;
  score: number;
  /** Meta fields (title, …) where some query word matched. */
  matchedMetaFields?: string[] | undefined;
}

export interface RankInput<T extends Hit> {
  /** The folded search, in Pagefind's order (best first). */
  hits: readonly T[];
  /** Pages matching with the query's own diacritics; absent when the query has none. */
  exact?: ReadonlySet<string> | undefined;
  /** Pages whose title holds every word of the query. */
  titled?: ReadonlySet<string> | undefined;
}

/** Results in the order shown: exact spelling first, then full title matches, then the rest. */
export function rankHits<T extends Hit>({ hits, exact, titled }: RankInput<T>): T[] {
  const tier = (hit: T) => (exact?.has(hit.id) ? 2 : 0) + (titled?.has(hit.id) ? 1 : 0);
  return hits
    .map((hit, position) => ({ hit, position, tier: tier(hit) }))
    .sort((a, b) => b.tier - a.tier || a.position - b.position)
    .map(({ hit }) => hit);
}

/**
 * Pages whose title matched every word, given one search per word: a page is in the set when
 * each of those searches reports a title match for it.
 */
export function titleMatchesAll(perWord: readonly (readonly Hit[])[]): Set<string> {
  const [first, ...rest] = perWord.map(
    (hits) => new Set(hits.filter((hit) => hit.matchedMetaFields?.includes("title")).map((hit) => hit.id)),
  );
  if (!first) return new Set();
  return new Set([...first].filter((id) => rest.every((set) => set.has(id))));
}

/**
 * The pages of `subset` in the order they have in `reference`: a quoted phrase is matched
 * exactly by Pagefind but given flat scores, so its pages take the order of the same words
 * searched without quotes. Pages the reference lacks keep their own order, at the end.
 */
export function orderLike<T extends Hit>(subset: readonly T[], reference: readonly Hit[]): T[] {
  const rank = new Map(reference.map((hit, i) => [hit.id, i]));
  const known = subset.filter((hit) => rank.has(hit.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...known, ...subset.filter((hit) => !rank.has(hit.id))];
}

/**
 * Results newest first, given every page's id oldest first (the order in which the index was
 * built; see scripts/search-index.ts). Pages missing from that list go last.
 */
export function newestFirst<T extends Hit>(hits: readonly T[], oldestFirst: readonly string[]): T[] {
  const age = new Map(oldestFirst.map((id, i) => [id, i]));
  return [...hits].sort((a, b) => (age.get(b.id) ?? -1) - (age.get(a.id) ?? -1));
}
