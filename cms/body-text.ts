import { BODY_COMPONENTS } from "../src/lib/body/components";

/**
 * What the CMS does to a body before saving it, so that whatever an editor typed stays text.
 *
 * MDX reads `{` as the start of a JavaScript expression and `<` as the start of a JSX tag (an
 * HTML comment `<!-- -->` is a syntax error), so a price written "{5 nghìn}" or a note "<b>"
 * would fail the build or, worse, be read as code. The rich-text editor writes such characters
 * as they are, and so does an editor typing Markdown, so every save escapes them with a
 * backslash, which Markdown turns back into the character: `\{`, `\}`, `\<`, `\>`. A line that
 * starts with the word `import` or `export` would be read as a JavaScript statement, so its first
 * letter is written as a character reference (`&#105;mport`), which reads the same. Left alone:
 * the tags of our own components (the build's checker then judges them), code spans and code
 * blocks (where MDX reads braces as text anyway), characters already escaped, and `>` at the
 * start of a line, which is a Markdown quote, not code. Running it twice changes nothing.
 */

/** Characters escaped wherever they are text. */
const TEXT_ONLY = new Set(["{", "}", "<", ">"]);

/** ASCII punctuation: what a backslash escapes in Markdown. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** The opening or closing tag of an allow-listed component, e.g. `<PullQuote` or `</Figure`. */
const COMPONENT_TAG = new RegExp(`^</?(?:${Object.keys(BODY_COMPONENTS).join("|")})(?=[\\s/>])`);

/** A fenced code block's opening line: up to three spaces, then three or more ` or ~. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Where a component tag that starts at `start` ends (just after its `>`), following quoted
 * strings and `{…}` so that a `>` inside them does not end it; -1 if it never closes.
 */
function tagEnd(text: string, start: number): number {
  let quote: string | undefined;
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "{") {
      depth++;
    } else if (char === "}") {
      depth = Math.max(0, depth - 1);
    } else if (char === ">" && depth === 0) {
      return i + 1;
    }
  }
  return -1;
}

/**
 * Where a code span opened by the backtick run at `start` (of `length` backticks) ends, or -1.
 * A code span never crosses a blank line: that ends the paragraph.
 */
function codeSpanEnd(text: string, start: number, length: number): number {
  const blankLine = /\n[ \t]*\n/g;
  blankLine.lastIndex = start;
  const paragraphEnd = blankLine.exec(text)?.index ?? text.length;
  let i = start + length;
  while (i < paragraphEnd) {
    const next = text.indexOf("`", i);
    if (next === -1 || next >= paragraphEnd) return -1;
    let run = 0;
    while (text[next + run] === "`") run++;
    if (run === length) return next + run;
    i = next + run;
  }
  return -1;
}

/**
 * A Markdown autolink, `<https://…>` or `<ten@mien.vn>`, by CommonMark's rules: the site reads
 * it as the link it means (src/lib/body/parse.ts), so it is left as typed; an unsafe scheme is
 * then refused by the body check, not escaped into text.
 */
const AUTOLINK =
  /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1F]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/;

/** A line MDX would read as a JavaScript `import` or `export` statement. */
const STATEMENT = /^(?:import|export)(?=[ \t])/;

/** Whether `i` is the `>` of a Markdown quote marker: only spaces and `>` before it on its line. */
function isQuoteMarker(text: string, i: number): boolean {
  const lineStart = text.lastIndexOf("\n", i - 1) + 1;
  return /^ {0,3}(?:> ?)*$/.test(text.slice(lineStart, i));
}

/** Escapes the prose of a stretch of body that holds no fenced code block. */
function escapeProse(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if ((i === 0 || text[i - 1] === "\n") && STATEMENT.test(text.slice(i, i + 7))) {
      out += `&#${char.charCodeAt(0)};`;
      i++;
      continue;
    }
    if (char === "\\" && ESCAPABLE.test(text[i + 1] ?? "")) {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === "`") {
      let length = 0;
      while (text[i + length] === "`") length++;
      const end = codeSpanEnd(text, i, length);
      const stop = end === -1 ? i + length : end;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    const autolink = char === "<" ? AUTOLINK.exec(text.slice(i, i + 2048))?.[0] : undefined;
    if (autolink) {
      out += autolink;
      i += autolink.length;
      continue;
    }
    if (char === "<" && COMPONENT_TAG.test(text.slice(i, i + 40))) {
      const end = tagEnd(text, i);
      if (end !== -1) {
        out += text.slice(i, end);
        i = end;
        continue;
      }
    }
    if (TEXT_ONLY.has(char) && !(char === ">" && isQuoteMarker(text, i))) out += "\\";
    out += char;
    i++;
  }
  return out;
}

/** Escapes `{`, `}`, `<` and `>` wherever an editor typed them as text. */
export function escapeBodyText(body: string): string {
  const lines = body.split("\n");
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | undefined;
  const flushProse = () => {
    if (prose.length > 0) out.push(escapeProse(prose.join("\n")));
    prose = [];
  };
  for (const line of lines) {
    if (fence) {
      out.push(line);
      const closing = FENCE.exec(line)?.[1];
      if (closing && closing[0] === fence[0] && closing.length >= fence.length && line.trim() === closing) {
        fence = undefined;
      }
      continue;
    }
    const opening = FENCE.exec(line)?.[1];
    if (opening && !(opening[0] === "`" && line.slice(line.indexOf(opening) + opening.length).includes("`"))) {
      flushProse();
      fence = opening;
      out.push(line);
      continue;
    }
    prose.push(line);
  }
  flushProse();
  return out.join("\n");
}

/**
 * The text as the editor typed it: the inverse of `escapeBodyText` for prose, used where a form
 * shows a stretch of body (the text of a pull quote). Other escapes stay as they are.
 */
export function unescapeBodyText(text: string): string {
  return text
    .replace(/^&#(?:105|101);(?=(?:mport|xport)[ \t])/gm, (reference) => (reference === "&#105;" ? "i" : "e"))
    .replace(/\\([!-/:-@[-`{-~])/g, (whole, char: string) => (TEXT_ONLY.has(char) ? char : whole));
}

/**
 * The body as our files keep it: a blank line after the front matter, the text, one newline at
 * the end. The rich-text editor trims both ends when it writes; without this, an entry edited
 * there would change its first and last line in the history for nothing. An empty body stays
 * empty.
 */
export function normalizeBodyEdges(body: string): string {
  const text = body.replace(/^(?:[ \t]*\r?\n)+/, "").trimEnd();
  return text === "" ? "" : `\n${text}\n`;
}

/** Everything done to a body before it is saved. */
export function prepareBody(body: string): string {
  return normalizeBodyEdges(escapeBodyText(body));
}
