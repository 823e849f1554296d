import { checkBody, figureSources } from "./check";
import { bodyLimitProblems } from "./limits";
import { parseBody } from "./parse";
import type { BodyProblem } from "./problems";
import { renderBody, type BodyImage } from "./render";

export { BODY_COMPONENTS, type BodyComponentName } from "./components";
export type { BodyProblem } from "./problems";
export type { BodyImage } from "./render";
export { checkBody, figureSources, isSafeUrl } from "./check";
export { BODY_LIMITS } from "./limits";
export { parseBody } from "./parse";

export type BodyResult =
  | { ok: true; html: string; images: BodyImage[]; figures: ReturnType<typeof figureSources> }
  | { ok: false; problems: BodyProblem[] };

/**
 * The one body pipeline used by the build, the content gate and the CMS preview: check the
 * body's size and depth, parse the MDX as data, check it against the allow-list, render it to
 * HTML. Nothing is ever executed, and nothing thrown escapes: it becomes a problem.
 */
export function processBody(source: string, options: { render?: boolean } = {}): BodyResult {
  try {
    return checkedBody(source, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          vi: `nội dung không xử lý được (${reason}): hãy bớt lồng nhau hoặc rút ngắn nội dung, rồi báo cho người quản trị nếu vẫn lỗi`,
          en: `the body could not be processed: ${reason}`,
        },
      ],
    };
  }
}

function checkedBody(source: string, options: { render?: boolean }): BodyResult {
  const limits = bodyLimitProblems(source);
  if (limits.length > 0) return { ok: false, problems: limits };
  const parsed = parseBody(source);
  if (!parsed.tree) return { ok: false, problems: parsed.problems };
  const problems = checkBody(parsed.tree);
  if (problems.length > 0) return { ok: false, problems };
  const figures = figureSources(parsed.tree);
  if (options.render === false) return { ok: true, html: "", images: [], figures };
  return { ok: true, ...renderBody(parsed.tree), figures };
}
