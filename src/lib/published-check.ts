import { gunzipSync } from "node:zlib";
import { mentionOf, type HiddenPerson } from "./content-gate";
import { mentionText } from "./mention-text";

/**
 * The last line of privacy: the built site is read file by file, as a reader or a crawler
 * gets it, and no file may name a person the site may not name, or link to their page. The
 * gate checks the sources; this checks what was made of them, so that a name that reaches a
 * page by any other way (a template, a tag page, a file name, the search index) stops the
 * build too.
 */

/** Files read only by their name: their content is compressed pixels or glyphs. */
const BINARY = /\.(?:jpe?g|png|webp|avif|gif|ico|woff2?|ttf|otf|eot|wasm|pdf)$/i;

/** Pagefind's index files: gzip streams that start, once opened, with this signature. */
const PAGEFIND = /\.pf_(?:fragment|index|meta|filter)$/;
const PAGEFIND_SIGNATURE = "pagefind_dcd";

/**
 * What a reader could read in a built file: text files as UTF-8; Pagefind's fragments (JSON:
 * the page's text, title and address) and its index, filter and meta files (CBOR, whose
 * strings read as text) opened first; nothing for images, fonts and other binary files.
 */
export function readableText(path: string, bytes: Buffer): string | undefined {
  if (BINARY.test(path)) return undefined;
  if (PAGEFIND.test(path)) {
    const opened = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    const text = opened.toString("utf8");
    return text.startsWith(PAGEFIND_SIGNATURE) ? text.slice(PAGEFIND_SIGNATURE.length) : text;
  }
  return bytes.toString("utf8");
}

/** A built file that names a hidden person, or links to their page. */
export interface PublishedMention {
  /** Path in the built site, with `/`. */
  file: string;
  person: HiddenPerson;
  how: "name" | "link";
  /** Whether the file's own name holds the mention, rather than its content. */
  inName: boolean;
}

/** The mentions of hidden people in one built file, by its name and its readable text. */
export function mentionsInFile(path: string, bytes: Buffer, people: HiddenPerson[]): PublishedMention[] {
  if (people.length === 0) return [];
  const name = mentionText(path);
  const text = readableText(path, bytes);
  const content = text === undefined ? "" : mentionText(text);
  const found: PublishedMention[] = [];
  for (const person of people) {
    const byName = mentionOf(name, person);
    const byContent = byName ? undefined : mentionOf(content, person);
    const how = byName ?? byContent;
    if (how) found.push({ file: path, person, how, inName: byName !== undefined });
  }
  return found;
}

/** One line of the build's report, in Vietnamese with English. */
export function describeMention({ file, person, how, inName }: PublishedMention): string {
  const what = how === "name" ? `tên “${person.name}”` : `liên kết tới trang của ${person.id}`;
  const where = inName ? "tên tệp" : "nội dung tệp";
  return (
    `LỖI dist/${file}: ${where} có ${what} (${person.id}), người chưa đồng ý, hoặc đã rút lại đồng ý, cho công bố tên, ` +
    `hoặc đang là bản nháp: hãy tìm nội dung, ảnh hay thẻ đã đưa tên này vào trang và bỏ đi ` +
    `(the built file ${how === "name" ? "names" : "links to"} ${person.id}, who may not be named)`
  );
}
