import { z } from 'astro/zod';
import { TOOL_IDS } from '../tools/catalog';
import { slugSchema } from './guide';

const questionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** One question. Yes/No questions score 1 for "Yes"; scale questions score 1–5. */
export const questionSchema = z.object({
  /** Stable id; answers are keyed by it. */
  id: questionId,
  /** The question as the visitor reads it. */
  text: z.string().min(5),
  /** Why it matters, one click away. */
  why: z.string().min(10),
  /** Answer type. */
  type: z.enum(['yesno', 'scale']),
  /** Relative weight in the score (default 1). */
  weight: z.number().positive().default(1),
  /** Label of the low end (1) of a 1–5 scale. */
  low: z.string().optional(),
  /** Label of the high end (5) of a 1–5 scale. */
  high: z.string().optional(),
  /** Guide that a weak answer should lead to. */
  guide: slugSchema.optional(),
  /** Tool that helps fix a weak answer (linked only once that tool is built). */
  tool: z.enum(TOOL_IDS).optional(),
  /** What to do when the answer is weak ("No", or 1–2 on a scale). */
  advice: z.string().min(10).optional(),
  /** Ids of the common mistakes (`content/mistakes.json`) this question guards against. */
  mistakes: z.array(slugSchema).default([]),
});

/** A result band: applies when the score is ≥ `min` (bands listed from highest to lowest). */
export const bandSchema = z.object({
  /** Stable id of the band. */
  id: questionId,
  /** Lowest score (inclusive) of the band: a percentage, or 1–5 for `mean` scoring. */
  min: z.number(),
  /** Short name shown with the score, e.g. "Nearly ready". */
  label: z.string().min(2),
  /** What the result means and what to do. */
  text: z.string().min(10),
  /** Guides to read next. */
  guides: z.array(slugSchema).default([]),
});

/** A questionnaire file in `content/questionnaires/` (rendered by the questionnaire engine). */
export const questionnaireSchema = z
  .object({
    /** The tool id that renders this questionnaire. */
    tool: z.enum(TOOL_IDS),
    /** Heading of the questionnaire. */
    title: z.string().min(3),
    /** One sentence on what it is for. */
    summary: z.string().min(10),
    /** True when each vendor gets its own answers. */
    perVendor: z.boolean().default(false),
    /** `percent-yes`: % of weighted "Yes" among answered; `mean`: weighted mean of 1–5 answers. */
    scoring: z.enum(['percent-yes', 'mean']),
    /** Questions in display order. */
    questions: z.array(questionSchema).min(1),
    /** Result bands, from the highest minimum to the lowest. */
    bands: z.array(bandSchema).min(1),
  })
  .superRefine((q, ctx) => {
    const ids = q.questions.map((x) => x.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: 'custom', message: `duplicate question id "${dup}"` });
    for (let i = 1; i < q.bands.length; i++) {
      if (q.bands[i]!.min >= q.bands[i - 1]!.min)
        ctx.addIssue({ code: 'custom', message: 'bands must be listed from the highest minimum to the lowest' });
    }
    const floor = q.scoring === 'percent-yes' ? 0 : 1;
    if (q.bands.at(-1)!.min > floor)
      ctx.addIssue({ code: 'custom', message: `the lowest band must start at ${floor} so every score has a band` });
    for (const x of q.questions) {
      if (x.type === 'scale' && (!x.low || !x.high))
        ctx.addIssue({ code: 'custom', message: `scale question "${x.id}" needs "low" and "high" labels` });
    }
  });

/** A parsed questionnaire. */
export type Questionnaire = z.output<typeof questionnaireSchema>;
