import type { Root } from "mdast";
import { autolink } from "micromark-core-commonmark";
import type { Construct } from "micromark-util-types";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { explainParseError } from "./parse-errors";
import type { BodyProblem } from "./problems";

/** The character code of `<`, by which micromark files the constructs that start with it. */
const LESS_THAN = 60;

/**
 * Markdown's autolinks, `<https://…>` and `<ten@mien.vn>`, which MDX turns off because `<`
 * starts a tag there. Editors type them, so where one starts, in a line or at its start, it is
 * read as the link and not as a tag; anything else after `<` is still a tag. The address is then
 * checked like any other link. Runs after `remark-mdx`, whose tag construct it wraps.
 */
function remarkAutolinks(this: Processor): void {
  const extensions = (this.data().micromarkExtensions ??= []);
  const tagAtLineStart = extensions
    .flatMap((extension) => [extension.flow?.[LESS_THAN] ?? []].flat())
    .find((construct) => construct.name === "mdxJsxFlowTag");
  if (!tagAtLineStart) throw new Error("remark-mdx must come before remarkAutolinks");
  // Under a name of its own: MDX turns off the construct named `autolink`.
  const autolinkInMdx: Construct = { ...autolink, name: "autolinkInMdx" };
  const unlessAutolink: Construct = {
    name: "mdxJsxFlowTagUnlessAutolink",
    concrete: true,
    tokenize(effects, ok, nok) {
      const tag = tagAtLineStart.tokenize.call(this, effects, ok, nok);
      return (code) => effects.check(autolinkInMdx, nok, tag)(code);
    },
  };
  extensions.push({
    disable: { null: ["mdxJsxFlowTag"] },
    flow: { [LESS_THAN]: unlessAutolink },
    text: { [LESS_THAN]: autolinkInMdx },
  });
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkAutolinks).use(remarkGfm);

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
          ...explainParseError(reason, place.column),
        },
      ],
    };
  }
}
