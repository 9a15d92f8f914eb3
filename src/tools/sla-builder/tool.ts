/**
 * The SLA builder's declaration: stored shape, guides, dashboard summary, its offer of the KPIs
 * and credit scheme to the KPI tracker (`kpis:sla`), and the goals and scope canvas's success
 * measures it accepts as KPIs (`success-measures`, accepts.ts, loaded on demand).
 */
import { lazySchema } from '../framework/lazy-schema';
import { defineTool } from '../framework/define';
import { initialSla, tiersOf, type SlaState } from './state';

export default defineTool<SlaState>({
  tool: 'sla-builder',
  title: 'SLA and KPI builder',
  version: 1,
  schema: lazySchema((s) => s.slaBuilder.schema),
  initial: initialSla,
  guides: ['contracts-and-slas', 'setting-kpis', 'communication-plan', 'roles-and-responsibilities'],
  summary(state) {
    if (JSON.stringify(state) === JSON.stringify(initialSla())) return null;
    const a = state.availability.target;
    return `${state.kpis.length} KPIs${a === null ? '' : `, availability target ${a} %`}, ${state.credits.tiers.length} credit tiers.`;
  },
  offers(state) {
    if (state.kpis.length === 0) return [];
    const value = {
      kpis: state.kpis.map((k) => ({
        name: k.name,
        unit: k.unit,
        lowerIsBetter: k.lowerIsBetter,
        target: k.target,
        minimum: k.minimum,
      })),
      credits: {
        tiers: tiersOf(state).flatMap((t) => (t ? [t] : [])),
        capPct: state.credits.capPct,
        monthlyFee: state.credits.fee,
      },
      // The KPI tracker adds an availability KPI from it when the KPIs name none.
      availabilityTarget: state.availability.target,
    };
    return [{ id: 'kpis', kind: 'kpis:sla', label: 'your SLA builder', value }];
  },
  accepts: {
    kinds: ['success-measures'],
    load: () => import('./accepts').then((m) => m.accepts),
  },
});
