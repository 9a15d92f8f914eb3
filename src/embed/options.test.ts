import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, EMBED_CHOICES, embedQuery, parseEmbedOptions } from './options';
import { EMBED_INIT_SCRIPT } from './embed-init.mjs';

/** Runs the inline head script against a fake <html> and returns the attributes it set. */
function runInitScript(search: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const documentElement = {
    setAttribute: (k: string, v: string) => (attrs[k] = String(v)),
    getAttribute: (k: string) => attrs[k] ?? null,
  };
  new Function('location', 'document', EMBED_INIT_SCRIPT)({ search }, { documentElement });
  return attrs;
}

const cases: [string, string, Partial<typeof DEFAULT_EMBED_OPTIONS>][] = [
  ['no options', '', {}],
  [
    'every option',
    '?theme=dark&storage=none&presenter=on&intro=hide&accent=plum',
    {
      theme: 'dark',
      storage: 'none',
      presenter: 'on',
      intro: 'hide',
      accent: 'plum',
    },
  ],
  ['session storage, light theme', '?storage=session&theme=light', { storage: 'session', theme: 'light' }],
  ['unknown values', '?theme=neon&storage=cookies&presenter=yes&intro=0&accent=red', {}],
  ['markup in a value', '?accent=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&theme=dark%22onload=x', {}],
  ['case matters', '?theme=DARK&storage=None', {}],
  ['unknown names', '?colour=red&__proto__=x&constructor=y', {}],
  ['the first of repeated values counts', '?theme=light&theme=dark', { theme: 'light' }],
  ['a valid value after an invalid one is not used', '?theme=neon&theme=dark', {}],
];

describe('embed options', () => {
  it.each(cases)('parses %s', (_, search, expected) => {
    expect(parseEmbedOptions(search)).toEqual({ ...DEFAULT_EMBED_OPTIONS, ...expected });
  });

  it.each(cases)('the inline script agrees on %s and writes only known words', (_, search, expected) => {
    const attrs = runInitScript(search);
    const want = { ...DEFAULT_EMBED_OPTIONS, ...expected };
    for (const [name, value] of Object.entries(want)) expect(attrs[`data-embed-${name}`]).toBe(value);
    expect(attrs['data-storage']).toBe(want.storage);
    expect(attrs['data-theme']).toBe(want.theme === 'auto' ? 'system' : want.theme);
    const allowed = new Set([...Object.values(EMBED_CHOICES).flat(), 'system']);
    for (const v of Object.values(attrs)) expect(allowed.has(v)).toBe(true);
  });

  it('defaults are the first value of each list', () => {
    expect(DEFAULT_EMBED_OPTIONS).toEqual({
      theme: 'auto',
      storage: 'local',
      presenter: 'off',
      intro: 'show',
      accent: 'blue',
    });
  });

  it('writes a query string without defaults, and it reads back the same', () => {
    expect(embedQuery(DEFAULT_EMBED_OPTIONS)).toBe('');
    const opts = { ...DEFAULT_EMBED_OPTIONS, storage: 'none', presenter: 'on', accent: 'teal' } as const;
    expect(embedQuery(opts)).toBe('?storage=none&presenter=on&accent=teal');
    expect(parseEmbedOptions(embedQuery(opts))).toEqual(opts);
  });

  it('drops invalid values when writing', () => {
    expect(embedQuery({ theme: 'neon' as never, accent: 'green' })).toBe('?accent=green');
  });
});
