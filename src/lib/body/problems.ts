/** One thing wrong with an entry, explained to an editor (Vietnamese) and a developer (English). */
export interface BodyProblem {
  /** Line in the body (1-based), when the problem has a place. */
  line?: number | undefined;
  /** Column in that line (1-based). */
  column?: number | undefined;
  /** What is wrong, in Vietnamese. */
  vi: string;
  /** What is wrong, in English. */
  en: string;
}
