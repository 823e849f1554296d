import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { BodyProblem } from "./problems";

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type ParsedBody = { tree: Root; problems: [] } | { tree: undefined; problems: [BodyProblem] };

/**
 * Parses an MDX body into a syntax tree. Nothing is compiled or evaluated: MDX syntax errors
 * (an unclosed `<`, a stray `{`, an HTML comment) come back as a problem with its place.
 */
export function parseBody(source: string): ParsedBody {
  try {
    const tree = parser.runSync(parser.parse(source)) as Root;
    return { tree, problems: [] };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? String(error);
    // Some mdast-util-mdx-jsx errors carry their place only inside the message: "(3:1-3:28)".
    const inMessage = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    if (!place.line && inMessage) {
      place.line = Number(inMessage[1]);
      place.column = Number(inMessage[2]);
    }
    return {
      tree: undefined,
      problems: [
        {
          ...(place.line ? { line: place.line } : {}),
          ...(place.column ? { column: place.column } : {}),
          vi: `nội dung không đọc được như MDX (ký tự “<”, “{” hoặc “<!--” cần được viết khác): ${reason}`,
          en: `the body is not valid MDX: ${reason}`,
        },
      ],
    };
  }
}
