/**
 * The KPI tracker's declaration: stored shape, guides, the dashboard's line (red and amber KPIs
 * of the latest period, credits due), and the SLA builder's KPIs and credit scheme it accepts
 * (`kpis:sla`: accepts.ts and offer.ts, loaded on demand).
 */
import { defineTool } from '../framework/define';
import { attention, kpiLabel, periodLabel } from './model';
import { lazySchema } from '../framework/lazy-schema';
import { latestPeriod, periodCredits } from './results';
import { MAX_FEE, MAX_VALUE, initialKpiTracker, type KpiTrackerState } from './state';

export default defineTool<KpiTrackerState>({
  tool: 'kpi-tracker',
  title: 'KPI tracker',
  version: 1,
  schema: lazySchema((s) => s.kpiTracker.schema),
  initial: initialKpiTracker,
  describe(path) {
    const [part, i, field, kpi] = path;
    const n = Number(i) + 1;
    if (part === 'kpis' && (field === 'target' || field === 'minimum'))
      return { label: `${field === 'target' ? 'Target' : 'Minimum'} of KPI ${n}`, min: 0, max: MAX_VALUE };
    if (part === 'periods' && field === 'actuals' && typeof kpi === 'string')
      return { label: `Actual in period ${n}`, min: 0, max: MAX_VALUE };
    if (part === 'credits' && i === 'fee') return { label: 'Monthly service fee', min: 0, max: MAX_FEE };
    return undefined;
  },
  guides: ['monitoring-performance', 'setting-kpis', 'contracts-and-slas', 'staying-involved'],
  summary(state) {
    if (state.kpis.length === 0) return null;
    const latest = latestPeriod(state);
    if (latest === null) return `${state.kpis.length} KPIs, no figures recorded yet.`;
    const p = state.periods[latest]!;
    const list = attention(state.kpis, (k) => p.actuals[k.id] ?? null);
    const names = (s: 'Red' | 'Amber') => list.filter((a) => a.status === s).map((a) => kpiLabel(a.kpi.name, a.index));
    const red = names('Red');
    const amber = names('Amber');
    const parts = [red.length ? `red: ${red.join(', ')}` : '', amber.length ? `amber: ${amber.join(', ')}` : ''].filter(
      Boolean,
    );
    const owed = periodCredits(state)?.rows.filter((r) => r.pct > 0).length ?? 0;
    return (
      `${periodLabel(p.name, latest)}: ${parts.length ? parts.join('; ') : 'no KPI red or amber'}.` +
      (owed ? ` Service credits due in ${owed} period${owed === 1 ? '' : 's'}.` : '')
    );
  },
  accepts: {
    kinds: ['kpis:sla'],
    load: () => import('./accepts').then((m) => m.accepts),
  },
});
