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
  /** Labels of the ends of a 1–5 scale. */
  low: z.string().optional(),
  high: z.string().optional(),
  /** Guide and tool that a weak answer should lead to. */
  guide: slugSchema.optional(),
  tool: z.enum(TOOL_IDS).optional(),
  /** What to do when the answer is weak ("No", or 1–2 on a scale). */
  advice: z.string().min(10).optional(),
});

/** A result band: applies when the score is ≥ `min` (bands listed from highest to lowest). */
export const bandSchema = z.object({
  id: questionId,
  min: z.number(),
  label: z.string().min(2),
  text: z.string().min(10),
  guides: z.array(slugSchema).default([]),
});

/** A questionnaire file in `content/questionnaires/` (rendered by the questionnaire engine). */
export const questionnaireSchema = z
  .object({
    tool: z.enum(TOOL_IDS),
    title: z.string().min(3),
    summary: z.string().min(10),
    perVendor: z.boolean().default(false),
    /** `percent-yes`: % of weighted "Yes" among answered; `mean`: weighted mean of 1–5 answers. */
    scoring: z.enum(['percent-yes', 'mean']),
    questions: z.array(questionSchema).min(1),
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
    for (const x of q.questions) {
      if (x.type === 'scale' && (!x.low || !x.high))
        ctx.addIssue({ code: 'custom', message: `scale question "${x.id}" needs "low" and "high" labels` });
    }
  });

/** A parsed questionnaire. */
export type Questionnaire = z.output<typeof questionnaireSchema>;
