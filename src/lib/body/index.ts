import { checkBody, figureSources } from "./check";
import { parseBody } from "./parse";
import type { BodyProblem } from "./problems";
import { renderBody, type BodyImage } from "./render";

export { BODY_COMPONENTS, type BodyComponentName } from "./components";
export type { BodyProblem } from "./problems";
export type { BodyImage } from "./render";
export { checkBody, figureSources, isSafeUrl } from "./check";
export { parseBody } from "./parse";

export type BodyResult =
  | { ok: true; html: string; images: BodyImage[]; figures: ReturnType<typeof figureSources> }
  | { ok: false; problems: BodyProblem[] };

/**
 * The one body pipeline used by the build, the content gate and the CMS preview: parse the
 * MDX as data, check it against the allow-list, render it to HTML. Nothing is ever executed.
 */
export function processBody(source: string, options: { render?: boolean } = {}): BodyResult {
  const parsed = parseBody(source);
  if (!parsed.tree) return { ok: false, problems: parsed.problems };
  const problems = checkBody(parsed.tree);
  if (problems.length > 0) return { ok: false, problems };
  const figures = figureSources(parsed.tree);
  if (options.render === false) return { ok: true, html: "", images: [], figures };
  return { ok: true, ...renderBody(parsed.tree), figures };
}
