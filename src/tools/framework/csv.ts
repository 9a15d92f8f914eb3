/**
 * The site's one CSV writer, safe against formula injection (OWASP "CSV injection"): a text
 * cell that a spreadsheet could read as a formula gets a leading ' so Excel, LibreOffice and
 * Sheets show it as text. That is any cell whose first character after leading whitespace
 * (spaces, tabs, line breaks, Unicode spaces) is = + - @, their full-width forms ＝ ＋ － ＠,
 * or a tab or carriage return itself. Numbers are written as numbers. Every field is quoted.
 */

/** First characters that make a spreadsheet treat a cell as a formula (after leading spaces). */
const FORMULA_START =
  /^[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** True when a spreadsheet could read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** One cell: neutralised if it could start a formula, then quoted with "" for inner quotes. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `"${String(Object.is(value, -0) ? 0 : value)}"` : '""';
  let text = value === null || value === undefined ? '' : String(value);
  if (looksLikeFormula(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to CSV text (CRLF line ends, as RFC 4180 asks). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
