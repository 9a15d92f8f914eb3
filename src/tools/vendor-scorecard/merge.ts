/**
 * The scorecard's workshop hook: a participant sends, for each vendor by name, their score of
 * each criterion by name (whole numbers 1–5; criteria scored from bids are left out). The room
 * merges by name (case and spacing ignored), so everyone only needs the same vendor and
 * criterion names, not the same ids.
 */
import * as z from 'zod/mini';
import { own } from '../framework/own';
import { mergeHook } from '../framework/merge-hook';
import { MAX_NAME, MAX_VENDORS, vendorLabel, vendorsOf } from '../framework/vendors';
import { criterionLabel } from './results';
import { MAX_CRITERIA, MAX_CRITERION_NAME, type ScorecardState } from './state';

const name = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const score = z.nullable(z.int().check(z.gte(1), z.lte(5)));

/** A scorecard response, version 1: criterion names, and per vendor one score (or null) per criterion. */
const responseSchema = z.object({
  c: z.array(name(MAX_CRITERION_NAME)).check(z.minLength(1), z.maxLength(MAX_CRITERIA)),
  v: z
    .array(z.object({ n: name(MAX_NAME), s: z.array(score).check(z.maxLength(MAX_CRITERIA)) }))
    .check(z.minLength(1), z.maxLength(MAX_VENDORS)),
});
type Response = z.output<typeof responseSchema>;

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The vendor scorecard's merge hook. */
export const scorecardMerge = mergeHook<ScorecardState, Response>({
  version: 1,
  schema: responseSchema,
  response(state, ctx) {
    const list = vendorsOf(ctx);
    const criteria = state.criteria.map((c, k) => ({ c, name: criterionLabel(c, k) })).filter((x) => !x.c.fromBids);
    const v = list.vendors.map((vendor) => ({
      n: vendorLabel(list, vendor.id),
      s: criteria.map(({ c }) => own(own(state.scores, vendor.id), c.id) ?? null),
    }));
    const scored = v.filter((x) => x.s.some((s) => s !== null));
    return criteria.length && scored.length ? { c: criteria.map((x) => x.name), v: scored } : null;
  },
  values: (r) =>
    r.v.flatMap((vendor) =>
      r.c.flatMap((criterion, k) => {
        const s = vendor.s[k];
        if (s === null || s === undefined) return [];
        const item = `${key(vendor.n)}\u0000${key(criterion)}`;
        return [{ item, label: `${vendor.n.trim()} — ${criterion.trim()}`, kind: 'scale' as const, value: s }];
      }),
    ),
});
