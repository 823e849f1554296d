import type { BodyProblem } from "./problems";

/**
 * Limits that keep the parser's worst case short. The MDX parser is synchronous and cannot be
 * stopped once started, and some inputs cost it more than linear time: a run of `]` or of
 * `[a](` costs time in the square of its paragraph's length, a word of `www.a_` in the square
 * of its length, and each level of nesting costs a level of recursion (2,000 levels overflow
 * the stack). These checks run before the parser, in linear time, and refuse what would make
 * it slow; under them the slowest body measured takes a few seconds (docs/security-and-privacy.md).
 * A real story is far inside every limit: the longest sample body is 3,000 characters, its
 * longest paragraph 1,000, its longest word 49 characters, and it nests 2 levels.
 */
export const BODY_LIMITS = {
  /** Characters in a body: about 12,000 words, four times the longest story on the site. */
  maxChars: 60_000,
  /**
   * Characters between two blank lines: a paragraph, a list or a table. Only a blank line is
   * sure to end the parser's inline pass, so a list or a table counts as one stretch.
   */
  maxParagraphChars: 6_000,
  /**
   * Marks that may start an inline construct (`*`, `_`, `[`, `]`, `` ` ``, `~`, `<`, `!`, `&`,
   * `\\`) in one stretch. The parser looks back over a paragraph's marks for each one it meets,
   * so their number, not the paragraph's length, sets its time; a paragraph with ten links and
   * ten bold words has about a hundred.
   */
  maxMarksPerParagraph: 200,
  /** Characters in a word (no space inside): room for any web address. */
  maxWordChars: 500,
  /** Levels of nesting: quotes, lists and components inside each other. */
  maxDepth: 12,
} as const;

const number = (n: number) => n.toLocaleString("vi-VN");

/** A quote marker or a list marker, where the last one ended (sticky). */
const CONTAINER_MARKER = /[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/** Columns of leading white space, a tab counting as four. */
function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === " ") width += 1;
    else if (char === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * How deeply a line is nested: its quote and list markers, plus its indentation (a nested list
 * item is indented at least two columns per level). Counting stops past the limit.
 */
function lineDepth(line: string): number {
  let depth = Math.floor(indentOf(line) / 2);
  CONTAINER_MARKER.lastIndex = 0;
  while (depth <= BODY_LIMITS.maxDepth && CONTAINER_MARKER.test(line)) depth += 1;
  return depth;
}

const PARAGRAPH_END = /^[ \t>]*$/;

/** The marks counted against `maxMarksPerParagraph`. */
const MARKS = /[*_[\]`~<!&\\]/g;

const LONG_WORD = new RegExp(`\\S{${BODY_LIMITS.maxWordChars + 1}}`);

/**
 * Edges of tags: `<A` opens, `</` and `/>` close; `\<` is text, and `<https://…>` or
 * `<ten@mien.vn>` is a link, not a tag.
 */
const TAG_EDGE = /\\<|<\/|<[A-Za-z](?![\w+.-]*[:@])|\/>/g;

/**
 * What makes a body too large or too deep for the parser, each with its line; nothing when
 * it is within every limit. Linear in the body's length.
 */
export function bodyLimitProblems(body: string): BodyProblem[] {
  if (body.length > BODY_LIMITS.maxChars) {
    return [
      {
        line: 1,
        vi: `nội dung dài ${number(body.length)} ký tự, quá giới hạn ${number(BODY_LIMITS.maxChars)} ký tự: hãy tách thành hai bài`,
        en: `the body is ${body.length} characters long, over the limit of ${BODY_LIMITS.maxChars}`,
      },
    ];
  }
  const problems: BodyProblem[] = [];
  const lines = body.split("\n");
  let paragraph = { start: 0, chars: 0, marks: 0, reported: false };
  let tagDepth = 0;
  /** The first line nested deeper than the limit. */
  let tooDeepAt = 0;
  let longWordLine = 0;
  for (const [index, line] of lines.entries()) {
    const depth = lineDepth(line);
    for (const [edge] of line.matchAll(TAG_EDGE)) {
      if (edge === "\\<") continue;
      tagDepth = Math.max(0, tagDepth + (edge === "</" || edge === "/>" ? -1 : 1));
      if (tagDepth > BODY_LIMITS.maxDepth) tooDeepAt ||= index + 1;
    }
    if (depth > BODY_LIMITS.maxDepth) tooDeepAt ||= index + 1;
    if (!longWordLine && LONG_WORD.test(line)) longWordLine = index + 1;
    // Only a blank line, or one of quote markers only, surely ends the parser's paragraph.
    if (PARAGRAPH_END.test(line)) {
      paragraph = { start: index + 1, chars: 0, marks: 0, reported: false };
      continue;
    }
    paragraph.chars += line.length + 1;
    paragraph.marks += line.match(MARKS)?.length ?? 0;
    if (paragraph.reported) continue;
    if (paragraph.chars > BODY_LIMITS.maxParagraphChars) {
      paragraph.reported = true;
      problems.push({
        line: paragraph.start + 1,
        vi: `đoạn văn (hoặc danh sách, bảng) bắt đầu ở dòng này dài quá ${number(BODY_LIMITS.maxParagraphChars)} ký tự không có dòng trống: hãy tách đoạn bằng một dòng trống`,
        en: `the paragraph (or list, or table) starting here runs over ${BODY_LIMITS.maxParagraphChars} characters without a blank line`,
      });
    } else if (paragraph.marks > BODY_LIMITS.maxMarksPerParagraph) {
      paragraph.reported = true;
      problems.push({
        line: paragraph.start + 1,
        vi: `đoạn văn bắt đầu ở dòng này có hơn ${BODY_LIMITS.maxMarksPerParagraph} ký tự định dạng (* _ [ ] \` ~ < ! & \\): hãy bớt định dạng hoặc tách đoạn bằng một dòng trống`,
        en: `the paragraph starting here has more than ${BODY_LIMITS.maxMarksPerParagraph} formatting marks (* _ [ ] \` ~ < ! & \\)`,
      });
    }
  }
  if (longWordLine) {
    problems.push({
      line: longWordLine,
      vi: `dòng này có một chuỗi hơn ${number(BODY_LIMITS.maxWordChars)} ký tự liền nhau không có dấu cách: hãy thêm dấu cách hoặc rút gọn`,
      en: `this line has a run of more than ${BODY_LIMITS.maxWordChars} characters without a space`,
    });
  }
  if (tooDeepAt) {
    problems.push({
      line: tooDeepAt,
      vi: `nội dung lồng nhau quá ${BODY_LIMITS.maxDepth} tầng (trích dẫn, danh sách hay thẻ nằm trong nhau, hoặc thụt lề quá sâu): hãy bớt lồng, bớt thụt lề`,
      en: `the body nests more than ${BODY_LIMITS.maxDepth} levels deep (quotes, lists, components, indentation)`,
    });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
