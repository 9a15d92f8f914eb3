/**
 * Stored state of the relationship review, version 1: the review periods with each side's
 * answers (keyed by question id) and the terms-revisit checklist's answers (keyed by item
 * id), the period shown, and the innovation ideas log.
 */
import * as z from 'zod/mini';
import { answersSchema } from '../questionnaire-engine/state';
import { checklistAnswersSchema } from '../checklist-engine/state';
import { MAX_IDEA } from './model';

/** Most periods and ideas kept (ten years of quarters; a long log). */
export const MAX_PERIODS = 40;
export const MAX_IDEAS = 200;

const periodId = z.string().check(z.regex(/^\d{4}-q[1-4]$/));

/** Stored state, version 1. */
export const reviewSchema = z.object({
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
export type ReviewState = z.output<typeof reviewSchema>;

/** A new visitor has no periods yet. */
export function initialReview(): ReviewState {
  return { current: null, periods: {}, ideas: [] };
}
