import { describe, expect, it } from 'vitest';
import { blank, linesOf, toMarkdown } from './document';

describe('documents as Markdown', () => {
  it('writes every block kind, one blank line apart', () => {
    const md = toMarkdown([
      { kind: 'heading', level: 1, text: 'Brief' },
      { kind: 'para', para: { lead: 'Why:', text: 'cut cost' } },
      { kind: 'note', text: 'A template' },
      { kind: 'list', items: [{ text: 'one' }, { lead: 'Two:', text: 'two' }] },
      { kind: 'list', ordered: true, items: [{ text: 'first' }, { text: 'second' }] },
      { kind: 'table', head: ['A', 'B'], rows: [['1', '']] },
    ]);
    expect(md).toBe(
      '# Brief\n\n**Why:** cut cost\n\n_A template_\n\n- one\n- **Two:** two\n\n1. first\n2. second\n\n| A | B |\n| --- | --- |\n| 1 | — |\n',
    );
  });

  it('keeps what a visitor typed inert, and writes blanks as [brackets]', () => {
    const md = toMarkdown([
      { kind: 'para', para: { text: `See [click](https://evil) <img src=x> | ${blank('owner')} *now*` } },
      { kind: 'table', head: ['Measure'], rows: [['a | b']] },
    ]);
    expect(md).toContain('See \\[click\\](https://evil) &lt;img src=x&gt; | [owner] \\*now\\*');
    expect(md).toContain('| a \\| b |');
  });

  it('reads one item per line, without bullets or blank lines', () => {
    expect(linesOf('- Payroll\n\n  * Year-end accounts \r\n• Tax advice\nPaying suppliers')).toEqual([
      'Payroll',
      'Year-end accounts',
      'Tax advice',
      'Paying suppliers',
    ]);
  });
});
