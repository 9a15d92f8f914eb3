/**
 * CSV for spreadsheets, safe against formula injection: a cell that starts with = + - @,
 * a tab or a carriage return is prefixed with ' so Excel, LibreOffice and Sheets show it
 * as text instead of running it (OWASP "CSV injection"). Every field is quoted.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised if it could start a formula, then quoted with "" for inner quotes. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to CSV text (CRLF line ends, as RFC 4180 asks). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
