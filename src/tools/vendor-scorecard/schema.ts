/**
 * The vendor scorecard's stored shape (Zod), version 1: criteria, scores and bids; and the
 * cultural-fit tool's offer it accepts (`vendor-score:cultural-fit`). Loaded only when there is
 * data to read (framework/lazy-schema.ts); the limits and the defaults are in state.ts.
 */
import * as z from 'zod/mini';
import { MAX_BID, MAX_CRITERIA, MAX_CRITERION_NAME, MAX_WEIGHT, MIN_CRITERIA } from './state';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

const criterionSchema = z.object({
  id,
  /** Library id, or null for a custom criterion. */
  lib: z.nullable(id),
  name: z.string().check(z.maxLength(MAX_CRITERION_NAME)),
  /** Raw points, normalised to 100 % for the results. */
  weight: z.number().check(z.gte(0), z.lte(MAX_WEIGHT)),
  /** Must-have minimum score, or null for none. */
  min: z.nullable(z.number().check(z.gte(1), z.lte(5))),
  /** Price criterion only: score from the bids. */
  fromBids: z.boolean(),
});

/** Stored state, version 1. */
export const schema = z.object({
  criteria: z.array(criterionSchema).check(z.minLength(MIN_CRITERIA), z.maxLength(MAX_CRITERIA)),
  /** scores[vendorId][criterionId] = whole number 1–5; absent = not scored yet. */
  scores: z.record(id, z.record(id, z.int().check(z.gte(1), z.lte(5)))),
  /** Price bids by vendor id (> 0). */
  bids: z.record(id, z.number().check(z.gt(0), z.lte(MAX_BID))),
});

/** The tool's state. */
export type ScorecardState = z.output<typeof schema>;

/** A vendor's cultural-fit score (1–5, unrounded) as the cultural-fit tool offers it. */
export const culturalFitOffer = z.object({ vendor: z.string(), score: z.number().check(z.gte(1), z.lte(5)) });
export type CulturalFitOffer = z.output<typeof culturalFitOffer>;
