import { decodeHTML } from "entities";
import { foldVietnamese } from "./search-text";

/**
 * Text as a reader would read it, reduced to what two spellings of a name have in common, so
 * that a name can be looked for however it was typed or published. One normaliser serves the
 * content gate (entry sources) and the check of the built site (HTML, XML, CSV, JSON, search
 * fragments): a name the gate would miss, the build misses too, and the other way round.
 *
 * In order:
 * - escapes are decoded: JSON's `\u0169`, a URL's `%C5%A9`, HTML and MDX character references
 *   (`&#x169;`, `&#361;`, `&utilde;`);
 * - tags are taken out: inline ones (`<em>`, `<a>`…) join the text around them, as a reader sees
 *   it (`R<em>ú</em>t`), others separate it; what is written inside a tag (an `alt`, a link, a
 *   component's attribute, over several lines or not) is read as a text of its own;
 * - Markdown's marks of emphasis and code (`*`, `` ` ``, `~`, `\`) go, so `R**ú**t` is `Rút`;
 * - NFC, then invisible characters go (zero-width space and joiners, soft hyphen, bidi marks:
 *   Unicode's format characters, and the Hangul fillers that render as nothing);
 * - case, tones, vowel marks and `đ` are folded (`Vũ` → `vu`);
 * - everything that is not a letter or a digit becomes one space, so a slug (`pham-van-rut`),
 *   a line break or a comma between words reads as a space.
 *
 * The result is words of `a`–`z`, digits and other letters, one space between words; the
 * separate texts (the running text, then each tag's inside) are joined by line breaks, so a
 * name is never found across two of them.
 */
export function mentionText(text: string): string {
  const decoded = decodeHTML(decodePercent(decodeJsonEscapes(text)));
  const insides: string[] = [];
  const running = decoded.replace(TAG, (tag: string, name: string) => {
    insides.push(tag.slice(1, -1));
    return INLINE_TAGS.has(name.toLowerCase()) ? "" : " ";
  });
  return [running, ...insides].map(words).join("\n");
}

/** A name (or any phrase) in the form `mentionText` gives, as one line of words. */
export function mentionKey(phrase: string): string {
  return words(phrase);
}

/**
 * Whether normalised text holds a phrase's key as whole words: `van minh` is in
 * `nguyen van minh`, not in `van minhh`.
 */
export function holdsKey(normalised: string, key: string): boolean {
  if (key === "") return false;
  let from = normalised.indexOf(key);
  while (from !== -1) {
    const before = normalised[from - 1];
    const after = normalised[from + key.length];
    if (
      (before === undefined || before === " " || before === "\n") &&
      (after === undefined || after === " " || after === "\n")
    )
      return true;
    from = normalised.indexOf(key, from + 1);
  }
  return false;
}

/** A start or end tag, by its name; its inside may run over several lines. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)[^<>]*>/g;

/** Tags that sit inside a word as easily as between words: their edges are not word breaks. */
const INLINE_TAGS = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "del",
  "dfn",
  "em",
  "i",
  "ins",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
  "wbr",
]);

/** Marks of Markdown emphasis, strike-through, code and escape: not part of what is read. */
const MARKDOWN_MARKS = /[*`~\\]/g;

/**
 * Characters that take no room: format characters (zero-width space and joiners, soft hyphen,
 * bidi marks and overrides, word joiner, byte-order mark) and fillers that render as nothing.
 */
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;

const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

function words(text: string): string {
  const visible = text.normalize("NFC").replace(INVISIBLE, "").replace(MARKDOWN_MARKS, "");
  return foldVietnamese(visible).replace(NOT_A_WORD, " ").trim();
}

function decodeJsonEscapes(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** `%XX` sequences that make UTF-8 decoded; anything else left as it is. */
function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
