/**
 * Which file of a responsive image a given phone downloads: `media` and `sizes` evaluated for
 * one viewport, then the `srcset` candidate picked the way the HTML standard describes it. Only
 * the syntax the site can produce is understood; anything else throws, so that a new kind of
 * markup makes the page-weight test fail loudly instead of being measured wrongly.
 */

/** A phone's screen: its width in CSS pixels and its device pixel ratio. */
export interface Viewport {
  width: number;
  dpr: number;
}

/** In media queries and `sizes`, `em` and `rem` are the initial font size, 16 px. */
const INITIAL_FONT_SIZE = 16;

/** A CSS length of `sizes` or of a media feature, in CSS pixels for this viewport. */
export function cssLength(value: string, viewport: Viewport): number {
  const match = /^(-?\d*\.?\d+)(px|r?em|vw)?$/.exec(value.trim());
  if (!match) throw new Error(`unsupported CSS length: "${value}"`);
  const number = Number(match[1]);
  switch (match[2]) {
    case "px":
      return number;
    case "em":
    case "rem":
      return number * INITIAL_FONT_SIZE;
    case "vw":
      return (number * viewport.width) / 100;
    default:
      if (number !== 0) throw new Error(`a length needs a unit: "${value}"`);
      return 0;
  }
}

const COMPARE: Record<string, (width: number, length: number) => boolean> = {
  "<=": (width, length) => width <= length,
  ">=": (width, length) => width >= length,
  "<": (width, length) => width < length,
  ">": (width, length) => width > length,
};

/** One feature in parentheses: `(max-width: 40rem)`, `(min-width: 30em)`, `(width <= 40rem)`. */
function featureMatches(feature: string, viewport: Viewport): boolean {
  const colon = /^(min-width|max-width|width)\s*:\s*(.+)$/.exec(feature);
  if (colon) {
    const length = cssLength(colon[2]!, viewport);
    if (colon[1] === "min-width") return viewport.width >= length;
    if (colon[1] === "max-width") return viewport.width <= length;
    return viewport.width === length;
  }
  const range = /^width\s*(<=|>=|<|>)\s*(.+)$/.exec(feature);
  if (range) return COMPARE[range[1]!]!(viewport.width, cssLength(range[2]!, viewport));
  throw new Error(`unsupported media feature: "(${feature})"`);
}

/**
 * Whether a media query list matches a phone's screen: comma-separated queries (any may match),
 * each an optional `not`/`only`, an optional media type (`all`, `screen`, `print`) and features
 * joined by `and`. Orientation, resolution and the like are not understood.
 */
export function mediaMatches(query: string, viewport: Viewport): boolean {
  return query.split(",").some((part) => {
    let text = part.trim().toLowerCase();
    if (text === "") throw new Error(`empty media query in "${query}"`);
    const negated = text.startsWith("not ");
    text = text.replace(/^(not|only)\s+/, "");
    const terms = text.split(/\s+and\s+/);
    const matches = terms.every((term) => {
      if (term === "all" || term === "screen") return true;
      if (term === "print") return false;
      const feature = /^\((.*)\)$/.exec(term);
      if (!feature) throw new Error(`unsupported media query term: "${term}"`);
      return featureMatches(feature[1]!.trim(), viewport);
    });
    return negated ? !matches : matches;
  });
}

/**
 * The width in CSS pixels of the slot an image fills, from its `sizes`: the first entry whose
 * media condition matches (the last entry has none), `100vw` when there is no `sizes`.
 */
export function slotWidth(sizes: string | undefined, viewport: Viewport): number {
  if (sizes === undefined || sizes.trim() === "") return viewport.width;
  for (const entry of sizes.split(",")) {
    const text = entry.trim();
    const conditional = /^(.*\))\s+(\S+)$/.exec(text);
    if (!conditional) return cssLength(text, viewport);
    if (mediaMatches(conditional[1]!, viewport)) return cssLength(conditional[2]!, viewport);
  }
  // No entry matched and none was unconditional: the standard's default.
  return viewport.width;
}

/** One candidate of a `srcset`: its URL and either a width (`360w`) or a density (`2x`, default 1). */
export interface Candidate {
  url: string;
  width?: number;
  density?: number;
}

/**
 * The candidates of a `srcset`. URLs holding a comma (data: URLs) are not understood; the site's
 * image pipeline never writes them.
 */
export function parseSrcset(srcset: string): Candidate[] {
  return srcset
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const [url, descriptor, ...rest] = part.split(/\s+/);
      if (rest.length > 0 || url === undefined) throw new Error(`unsupported srcset candidate: "${part}"`);
      if (descriptor === undefined) return { url };
      const width = /^(\d+)w$/.exec(descriptor);
      if (width) return { url, width: Number(width[1]) };
      const density = /^(\d*\.?\d+)x$/.exec(descriptor);
      if (density) return { url, density: Number(density[1]) };
      throw new Error(`unsupported srcset descriptor: "${part}"`);
    });
}

/** What a browser reads from one `<source>` or from the `<img>`. */
export interface ImageSource {
  srcset?: string | undefined;
  sizes?: string | undefined;
  /** The `<img>`'s `src`. */
  src?: string | undefined;
}

/**
 * The URL a phone downloads from one source. Each candidate's density is its width over the slot
 * width; the phone takes the smallest density that is at least its pixel ratio, or the densest
 * there is. (Chromium sometimes settles for a slightly smaller file above a ratio of 1; taking the
 * larger one never understates the weight.) An `<img>`'s `src` is a 1x candidate unless the
 * `srcset` has width descriptors or a 1x entry of its own.
 */
export function pickCandidate(source: ImageSource, viewport: Viewport): string {
  const candidates = source.srcset ? parseSrcset(source.srcset) : [];
  const byWidth = candidates.some((candidate) => candidate.width !== undefined);
  if (byWidth && candidates.some((candidate) => candidate.width === undefined)) {
    throw new Error(`srcset mixes width and density descriptors: "${source.srcset ?? ""}"`);
  }
  const slot = byWidth ? slotWidth(source.sizes, viewport) : 0;
  const densities = candidates.map((candidate) => ({
    url: candidate.url,
    density: byWidth ? candidate.width! / slot : (candidate.density ?? 1),
  }));
  if (source.src && !byWidth && !densities.some((candidate) => candidate.density === 1)) {
    densities.push({ url: source.src, density: 1 });
  }
  if (densities.length === 0) throw new Error("an image with neither srcset nor src");
  densities.sort((a, b) => a.density - b.density);
  return (densities.find((candidate) => candidate.density >= viewport.dpr) ?? densities.at(-1)!).url;
}
