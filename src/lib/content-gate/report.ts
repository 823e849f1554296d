/** One problem found by the gate, with where it is and what to do, in Vietnamese and English. */
export interface GateProblem {
  severity: "error" | "warning";
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  vi: string;
  en: string;
}

/** Formats problems one per line: `file:line  field  message (english)`. */
export function formatProblems(problems: GateProblem[]): string {
  return problems
    .map((p) => {
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      const tag = p.severity === "error" ? "LỖI" : "CẢNH BÁO";
      return `${tag} ${where}${p.field ? ` [${p.field}]` : ""}: ${p.vi} (${p.en})`;
    })
    .join("\n");
}
