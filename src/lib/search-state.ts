import { SEARCH_FACETS, type FacetValues } from "./search-facets";
import { normaliseQuery } from "./search-text";

/** Everything a search shows, as kept in the URL of `/tim-kiem/`. */
export interface SearchState {
  /** The query as typed (normalised: NFC, single spaces). */
  query: string;
  /** The chosen value of each facet. */
  facets: FacetValues;
  /** Best match first, or newest first. */
  sort: "relevance" | "newest";
  /** Page of results, from 1. */
  page: number;
}

/** URL parameters that are not facets. */
export const PARAMS = { query: "q", sort: "sap-xep", page: "trang" } as const;

/** The value of the sort parameter for newest first; relevance is the default and not written. */
export const NEWEST = "moi-nhat";

/** Reads a search from URL parameters; anything unknown or malformed falls back to the default. */
export function readSearchState(params: URLSearchParams): SearchState {
  const facets: FacetValues = {};
  for (const { filter, param } of SEARCH_FACETS) {
    const value = params.get(param)?.trim();
    if (value) facets[filter] = value;
  }
  const page = Number(params.get(PARAMS.page));
  return {
    query: normaliseQuery(params.get(PARAMS.query) ?? ""),
    facets,
    sort: params.get(PARAMS.sort) === NEWEST ? "newest" : "relevance",
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL parameters of a search, in a fixed order and without defaults, so equal searches share a URL. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(PARAMS.query, state.query);
  for (const { filter, param } of SEARCH_FACETS) {
    const value = state.facets[filter];
    if (value) params.set(param, value);
  }
  if (state.sort === "newest") params.set(PARAMS.sort, NEWEST);
  if (state.page > 1) params.set(PARAMS.page, String(state.page));
  return params;
}

/** `?q=…` or the empty string, for building links. */
export function searchHref(path: string, state: SearchState): string {
  const params = searchStateParams(state).toString();
  return params ? `${path}?${params}` : path;
}

/** Whether a search asks for anything at all (a query or a facet). */
export function isEmptySearch(state: SearchState): boolean {
  return state.query === "" && Object.keys(state.facets).length === 0;
}
