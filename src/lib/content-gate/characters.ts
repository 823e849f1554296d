/**
 * Characters no text of the site may hold: they are invisible, make XML invalid (one in a
 * title broke every RSS feed), or reorder what a reader sees (the "Trojan Source" bidi
 * overrides). Tab and line breaks are text; a carriage return only as part of a Windows line
 * end.
 */
const UNSAFE = new RegExp(
  [
    "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]", // C0 controls and DEL
    "\\r(?!\\n)", // a carriage return that does not end a line
    "[\\u0080-\\u009F]", // C1 controls
    "[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]", // bidi embeddings, overrides, isolates, marks
    "[\\uFDD0-\\uFDEF]", // noncharacters
    "[\\uFFFE\\uFFFF]|[\\uD83F\\uD87F\\uD8BF\\uD8FF\\uD93F\\uD97F\\uD9BF\\uD9FF\\uDA3F\\uDA7F\\uDABF\\uDAFF\\uDB3F\\uDB7F\\uDBBF\\uDBFF][\\uDFFE\\uDFFF]", // U+xFFFE, U+xFFFF in every plane
    "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", // lone surrogates
  ].join("|"),
);

/** The first character of a text that no text may hold, with where it is; nothing if there is none. */
export function unsafeCharacter(text: string): { index: number; codePoint: string } | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  return { index: match.index, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, "0")}` };
}

/** What to tell an editor about such a character. */
export function unsafeCharacterMessage(codePoint: string, where: string): { vi: string; en: string } {
  return {
    vi: `có ký tự điều khiển không nhìn thấy (${codePoint}) ${where}: thường do dán từ Word, PDF hay trang web; hãy xoá rồi gõ lại đoạn đó`,
    en: `holds the control or formatting character ${codePoint} ${where.replace(/^ở /, "at ")}`,
  };
}
