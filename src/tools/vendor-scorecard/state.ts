/**
 * The stored state of the vendor scorecard: criteria, scores and bids, its limits and defaults
 * (the shape itself, Zod, is in schema.ts, loaded only when there is data to read). Vendors
 * themselves live in the engagement's shared vendor list; scores and bids are keyed by vendor
 * id and criterion id, so renaming or reordering loses nothing.
 */
import type { VendorList } from '../framework/vendors';
import type { ScorecardState } from './schema';

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
 * that first use seeds, with these ids (store.ts ensureVendors), so the page does not grow by
 * the vendor rows, score grid and results once the script has run, nor rebuild them.
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

/** The tool's state (its shape is in schema.ts). */
export type { ScorecardState };
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
