/**
 * The offer the KPI tracker takes: the SLA builder's KPIs and credit scheme (`kpis:sla`,
 * merged as offer.ts says). Loaded only when it is to be shown (tool.ts).
 */
import type { Accept } from '../framework/offers';
import { lazySchema } from '../framework/lazy-schema';
import { applyOffer, changedKpis, creditsMatch, offerQuestion, type SlaOffer } from './offer';
import type { KpiTrackerState } from './state';

export const accepts: Accept<KpiTrackerState>[] = [
  {
    kind: 'kpis:sla',
    schema: lazySchema((s) => s.kpiTracker.slaOffer),
    question: (v: SlaOffer, offer, state) => offerQuestion(v, offer.label, state),
    isApplied: (v: SlaOffer, state) => changedKpis(v, state).length === 0 && creditsMatch(v, state),
    apply: (v: SlaOffer, state) => applyOffer(v, state),
  },
];
