import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, readPrefill, toolUrl } from './snippet';

const O = 'https://outsource-smart.example';
const titles: Record<string, string> = { raci: 'RACI matrix', 'total-cost': 'Total cost of engagement' };
const titleOf = (id: string) => titles[id];

describe('embed builder links', () => {
  it('builds the embed address with non-default options and the prefill', () => {
    expect(embedUrl(O, 'raci', {})).toBe(`${O}/embed/raci/`);
    expect(embedUrl(O, 'raci', { theme: 'auto', storage: 'none', presenter: 'on' }, 'abc_-1')).toBe(
      `${O}/embed/raci/?storage=none&presenter=on#share=abc_-1`,
    );
    expect(toolUrl(O, 'total-cost', 'xyz')).toBe(`${O}/tools/total-cost/#share=xyz`);
    expect(toolUrl(O, 'total-cost')).toBe(`${O}/tools/total-cost/`);
  });

  it('writes the snippet the issue names, with the host script', () => {
    const s = embedSnippet(O, 'raci', 'RACI matrix', { accent: 'teal' });
    expect(s).toBe(
      `<iframe src="${O}/embed/raci/?accent=teal" title="RACI matrix" width="100%" height="720" ` +
        `style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-outsource-smart></iframe>\n` +
        `<script src="${O}/embed.js" async></script>`,
    );
  });

  it('escapes attribute text', () => {
    expect(embedSnippet(O, 'raci', 'A "quoted" <b>&</b>', {})).toContain(
      'title="A &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt;"',
    );
  });
});

describe('prefill from a pasted share link', () => {
  it('keeps only the share value of a link to this tool', () => {
    expect(readPrefill(`${O}/tools/raci/#share=q1w2-e_3`, 'raci', titleOf)).toEqual({ ok: true, share: 'q1w2-e_3' });
    expect(readPrefill(`  ${O}/embed/raci/?theme=dark#share=AbC  `, 'raci', titleOf)).toEqual({
      ok: true,
      share: 'AbC',
    });
  });

  it('treats an empty field as no prefill', () => {
    expect(readPrefill('   ', 'raci', titleOf)).toBeNull();
  });

  it.each([
    ['not a link', 'hello', /not a link/],
    ['a link without values', `${O}/tools/raci/`, /carries no values/],
    ['another tool’s link', `${O}/tools/total-cost/#share=abc`, /for the “Total cost of engagement”/],
    ['an unknown page', `${O}/guides/raci/#share=abc`, /not a share link of one of the tools/],
    ['an unknown tool', `${O}/tools/nope/#share=abc`, /not a share link of one of the tools/],
    ['bad characters', `${O}/tools/raci/#share=ab%3Cscript%3E`, /damaged/],
    ['an empty value', `${O}/tools/raci/#share=`, /damaged/],
    ['a value too long', `${O}/tools/raci/#share=${'a'.repeat(16_001)}`, /damaged/],
  ])('refuses %s with a message', (_, text, message) => {
    const r = readPrefill(text, 'raci', titleOf);
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.message).toMatch(message);
  });
});
