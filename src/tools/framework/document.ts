/**
 * Documents the tools write (a brief, a request for proposal, a pilot agreement…) as a short
 * list of blocks: built once by a tool's pure model, then rendered both as Markdown (copy,
 * download) and on the page (ui/DocumentView.tsx), so the two never drift apart.
 */
import { oneLine } from './text';

// A blank to fill in travels inside a text between two private-use characters: the visitor's
// text is made inert first (escaping leaves those characters alone), then each blank becomes
// [brackets], so blanks read as blanks while typed brackets stay text.
const BLANK = /\uE000([^\uE000\uE001]*)\uE001/g;

/** A blank to fill in, shown as "[what]" on the page and in the Markdown. */
export const blank = (what: string) => `\uE000${what}\uE001`;

/** A text on one line for Markdown: the visitor's text made inert, the blanks as [brackets]. */
export function inline(text: string): string {
  return oneLine(text).replace(BLANK, '[$1]');
}

/** A paragraph's text, with an optional bold lead ("**Why:** …"). */
export interface Para {
  lead?: string;
  text: string;
}

/** One block of a document. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'para'; para: Para }
  /** Printed in italics: a note about the document itself. */
  | { kind: 'note'; text: string }
  | { kind: 'list'; items: Para[]; ordered?: boolean }
  | { kind: 'table'; head: string[]; rows: string[][]; caption?: string };

/** A document: its blocks in order. */
export type DocumentBlocks = Block[];

/** A table cell: one line, with its pipes escaped so they do not split the cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|') || '—';
}

function para(p: Para): string {
  const text = inline(p.text);
  return p.lead ? `**${oneLine(p.lead)}** ${text}`.trim() : text;
}

/** The document as Markdown (one blank line between blocks, a final newline). */
export function toMarkdown(blocks: DocumentBlocks): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${inline(b.text)}`);
        break;
      case 'para':
        out.push(para(b.para));
        break;
      case 'note':
        out.push(`_${inline(b.text)}_`);
        break;
      case 'list':
        out.push(b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${para(item)}`).join('\n'));
        break;
      case 'table':
        out.push(
          [
            ...(b.caption ? [`**${inline(b.caption)}**`, ''] : []),
            `| ${b.head.map(cell).join(' | ')} |`,
            `|${b.head.map(() => ' --- ').join('|')}|`,
            ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** The lines of a multi-line text field, trimmed, without blank ones ("one item per line"). */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-*•]\s+/, '').trim())
    .filter(Boolean);
}
