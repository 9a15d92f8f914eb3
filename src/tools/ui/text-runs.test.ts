import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { joinTextRuns } from './text-runs';

describe('text runs', () => {
  it('joins each run of strings and numbers, skipping what renders nothing inside a run', () => {
    const b = h('b', null);
    expect(joinTextRuns(['Criterion ', 1, ': ', 'Price'])).toEqual(['Criterion 1: Price']);
    expect(joinTextRuns(['a', false, 'b', b, 'c', null, 2.5, b, 'd'])).toEqual(['ab', b, 'c2.5', b, 'd']);
    expect(joinTextRuns([null, 'a', b, undefined])).toEqual([null, 'a', b, undefined]);
    expect(joinTextRuns(['', b, 'x', ''])).toEqual([null, b, 'x']);
  });

  it('turns numbers into strings, alone or in an array (hydration rewrites "0" for 0)', () => {
    const b = h('b', null);
    expect(joinTextRuns([0, b])).toEqual(['0', b]);
    expect(h('span', null, 0).props.children).toBe('0');
  });

  it('returns the same array when no run has two pieces', () => {
    const children = ['a', h('i', null), 'b'];
    expect(joinTextRuns(children)).toBe(children);
  });

  it("gives an element's vnode one text child per run, and the server the same HTML", () => {
    const p = h('p', null, 'Use ', 1, ' to ', 15, ' criteria.', h('a', { href: '#x' }, 'Jump ', 'to'), '!');
    expect(p.props.children).toEqual(['Use 1 to 15 criteria.', expect.anything(), '!']);
    expect(renderToString(p)).toBe('<p>Use 1 to 15 criteria.<a href="#x">Jump to</a>!</p>');
  });
});
