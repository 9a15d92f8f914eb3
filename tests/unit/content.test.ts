/**
 * Content integrity: the coverage map points at pages that exist, every seed is mapped,
 * no page copies 8+ consecutive words from a seed, guides have the promised length, and
 * every cross-reference between guides, glossary and mistakes resolves.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coverageSchema } from '../../src/schemas/coverage';
import { countWords } from '../../src/lib/reading-time';
import { loadFingerprints, readSeeds, runFingerprints, sharedRuns } from '../../scripts/seed-overlap.mjs';

const mdxFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^[^_].*\.mdx?$/.test(f))
        .map((f) => `${dir}/${f}`)
    : [];
const frontmatter = (file: string) =>
  parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const slug = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');

const guideFiles = mdxFiles('content/guides');
const caseFiles = mdxFiles('content/case-studies');
const guideSlugs = new Set(guideFiles.map(slug));
const caseSlugs = new Set(caseFiles.map(slug));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const mistakes = readJson('content/mistakes.json') as { id: string; guide: string }[];
const glossary = readJson('content/glossary.json') as { id: string; guide?: string }[];
const { files: seedFiles, prints } = loadFingerprints();

/** Does a coverage target (guide slug, case-studies/<slug>, mistakes/<id>) exist? */
function targetExists(target: string): boolean {
  if (target.startsWith('case-studies/')) return caseSlugs.has(target.slice('case-studies/'.length));
  if (target.startsWith('mistakes/')) return mistakes.some((m) => m.id === target.slice('mistakes/'.length));
  return guideSlugs.has(target);
}

describe('coverage map', () => {
  const coverage = coverageSchema.parse(readJson('content/coverage.json'));

  it('maps every seed article', () => {
    expect(coverage.seeds.map((s) => s.file).sort()).toEqual([...seedFiles].sort());
  });

  it('points only at pages that exist', () => {
    const missing = coverage.seeds.flatMap((s) => s.points.flatMap((p) => p.guides.filter((g) => !targetExists(g))));
    expect(missing).toEqual([]);
  });
});

describe('originality', () => {
  it('the stored seed fingerprints match the seeds (when the seeds are available)', () => {
    const seeds = readSeeds();
    if (seeds.length === 0) return; // Fingerprints alone are enough to check; nothing to compare.
    expect([...runFingerprints(seeds.map((s) => s.text))].sort()).toEqual([...prints].sort());
  });

  it('detects a copied run (the check itself works)', () => {
    const seeds = readSeeds();
    const sample = seeds.length ? seeds[0]!.text.split(/\s+/).slice(40, 52).join(' ') : '';
    if (sample) expect(sharedRuns(sample, prints).length).toBeGreaterThan(0);
    expect(
      sharedRuns('an entirely original sentence that no seed article has ever contained anywhere', prints),
    ).toEqual([]);
  });

  const files = [
    ...guideFiles,
    ...caseFiles,
    ...readdirSync('content')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `content/${f}`),
  ];
  it.each(files)('%s shares no run of 8+ words with a seed', (file) => {
    expect(sharedRuns(readFileSync(file, 'utf8'), prints)).toEqual([]);
  });
});

describe('guides', () => {
  it('there are at least 25', () => {
    expect(guideFiles.length).toBeGreaterThanOrEqual(25);
  });

  it.each(guideFiles)('%s has 600–1,500 words and resolvable related guides', (file) => {
    const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---/, '');
    const words = countWords(body);
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1500);
    const related = (frontmatter(file).related ?? []) as string[];
    expect(related.filter((r) => !guideSlugs.has(r))).toEqual([]);
  });

  it.each(caseFiles)('%s links only to existing guides', (file) => {
    const related = (frontmatter(file).related ?? []) as string[];
    expect(related.filter((r) => !guideSlugs.has(r))).toEqual([]);
  });
});

describe('hubs', () => {
  it('the mistakes hub has the ten mistakes, each with an existing guide', () => {
    expect(mistakes).toHaveLength(10);
    expect(mistakes.filter((m) => !guideSlugs.has(m.guide)).map((m) => m.id)).toEqual([]);
  });

  it('the glossary has at least 25 terms with unique ids and existing guides', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(25);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
    expect(glossary.filter((t) => t.guide && !guideSlugs.has(t.guide)).map((t) => t.id)).toEqual([]);
  });
});
