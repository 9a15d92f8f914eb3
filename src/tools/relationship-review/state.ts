/**
 * Stored state of the relationship review, version 1: the review periods with each side's
 * answers (keyed by question id) and the terms-revisit checklist's answers (keyed by item
 * id), the period shown, and the innovation ideas log. The shape itself (Zod) is in schema.ts,
 * loaded only when there is data to read.
 */
import type { ReviewState } from './schema';

/** Most periods and ideas kept (ten years of quarters; a long log). */
export const MAX_PERIODS = 40;
export const MAX_IDEAS = 200;

/** The tool's state (its shape is in schema.ts). */
export type { ReviewState };

/** A new visitor has no periods yet. */
export function initialReview(): ReviewState {
  return { current: null, periods: {}, ideas: [] };
}
