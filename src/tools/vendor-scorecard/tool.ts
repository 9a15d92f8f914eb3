/**
 * The vendor scorecard's declaration: stored shape, the shared vendor list as companion, the
 * dashboard summary, the offers it accepts (a cultural-fit score for a vendor; accepts.ts,
 * loaded on demand), and what it offers: its criteria and normalised weights, for the goals and
 * scope canvas's request for proposal ("how proposals will be judged").
 */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { vendorListDef, type VendorList, vendorsOf } from '../framework/vendors';
import { libraryName } from './library-names';
import { criterionLabel, resultFor } from './results';
import { normaliseWeights } from './model';
import { initialScorecard, MAX_BID, MAX_WEIGHT, shownVendors, type ScorecardState } from './state';

/** Who leads, for the dashboard and the page's glance line (null while nothing can be compared). */
function leadLine(state: ScorecardState, list: VendorList): string | null {
  const r = resultFor(state, list, {});
  if (r.status !== 'ok') return null;
  const leader = r.analysis.leader;
  return leader ? `${leader.label} leads with ${leader.total!.toFixed(2)} of 5.` : 'No vendor is fully scored yet.';
}

export default defineTool<ScorecardState>({
  tool: 'vendor-scorecard',
  title: 'Vendor scorecard',
  version: 1,
  schema: lazySchema((s) => s.vendorScorecard.schema),
  initial: initialScorecard,
  describe(path) {
    const [part, i, field] = path;
    if (part === 'criteria' && field === 'weight')
      return { label: `Weight of criterion ${Number(i) + 1}`, min: 0, max: MAX_WEIGHT };
    if (part === 'criteria' && field === 'min')
      return { label: `Minimum score of criterion ${Number(i) + 1}`, min: 1, max: 5 };
    if (part === 'scores' && path.length === 3) return { label: 'A score', min: 1, max: 5 };
    if (part === 'bids' && path.length === 2) return { label: 'A bid price', min: 0, max: MAX_BID };
    return undefined;
  },
  companions: [vendorListDef as never],
  guides: ['evaluating-vendors', 'cultural-fit', 'trial-period'],
  summary: (state, ctx) => leadLine(state, vendorsOf(ctx)),
  // The page's line is drawn by the server too, before first use has seeded two vendors: it
  // reads as it will once they are there.
  glance: (state, ctx) => leadLine(state, shownVendors(vendorsOf(ctx))),
  offers(state) {
    // Only criteria with a name (typed, or from the library); their weights shared out to 1.
    const named = state.criteria.flatMap((c, k) => {
      const name = c.name.trim() ? criterionLabel(c, k) : (libraryName(c.lib) ?? '');
      return name ? [{ name, weight: c.weight }] : [];
    });
    const shares = normaliseWeights(named.map((c) => c.weight));
    if (!shares) return [];
    const criteria = named.map((c, i) => ({ name: c.name, share: shares[i]! }));
    return [{ id: 'criteria', kind: 'criteria:scorecard', label: 'your vendor scorecard', value: { criteria } }];
  },
  accepts: {
    kinds: ['vendor-score:cultural-fit'],
    load: () => import('./accepts').then((m) => m.accepts),
  },
  merge: () => import('./merge').then((m) => m.scorecardMerge),
});
