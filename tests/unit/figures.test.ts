/**
 * Every figure on the site has a source, is labelled an assumption, or is arithmetic of a
 * worked example — recorded in `content/figures.json` and checked in both directions:
 *
 * 1. every listed figure really appears in each file it names (no stale entries);
 * 2. every figure-looking string in the content is listed for that file.
 *
 * "Figure-looking" is kept deliberately simple so the rule stays honest and predictable:
 * a percentage ("30%", "25–30 %", "ten per cent"), an amount with a currency sign ("£100"),
 * or a deadline or limit phrased as "within / at least / up to N hours|days|weeks". Plain
 * counts and durations of advice ("check in weekly", "two weeks") are not statistics and are
 * not caught; worked-example money without a currency sign is covered by the guides saying
 * the example is illustrative. Link targets are stripped first, so URLs never match.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Figure {
  figure: string;
  in: string[];
  source?: { title: string; url: string };
  assumption?: string;
  example?: string;
}

/** The pattern of a figure that needs a source, an assumption label or an example label. */
export const FIGURE =
  /(?:[£$€]\s?\d+(?:[.,]\d+)*)|(?:\b\d+(?:[.,]\d+)*(?:\s?[–-]\s?\d+(?:[.,]\d+)*)?\s?(?:%|per cent))|(?:\b(?:ten|twenty|thirty|fifty) per cent)|(?:\b(?:within|at least|up to)\s+\d+\s+(?:hours?|days?|weeks?)\b)/gi;

/** Folds the spellings a figure may take ("20 %" and "20%") to one key. */
const norm = (s: string) =>
  s
    .replace(/\s+(?=%)/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
/** Text a reader sees: link targets removed, whitespace folded. */
const readable = (file: string) =>
  readFileSync(`content/${file}`, 'utf8')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\s+/g, ' ');

const dir = (d: string, ext: string) =>
  readdirSync(`content/${d}`)
    .filter((f) => f.endsWith(ext))
    .map((f) => `${d}/${f}`);
const scanned = [
  ...dir('guides', '.mdx'),
  ...dir('case-studies', '.mdx'),
  ...dir('checklists', '.json'),
  ...readdirSync('content').filter((f) => f.endsWith('.json') && !['coverage.json', 'figures.json'].includes(f)),
];
const fileOf = (key: string) => scanned.find((f) => f.replace(/\.(mdx|json)$/, '') === key);
const { figures } = JSON.parse(readFileSync('content/figures.json', 'utf8')) as { figures: Figure[] };

/** Figures found in a file, as normalised keys. */
export function figuresIn(text: string): string[] {
  return [...new Set([...text.matchAll(FIGURE)].map((m) => norm(m[0])))];
}

describe('figures list (content/figures.json)', () => {
  it.each(figures.map((f) => [f.figure, f] as const))('%s has exactly one label and a usable source', (_, f) => {
    expect([f.source, f.assumption, f.example].filter(Boolean)).toHaveLength(1);
    if (f.source) expect(f.source.url).toMatch(/^https:\/\/[^\s]+$/);
    expect(f.in.length).toBeGreaterThan(0);
  });

  it('every listed figure appears in each file it names', () => {
    const stale = figures.flatMap((f) =>
      f.in
        .filter((key) => {
          const file = fileOf(key);
          return !file || !norm(readable(file)).includes(norm(f.figure));
        })
        .map((key) => `${f.figure} in ${key}`),
    );
    expect(stale).toEqual([]);
  });

  it('the pattern catches what it should and nothing else', () => {
    expect(figuresIn('about 30 % of pay, 25–30% on salary, ten per cent, £100, within 72 hours')).toEqual([
      '30%',
      '25–30%',
      'ten per cent',
      '£100',
      'within 72 hours',
    ]);
    expect(figuresIn('check in weekly for two weeks; 12 staff; 50 %')).toEqual(['50%']);
  });

  it.each(scanned)('every figure in %s is listed with a source, assumption or example label', (file) => {
    const key = file.replace(/\.(mdx|json)$/, '');
    const listed = new Set(figures.filter((f) => f.in.includes(key)).map((f) => norm(f.figure)));
    const unlisted = figuresIn(readable(file)).filter((fig) => !listed.has(fig));
    expect(unlisted, `add these to content/figures.json for ${key}`).toEqual([]);
  });
});
