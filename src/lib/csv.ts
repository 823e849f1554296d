import { stringify } from "csv-stringify/sync";

/** One spreadsheet cell: text, a number, a flag, or empty. */
export type CsvCell = string | number | boolean | null;

/**
 * CSV as a Vietnamese Excel opens it: a UTF-8 byte-order mark so the accents read right, CRLF
 * line ends, fields quoted when they hold a comma, a quote or a line break; flags read
 * `true` / `false`, empty cells stay empty. Every CSV the site publishes goes through here.
 *
 * A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or their
 * full-width forms) is one a spreadsheet would run as a formula (OWASP "CSV injection"): the
 * library's `escape_formulas` writes it with a leading `'`, which spreadsheets read as "this is
 * text" and do not show. A number stays a number: a count or a year is written as JavaScript
 * prints it, and a negative one, the only kind that starts with `-`, is left unescaped so that
 * its column stays numeric. A value typed as text (a result such as "-5%") is text.
 */
export function toSpreadsheetCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      bom: true,
      record_delimiter: "windows",
      // csv-stringify quotes only fields holding its own record delimiter (CRLF); a bare line
      // break typed in a summary must be quoted too, or a spreadsheet splits the row there.
      quoted_match: /[\r\n]/,
      escape_formulas: true,
      cast: { boolean: (value) => (value ? "true" : "false") },
    },
  );
}

/** The response of a CSV endpoint; with a file name, browsers download it under that name. */
export function csvResponse(rows: readonly (readonly CsvCell[])[], fileName?: string): Response {
  const headers: Record<string, string> = { "Content-Type": "text/csv; charset=utf-8" };
  if (fileName) headers["Content-Disposition"] = `attachment; filename="${fileName}"`;
  return new Response(toSpreadsheetCsv(rows), { headers });
}
