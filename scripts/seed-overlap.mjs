#!/usr/bin/env node
/**
 * Finds runs of 8 or more consecutive words that a text shares with the seed articles
 * (case and punctuation folded). Our guides must say everything in our own words, so any
 * shared run of 8+ words counts as copying.
 *
 * The seeds live outside the repo (../shared/seeds). So that the check runs anywhere, the
 * repo keeps only fingerprints of the seeds' 8-word runs (truncated SHA-1, no seed text) in
 * tests/fixtures/seed-fingerprints.json; `--update` regenerates them from the seeds.
 *
 *   node scripts/seed-overlap.mjs content/guides/*.mdx   # check files
 *   node scripts/seed-overlap.mjs --update                # refresh fingerprints
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Length of a copied run, in words. */
export const RUN = 8;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FINGERPRINTS = join(root, 'tests', 'fixtures', 'seed-fingerprints.json');

/** Lower-cases, folds apostrophes and punctuation, and splits into words. */
export function foldWords(text) {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** A short, stable fingerprint of one run of words. */
export function fingerprint(run) {
  return createHash('sha1').update(run).digest('hex').slice(0, 16);
}

/** The fingerprints of every RUN-word run in the given texts. */
export function runFingerprints(texts) {
  const out = new Set();
  for (const text of texts) {
    const words = foldWords(text);
    for (let i = 0; i + RUN <= words.length; i++) out.add(fingerprint(words.slice(i, i + RUN).join(' ')));
  }
  return out;
}

/** The RUN-word runs of `text` whose fingerprints are in `prints` (deduplicated, in order). */
export function sharedRuns(text, prints) {
  const words = foldWords(text);
  const found = [];
  for (let i = 0; i + RUN <= words.length; i++) {
    const run = words.slice(i, i + RUN).join(' ');
    if (prints.has(fingerprint(run)) && !found.includes(run)) found.push(run);
  }
  return found;
}

/** The seed articles from ../shared/seeds (or $SEEDS_DIR) as {file, text}; [] when absent. */
export function readSeeds() {
  const dir = process.env.SEEDS_DIR ?? join(root, '..', 'shared', 'seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** The stored fingerprints: the seed file names and the set of run fingerprints. */
export function loadFingerprints() {
  const data = JSON.parse(readFileSync(FINGERPRINTS, 'utf8'));
  return { files: data.files, prints: new Set(data.runs) };
}

/** Writes the fingerprint file from the seeds; returns how many runs it holds. */
export function updateFingerprints(seeds = readSeeds()) {
  if (seeds.length === 0) throw new Error('No seeds found: set SEEDS_DIR or check out shared/ beside the repo.');
  const runs = [...runFingerprints(seeds.map((s) => s.text))].sort();
  writeFileSync(FINGERPRINTS, `${JSON.stringify({ files: seeds.map((s) => s.file), run: RUN, runs })}\n`);
  return runs.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  if (process.argv[2] === '--update') {
    console.log(`Wrote ${updateFingerprints()} fingerprints to ${FINGERPRINTS}`);
    process.exit(0);
  }
  const { prints } = loadFingerprints();
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    const hits = sharedRuns(readFileSync(file, 'utf8'), prints);
    for (const h of hits) console.log(`${file}: "${h}"`);
    bad += hits.length;
  }
  console.log(bad ? `${bad} copied run(s) of ${RUN}+ words` : 'No copied runs.');
  process.exit(bad ? 1 : 0);
}
