/**
 * The offer the SLA builder takes: the goals and scope canvas's success measures, each added as
 * a KPI once (by name, ignoring case and spacing; a target that is a plain number is copied).
 * Loaded only when it is to be shown (tool.ts).
 */
import type { Accept } from '../framework/offers';
import { lazySchema } from '../framework/lazy-schema';
import { numberedIds } from '../framework/numbered-ids';
import { oneLine } from '../framework/text';
import type { MeasuresOffer } from './schema';
import { MAX_KPIS, MAX_LONG, MAX_TEXT, type Kpi, type SlaState } from './state';

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

export const accepts: Accept<SlaState>[] = [
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
      const nextId = numberedIds(state.kpis, 'sm-');
      const added = newMeasures(v, state)
        .slice(0, Math.max(0, room))
        .map((m) => kpiOf(m, nextId()));
      return { ...state, kpis: [...state.kpis, ...added] };
    },
  },
];
