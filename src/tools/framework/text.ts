/** Text helpers for documents the tools export. */

/** Text on one line with single spaces, for a Markdown list item or heading. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
