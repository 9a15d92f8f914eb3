import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseStudySchema, guideSchema } from './schemas/guide';
import { stageSchema } from './schemas/stage';
import { glossarySchema } from './schemas/glossary';
import { mistakeSchema } from './schemas/mistake';
import { checklistSchema } from './schemas/checklist';
import { questionnaireSchema } from './schemas/questionnaire';

/** Practical guides, one per topic; the file name is the slug. */
const guides = defineCollection({
  loader: glob({ base: './content/guides', pattern: '**/[^_]*.{md,mdx}' }),
  schema: guideSchema,
});

/** Case studies retold from the seeds. */
const caseStudies = defineCollection({
  loader: glob({ base: './content/case-studies', pattern: '**/[^_]*.{md,mdx}' }),
  schema: caseStudySchema,
});

/** The six stages of the journey. */
const stages = defineCollection({
  loader: file('content/stages.json', {
    parser: (text) => JSON.parse(text).map((s: { id: number }) => ({ ...s, id: String(s.id), num: s.id })),
  }),
  schema: stageSchema.omit({ id: true }).extend({ num: stageSchema.shape.id }),
});

/** Glossary terms. */
const glossary = defineCollection({ loader: file('content/glossary.json'), schema: glossarySchema });

/** The ten common mistakes. */
const mistakes = defineCollection({ loader: file('content/mistakes.json'), schema: mistakeSchema });

/** Checklists rendered by the checklist engine; the file name is the id. */
const checklists = defineCollection({
  loader: glob({ base: './content/checklists', pattern: '**/[^_]*.json' }),
  schema: checklistSchema,
});

/** Questionnaires rendered by the questionnaire engine; the file name is the id. */
const questionnaires = defineCollection({
  loader: glob({ base: './content/questionnaires', pattern: '**/[^_]*.json' }),
  schema: questionnaireSchema,
});

export const collections = { guides, caseStudies, stages, glossary, mistakes, checklists, questionnaires };
