/**
 * Just enough HTML reading for checks over `dist/`: the site's own markup is regular (built by
 * Astro from our components), so rows, cells and visible text can be taken out with patterns
 * instead of a parser the project does not depend on.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Text with character references decoded, in NFC. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
    .normalize("NFC");
}

/** Elements that flow within a line: their tags separate no words. */
const INLINE = /^<\/?(a|abbr|b|code|em|i|small|span|strong|time)\b/i;

/**
 * The text a fragment shows: tags removed (a block's tag separates words, an inline one does
 * not), references decoded, white space collapsed.
 */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, (tag) => (INLINE.test(tag) ? "" : " ")))
    .replace(/\s+/g, " ")
    .trim();
}

/** A table row: its opening tag's attributes and its cells' inner HTML. */
export interface HtmlRow {
  attributes: string;
  cells: string[];
}

/** Every `<tr>` of a page or fragment, in document order. */
export function tableRows(html: string): HtmlRow[] {
  return [...html.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/g)].map(([, attributes = "", inner = ""]) => ({
    attributes,
    cells: [...inner.matchAll(/<(th|td)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(([, , cell = ""]) => cell),
  }));
}

/** The HTML between an element's opening tag that matches `open` and the next `close`. */
export function sliceBetween(html: string, open: RegExp, close: string): string {
  const start = html.search(open);
  if (start < 0) return "";
  const end = html.indexOf(close, start);
  return html.slice(start, end < 0 ? undefined : end);
}
