/**
 * The offer the vendor scorecard takes: a vendor's cultural-fit score (1–5, rounded to a whole
 * score here), entered under the "Cultural fit" criterion (added from the library when missing).
 * Loaded only when it is to be shown (tool.ts).
 */
import { own } from '../framework/own';
import { lazySchema } from '../framework/lazy-schema';
import type { Accept } from '../framework/offers';
import { vendorsOf } from '../framework/vendors';
import { libraryName } from './library-names';
import type { CulturalFitOffer } from './schema';
import { MAX_CRITERIA, type ScorecardState } from './state';

/** The scorecard uses whole scores: the offer is rounded here, once. */
const rounded = (score: number) => Math.min(5, Math.max(1, Math.round(score)));

const fitCriterion = (s: ScorecardState) => s.criteria.find((c) => c.lib === 'cultural-fit');

export const accepts: Accept<ScorecardState>[] = [
  {
    kind: 'vendor-score:cultural-fit',
    schema: lazySchema((s) => s.vendorScorecard.culturalFitOffer),
    question: (v: CulturalFitOffer, offer, state) =>
      `Use ${v.score.toFixed(1)} from ${offer.label}? The scorecard takes whole scores, so it becomes ${rounded(v.score)}` +
      (fitCriterion(state) ? '.' : ', and the “Cultural fit” criterion is added.'),
    isApplied: (v: CulturalFitOffer, state, ctx) => {
      if (!vendorsOf(ctx).vendors.some((x) => x.id === v.vendor)) return true; // Vendor gone: nothing to apply.
      const c = fitCriterion(state);
      return c !== undefined && own(own(state.scores, v.vendor), c.id) === rounded(v.score);
    },
    apply(v: CulturalFitOffer, state) {
      let s = state;
      let c = fitCriterion(s);
      if (!c) {
        if (s.criteria.length >= MAX_CRITERIA) return s;
        const name = libraryName('cultural-fit')!;
        c = { id: 'cultural-fit', lib: 'cultural-fit', name, weight: 10, min: null, fromBids: false };
        if (s.criteria.some((x) => x.id === c!.id)) c = { ...c, id: `cultural-fit-${s.criteria.length}` };
        s = { ...s, criteria: [...s.criteria, c] };
      }
      const row = own(s.scores, v.vendor) ?? {};
      return { ...s, scores: { ...s.scores, [v.vendor]: { ...row, [c.id]: rounded(v.score) } } };
    },
  },
];
