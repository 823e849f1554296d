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
  /** Longest step title. */
  itemChars: 90,
  /** Longest award line (two printed lines). */
  awardChars: 160,
  /** Results printed, each as a box: its figure and what was measured. */
  results: 6,
  resultValueChars: 32,
  resultLabelChars: 50,
  /** Awards printed. */
  awards: 3,
  /**
   * The page, in lines of body text (10 pt, line height 1.4, within 12 mm margins), and what
   * the parts other than the steps take of it. The steps get what is left, at most
   * `stepLines`; a title line (15 pt) counts as 1.5 lines, a figure's line in a result box
   * (12 pt) as 1.4, a line of its label (9 pt) as 0.9.
   */
  pageLines: 50,
  /** The header: organisation, kind, facts; at least the height of the QR code and its caption. */
  headerLines: 4,
  qrLines: 12,
  titleCharsPerLine: 55,
  /** Headings, the sample note, the recognition, the "xem tiếp" note and the source line. */
  fixedLines: 14,
  /** Characters to a line in a result box: its figure, its label; and the box's padding, in lines. */
  resultValuePerLine: 22,
  resultLabelPerLine: 34,
  resultBoxLines: 0.8,
  /** Characters to a line of body text (10 pt), counted low so that bold text fits too. */
  charsPerLine: 85,
  /** Lines the how-to steps may take at most, and their characters to a line (9.5 pt). */
  stepLines: 18,
  stepCharsPerLine: 100,
} as const;

/** The sizes as numbers, so that tests can try other ones. */
export type HandoutFit = { readonly [Key in keyof typeof HANDOUT_FIT]: number };

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

/** Lines a text takes at `perLine` characters to a line. */
const linesOf = (text: string, perLine: number) => Math.ceil([...text].length / perLine);

/**
 * The steps that fit in `fit.stepLines` lines, in order: each step's title, then its detail
 * while there is room; the first detail that does not fit is clipped, and a step whose title
 * no longer fits ends the list.
 */
export function fitSteps(steps: readonly HandoutStep[], fit: HandoutFit = HANDOUT_FIT, room = fit.stepLines) {
  const shown: HandoutStep[] = [];
  let lines = Math.min(room, fit.stepLines);
  let clipped = false;
  for (const step of steps) {
    const title = clipText(step.title, fit.itemChars);
    const titleLines = linesOf(title.text, fit.stepCharsPerLine);
    if (titleLines > lines) {
      clipped = true;
      break;
    }
    lines -= titleLines;
    clipped ||= title.clipped;
    let detail: string | undefined;
    if (step.detail) {
      const room = lines * fit.stepCharsPerLine;
      const fitted = room >= fit.stepCharsPerLine / 2 ? clipText(step.detail, room) : { text: "", clipped: true };
      detail = fitted.text || undefined;
      clipped ||= fitted.clipped;
      lines -= detail ? linesOf(detail, fit.stepCharsPerLine) : 0;
    }
    shown.push({ title: title.text, ...(detail ? { detail } : {}) });
  }
  return { steps: shown, clipped };
}

/** The first `max` items of a list, each clipped to one line. */
export function fitLines(items: readonly string[], max: number, chars: number) {
  const clippedItems = items.slice(0, max).map((item) => clipText(item, chars));
  return {
    items: clippedItems.map((item) => item.text),
    clipped: items.length > max || clippedItems.some((item) => item.clipped),
  };
}

/** Lines the result boxes take, three to a row: each row as tall as its tallest box. */
function resultRowsLines(results: readonly { label: string; value: string }[], fit: HandoutFit): number {
  let lines = 0;
  for (let row = 0; row < results.length; row += 3) {
    const heights = results
      .slice(row, row + 3)
      .map(
        (box) =>
          1.4 * linesOf(box.value, fit.resultValuePerLine) +
          0.9 * linesOf(box.label, fit.resultLabelPerLine) +
          fit.resultBoxLines,
      );
    lines += Math.max(...heights);
  }
  return lines;
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
  const results = source.results.slice(0, fit.results).map((result) => ({
    label: clipText(result.label, fit.resultLabelChars),
    value: clipText(result.value, fit.resultValueChars),
  }));
  const awards = fitLines(source.awards, fit.awards, fit.awardChars);
  const used =
    Math.max(fit.headerLines + 1.5 * Math.ceil([...title.text].length / fit.titleCharsPerLine), fit.qrLines) +
    fit.fixedLines +
    linesOf(summary.text, fit.charsPerLine) +
    resultRowsLines(
      results.map((result) => ({ label: result.label.text, value: result.value.text })),
      fit,
    ) +
    awards.items.reduce((sum, award) => sum + linesOf(award, fit.charsPerLine), 0);
  const steps = fitSteps(source.steps, fit, Math.floor(fit.pageLines - used));
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
