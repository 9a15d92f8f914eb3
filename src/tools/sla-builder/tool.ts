/**
 * The SLA builder's declaration: stored shape, guides, dashboard summary, its offer of the KPIs
 * and credit scheme to the KPI tracker (`kpis:sla`), and the goals and scope canvas's success
 * measures it accepts as KPIs (`success-measures`).
 */
import { lazySchema } from '../framework/lazy-schema';
import type { MeasuresOffer } from './schema';
import { defineTool } from '../framework/define';
import { oneLine } from '../framework/text';
import { tiersOf } from './results';
import { initialSla, MAX_KPIS, MAX_LONG, MAX_TEXT, type Kpi, type SlaState } from './state';

const key = (name: string) => oneLine(name).toLowerCase();
/** A target is taken only when it is a plain number (a trailing % is allowed and becomes the unit). */
const NUMBER = /^\s*(\d{1,9}(?:\.\d+)?)\s*(%?)\s*$/;

/** The measures not yet among the KPIs (by name, ignoring case and spacing), without repeats. */
function newMeasures(v: MeasuresOffer, state: SlaState) {
  const seen = new Set(state.kpis.map((k) => key(k.name)));
  return v.measures.filter((m) => {
    const k = key(m.name);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A KPI from a success measure; ids are `sm-<n>` and never clash with existing rows. */
function kpiOf(m: MeasuresOffer['measures'][number], id: string): Kpi {
  const t = NUMBER.exec(m.target);
  return {
    id,
    name: oneLine(m.name).slice(0, MAX_TEXT),
    definition: oneLine(m.how).slice(0, MAX_LONG),
    unit: t?.[2] ?? '',
    lowerIsBetter: false,
    target: t ? Number(t[1]) : null,
    minimum: null,
    period: 'monthly',
    source: '',
    owner: '',
  };
}

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
  accepts: [
    {
      kind: 'success-measures',
      schema: lazySchema((s) => s.slaBuilder.measuresOffer),
      question: (v: MeasuresOffer, offer, state) => {
        const names = newMeasures(v, state).map((m) => oneLine(m.name));
        return `Add ${names.length === 1 ? 'the success measure' : `${names.length} success measures`} from ${offer.label} as KPIs: ${names.join(', ')}?`;
      },
      isApplied: (v: MeasuresOffer, state) => newMeasures(v, state).length === 0 || state.kpis.length >= MAX_KPIS,
      apply(v: MeasuresOffer, state) {
        const room = MAX_KPIS - state.kpis.length;
        const ids = new Set(state.kpis.map((k) => k.id));
        let n = 0;
        const nextId = () => {
          do n += 1;
          while (ids.has(`sm-${n}`));
          return `sm-${n}`;
        };
        const added = newMeasures(v, state)
          .slice(0, Math.max(0, room))
          .map((m) => kpiOf(m, nextId()));
        return { ...state, kpis: [...state.kpis, ...added] };
      },
    },
  ],
});
