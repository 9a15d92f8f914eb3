/** Text helpers for documents the tools export. */

/** Characters with a meaning in Markdown or HTML, escaped so text stays text. */
const SPECIAL = /[\\`*_[\]<>&]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Text on one line with single spaces, for a Markdown list item or heading. Whatever a visitor
 * typed stays inert there: HTML-significant characters become entities (a note such as
 * `<img src=x onerror=…>` shows as text in every Markdown viewer), and Markdown's link, image,
 * code and emphasis characters are backslash-escaped, so `[click](https://evil)` is not a link.
 */
export function oneLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (c) => ENTITY[c] ?? `\\${c}`);
}

/** A Markdown table cell: one line, escaped like `oneLine`, its pipes escaped too; "—" when empty. */
export function tableCell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|') || '—';
}
