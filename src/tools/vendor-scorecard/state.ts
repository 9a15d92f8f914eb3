/**
 * The stored state of the vendor scorecard: criteria, scores and bids (Zod), version and
 * defaults. Vendors themselves live in the engagement's shared vendor list; scores and bids
 * are keyed by vendor id and criterion id, so renaming or reordering loses nothing.
 */
import * as z from 'zod/mini';
import type { VendorList } from '../framework/vendors';

/** Fewest and most criteria. */
export const MIN_CRITERIA = 1;
export const MAX_CRITERIA = 15;
/** Fewest vendors a comparison needs (the most is the vendor list's MAX_VENDORS). */
export const MIN_VENDORS = 2;
/** Largest weight in points, and largest bid. */
export const MAX_WEIGHT = 10_000;
export const MAX_BID = 1_000_000_000;
/** Longest criterion name. */
export const MAX_CRITERION_NAME = 80;

/**
 * The vendor list as the server renders it and hydration matches: the two unnamed vendors
 * that first use seeds (their real ids arrive on mount), so the page does not grow by the
 * vendor rows, score grid and results once the script has run.
 */
export const FIRST_USE_VENDORS: VendorList = {
  vendors: [
    { id: 'first-1', name: '' },
    { id: 'first-2', name: '' },
  ],
};

/**
 * The vendor list a view shows: the stored one, or the first-use placeholders while it has
 * fewer than two vendors (only in the task between mount and first-use seeding).
 */
export const shownVendors = (list: VendorList): VendorList =>
  list.vendors.length >= MIN_VENDORS ? list : FIRST_USE_VENDORS;

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
export const scorecardSchema = z.object({
  criteria: z.array(criterionSchema).check(z.minLength(MIN_CRITERIA), z.maxLength(MAX_CRITERIA)),
  /** scores[vendorId][criterionId] = whole number 1–5; absent = not scored yet. */
  scores: z.record(id, z.record(id, z.int().check(z.gte(1), z.lte(5)))),
  /** Price bids by vendor id (> 0). */
  bids: z.record(id, z.number().check(z.gt(0), z.lte(MAX_BID))),
});

/** The tool's state. */
export type ScorecardState = z.output<typeof scorecardSchema>;
/** One criterion as stored. */
export type StoredCriterion = ScorecardState['criteria'][number];

/** Five sensible criteria from the library, weighted to 100 points. */
export function initialScorecard(): ScorecardState {
  const c = (lib: string, name: string, weight: number): StoredCriterion => ({
    id: lib,
    lib,
    name,
    weight,
    min: null,
    fromBids: false,
  });
  return {
    criteria: [
      c('industry-experience', 'Industry experience', 20),
      c('track-record', 'Track record', 20),
      c('security-compliance', 'Security and compliance', 20),
      c('communication', 'Communication and responsiveness', 15),
      c('price', 'Price', 25),
    ],
    scores: {},
    bids: {},
  };
}
