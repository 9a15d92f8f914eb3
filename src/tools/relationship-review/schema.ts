/**
 * The relationship review's stored shape (Zod), version 1: it reuses the questionnaire
 * engine's answers and the checklist engine's answers of one scope. Loaded only when there is
 * data to read (framework/lazy-schema.ts); the limits and the defaults are in state.ts.
 */
import * as z from 'zod/mini';
import { answersSchema } from '../questionnaire-engine/schema';
import { checklistAnswersSchema } from '../checklist-engine/schema';
import { MAX_IDEAS } from './state';
import { MAX_IDEA } from './model';

const periodId = z.string().check(z.regex(/^\d{4}-q[1-4]$/));

/** Stored state, version 1. */
export const schema = z.object({
  /** Period shown, or null before the first one is added. */
  current: z.nullable(periodId),
  /** period id → our answers, the vendor's answers and the terms checklist. */
  periods: z.record(periodId, z.object({ ours: answersSchema, vendor: answersSchema, terms: checklistAnswersSchema })),
  /** The innovation ideas log, oldest first. */
  ideas: z
    .array(
      z.object({
        id: z.string().check(z.regex(/^[a-z0-9]{1,16}$/)),
        text: z.string().check(z.minLength(1), z.maxLength(MAX_IDEA)),
        period: periodId,
      }),
    )
    .check(z.maxLength(MAX_IDEAS)),
});

/** The tool's state. */
export type ReviewState = z.output<typeof schema>;
