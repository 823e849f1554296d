/**
 * What of an entry fits on its one-page A4 handout. Every field is untrusted and some have no
 * length limit (a result's label, an award's title), so the handout takes a bounded part of
 * each: whole items while they fit, then one clipped item, and says so ("xem tiếp tại …").
 * The sizes were set by printing the longest sample entries (tests/e2e/handout-print.test.ts
 * prints the longest handouts and checks that each is exactly one page).
 */

/** How much one handout holds. */
export const HANDOUT_FIT = {
  /** Longest title printed, in characters (a model's title is at most 160). */
  titleChars: 160,
  /** Longest summary printed (the schema's own maximum is 400). */
  summaryChars: 400,
  /** Longest single line of a list: a result, an award, a step's title. */
  itemChars: 110,
  /** Results printed. */
  results: 6,
  /** Awards printed. */
  awards: 3,
  /** Lines the how-to steps may take, counted at `charsPerLine` characters to a line. */
  stepLines: 22,
  charsPerLine: 100,
} as const;

export type HandoutFit = typeof HANDOUT_FIT;

/** A text as printed, and whether it was cut. */
export interface Clipped {
  text: string;
  clipped: boolean;
}

/** Cuts a text to at most `max` characters at a word boundary, ending with "…". */
export function clipText(text: string, max: number): Clipped {
  const chars = [...text.trim()];
  if (chars.length <= max) return { text: chars.join(""), clipped: false };
  const cut = chars.slice(0, Math.max(1, max - 1)).join("");
  const atSpace = cut.lastIndexOf(" ");
  const head = atSpace > max / 2 ? cut.slice(0, atSpace) : cut;
  return { text: `${head.replace(/[\s,;:.–-]+$/u, "")}…`, clipped: true };
}

/** A how-to step as printed. */
export interface HandoutStep {
  title: string;
  detail?: string | undefined;
}

/** Lines a text takes at `charsPerLine` characters to a line. */
const linesOf = (text: string, fit: HandoutFit) => Math.ceil([...text].length / fit.charsPerLine);

/**
 * The steps that fit in `fit.stepLines` lines, in order: each step's title, then its detail
 * while there is room; the first detail that does not fit is clipped, and a step whose title
 * no longer fits ends the list.
 */
export function fitSteps(steps: readonly HandoutStep[], fit: HandoutFit = HANDOUT_FIT) {
  const shown: HandoutStep[] = [];
  let lines = fit.stepLines;
  let clipped = false;
  for (const step of steps) {
    const title = clipText(step.title, fit.itemChars);
    const titleLines = linesOf(title.text, fit);
    if (titleLines > lines) {
      clipped = true;
      break;
    }
    lines -= titleLines;
    clipped ||= title.clipped;
    let detail: string | undefined;
    if (step.detail) {
      const room = lines * fit.charsPerLine;
      const fitted = room >= fit.charsPerLine / 2 ? clipText(step.detail, room) : { text: "", clipped: true };
      detail = fitted.text || undefined;
      clipped ||= fitted.clipped;
      lines -= detail ? linesOf(detail, fit) : 0;
    }
    shown.push({ title: title.text, ...(detail ? { detail } : {}) });
  }
  return { steps: shown, clipped };
}

/** The first `max` items of a list, each clipped to one line. */
export function fitLines(items: readonly string[], max: number, fit: HandoutFit = HANDOUT_FIT) {
  const clippedItems = items.slice(0, max).map((item) => clipText(item, fit.itemChars));
  return {
    items: clippedItems.map((item) => item.text),
    clipped: items.length > max || clippedItems.some((item) => item.clipped),
  };
}

/** What an entry offers a handout, in plain text. */
export interface HandoutSource {
  title: string;
  summary: string;
  /** Results as "value label" pairs. */
  results: readonly { label: string; value: string }[];
  steps: readonly HandoutStep[];
  /** Award lines, already written out. */
  awards: readonly string[];
}

/** The handout's texts, and whether anything was left for the web page. */
export interface HandoutContent {
  title: string;
  summary: string;
  results: { label: string; value: string }[];
  steps: HandoutStep[];
  awards: string[];
  /** Something was cut or left out: the handout says where to read the rest. */
  clipped: boolean;
}

export function handoutContent(source: HandoutSource, fit: HandoutFit = HANDOUT_FIT): HandoutContent {
  const title = clipText(source.title, fit.titleChars);
  const summary = clipText(source.summary, fit.summaryChars);
  // A result is one box: label and value share the line's length.
  const results = source.results.slice(0, fit.results).map((result) => ({
    label: clipText(result.label, fit.itemChars - Math.min(result.value.length, 30)),
    value: clipText(result.value, 30),
  }));
  const steps = fitSteps(source.steps, fit);
  const awards = fitLines(source.awards, fit.awards, fit);
  return {
    title: title.text,
    summary: summary.text,
    results: results.map((result) => ({ label: result.label.text, value: result.value.text })),
    steps: steps.steps,
    awards: awards.items,
    clipped:
      title.clipped ||
      summary.clipped ||
      source.results.length > fit.results ||
      results.some((result) => result.label.clipped || result.value.clipped) ||
      steps.clipped ||
      awards.clipped,
  };
}
