/** Every glossary term is linked from at least one guide or case study (`/glossary/#<id>`). */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';

const glossary = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as { id: string }[];
const text = ['guides', 'case-studies']
  .flatMap((d) => readdirSync(`content/${d}`).map((f) => readFileSync(`content/${d}/${f}`, 'utf8')))
  .join('\n');

it('every glossary term is linked from a guide or case study', () => {
  expect(glossary.filter((t) => !text.includes(`/glossary/#${t.id})`)).map((t) => t.id)).toEqual([]);
});
