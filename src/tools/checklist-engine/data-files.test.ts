/**
 * Every checklist and questionnaire an author adds in content/ is checked here as well as
 * at build time: it parses, and every guide it links to exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../schemas/checklist';
import { questionnaireSchema } from '../../schemas/questionnaire';

const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /^[^_].*\.json$/.test(f))
    .map((f) => `${dir}/${f}`);
const guideExists = (slug: string) =>
  existsSync(`content/guides/${slug}.mdx`) || existsSync(`content/guides/${slug}.md`);
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

describe.each(files('content/checklists'))('%s', (file) => {
  it('is a valid checklist whose guides exist', () => {
    const list = checklistSchema.parse(read(file));
    const slugs = list.sections.flatMap((s) => s.items.flatMap((i) => (i.guide ? [i.guide] : [])));
    expect(slugs.filter((s) => !guideExists(s))).toEqual([]);
  });
});

describe.each(files('content/questionnaires'))('%s', (file) => {
  it('is a valid questionnaire whose guides exist and whose id is its tool', () => {
    const q = questionnaireSchema.parse(read(file));
    expect(file).toBe(`content/questionnaires/${q.tool}.json`);
    const slugs = [...q.questions.flatMap((x) => (x.guide ? [x.guide] : [])), ...q.bands.flatMap((b) => b.guides)];
    expect(slugs.filter((s) => !guideExists(s))).toEqual([]);
  });
});
