/**
 * Vietnamese text for search. Pagefind folds tones (it indexes words with their combining marks
 * removed and keeps the accented forms as variants for ranking) but `đ` is a letter of its own
 * in Unicode, not `d` plus a mark, so `dang` never met `Đảng`. Both sides of the search write
 * `đ` as `d` followed by U+0335 COMBINING SHORT STROKE OVERLAY: Pagefind then folds `đảng` to
 * `dang` like any other diacritic, keeps `d̵ảng` as the exact variant (so exact matches rank
 * first), and positions stay the same, so phrases still work. Only the copy of the pages given
 * to Pagefind is rewritten; readers see real `đ`, and results are turned back before display.
 */

/** U+0335 COMBINING SHORT STROKE OVERLAY. */
export const STROKE = "\u0335";

/** NFC, then `đ`/`Đ` as `d`/`D` with a stroke mark: the form Pagefind indexes and searches. */
export function strokeD(text: string): string {
  return text.normalize("NFC").replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Turns stroked `d`/`D` back into `đ`/`Đ`. */
export function unstrokeD(text: string): string {
  return text.replaceAll(`d${STROKE}`, "đ").replaceAll(`D${STROKE}`, "Đ");
}

/**
 * Pagefind keeps a typographic quote glued to its word as a word of its own (`khéo”` besides
 * `khéo`), which doubles the index of the most quoted words of the site (“Dân vận khéo”). The
 * index copy puts a thin space between quotes and words, which `fromIndexText` removes again
 * (Pagefind's text may come back with a plain space there).
 */
const OPENING_QUOTES = "“‘«";
const CLOSING_QUOTES = "”’»";
const GLUED_OPENING = new RegExp(`([${OPENING_QUOTES}])(?=\\S)`, "g");
const GLUED_CLOSING = new RegExp(`(?<=\\S)([${CLOSING_QUOTES}])`, "g");
const SPACED_OPENING = new RegExp(`([${OPENING_QUOTES}])\\s`, "g");
const SPACED_CLOSING = new RegExp(`\\s([${CLOSING_QUOTES}])`, "g");

function separateQuotes(text: string): string {
  return text.replace(GLUED_OPENING, "$1\u2009").replace(GLUED_CLOSING, "\u2009$1");
}

/** Text or excerpt HTML out of the index (a title, an excerpt) as readers should see it. */
export function fromIndexText(text: string): string {
  return unstrokeD(text).replace(SPACED_OPENING, "$1").replace(SPACED_CLOSING, "$1");
}

/** Lower case without any mark, `đ` → `d`: what two spellings of a word have in common. */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** Whether the text carries any tone, vowel mark or `đ`. */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.normalize("NFC").toLowerCase();
}

/** Opening and closing quotation marks a phone keyboard may type around a phrase. */
const QUOTES = /^\s*["“”„«‘’'‹]+\s*(.*?)\s*["“”„»‘’'›]+\s*$/su;

/**
 * The query as typed, tidied: NFC, single spaces, no space at either end. A query wrapped in
 * any kind of quotation marks (phones type “curly” ones) gets the straight quotes that ask
 * Pagefind for an exact phrase; quotes that do not wrap the whole query are dropped, since
 * Pagefind matches a phrase only as the whole query.
 */
export function normaliseQuery(raw: string): string {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  const phrase = QUOTES.exec(text)?.[1]
    ?.replace(/["“”„«»‘’‹›]/g, "")
    .trim();
  if (phrase) return `"${phrase}"`;
  return text
    .replace(/["“”„«»]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a normalised query asks for an exact phrase. */
export function isPhrase(query: string): boolean {
  return query.startsWith('"') && query.endsWith('"') && query.length > 2;
}

/** The words of a normalised query, without the phrase quotes. */
export function queryWords(query: string): string[] {
  return query.replace(/"/g, "").split(" ").filter(Boolean);
}

/** A tag (quoted attribute values may hold `>`), a comment, or the text between them. */
const HTML_PIECES = /(<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)/;

/** `Đ` and `đ` written as character references. */
const CAPITAL_D_REFERENCE = /&(?:#272|#[xX]110|Dstrok);/g;
const SMALL_D_REFERENCE = /&(?:#273|#[xX]111|dstrok);/g;

/**
 * The copy of a built page that Pagefind indexes: every text between tags in NFC with `đ`
 * stroked. Tags and attribute values (filters, URLs, meta values) are left exactly as built.
 */
export function strokeHtmlText(html: string): string {
  return html
    .split(HTML_PIECES)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : separateQuotes(strokeD(piece.replace(CAPITAL_D_REFERENCE, "Đ").replace(SMALL_D_REFERENCE, "đ"))),
    )
    .join("");
}

/** The date a built page gives search (its `data-pagefind-meta="date:…"`), if it has one. */
export function pageDateOf(html: string): string | undefined {
  return /data-pagefind-meta="date:(\d{4}(?:-\d{2}-\d{2})?)"/.exec(html)?.[1];
}

/**
 * The part of a built page that Pagefind reads: the element marked `data-pagefind-body`, which
 * holds the page's text, filters and meta, inside the page's own `<html>` tag (for its language).
 * The head, menu and footer, about half of a story page's bytes, are never indexed, so Pagefind
 * need not parse them. A page without the mark is returned whole.
 */
export function searchablePart(html: string): string {
  const mark = html.indexOf("data-pagefind-body");
  const start = html.lastIndexOf("<", mark);
  const tag = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start))?.[1];
  if (mark < 0 || !tag) return html;
  const sameTag = new RegExp(`<(/?)${tag}(?=[\\s>/])`, "gi");
  sameTag.lastIndex = start + 1;
  let depth = 1;
  for (let found = sameTag.exec(html); found; found = sameTag.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth > 0) continue;
    const end = html.indexOf(">", found.index) + 1;
    const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? "<html>";
    return `<!doctype html>${htmlTag}<body>${html.slice(start, end)}</body></html>`;
  }
  return html;
}
