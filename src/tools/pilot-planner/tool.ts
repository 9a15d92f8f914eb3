/**
 * The pilot planner's declaration: stored shape, guides, dashboard summary, and the offer it
 * accepts — the goals and scope canvas's success measures, each added as a criterion (no
 * duplicates by name; figures copied only when they are plain numbers).
 */
import { lazySchema } from '../framework/lazy-schema';
import type { MeasuresOffer } from './schema';
import { defineTool } from '../framework/define';
import { newRowId } from '../framework/rows';
import { criterionFromMeasure, decide, newMeasures, shownTotal, type OfferedMeasure } from './model';
import {
  initialPilot,
  MAX_CRITERIA,
  MAX_FIGURE,
  MAX_HOW,
  MAX_NAME,
  MAX_WEEKS,
  MAX_WEIGHT,
  type PilotState,
  type StoredCriterion,
} from './state';

/** A figure the stored shape can hold, else blank to fill in. */
const storable = (n: number | null) => (n !== null && Math.abs(n) <= MAX_FIGURE ? n : null);

/** A measure's criterion, cut to the stored shape's limits. */
function stored(m: OfferedMeasure, id: string): StoredCriterion {
  const c = criterionFromMeasure(m, id);
  return {
    ...c,
    name: c.name.slice(0, MAX_NAME),
    how: c.how.slice(0, MAX_HOW),
    target: storable(c.target),
    minimum: storable(c.minimum),
  };
}

/** The measures that would be added now: new by name, and as many as there is room for. */
const toAdd = (state: PilotState, measures: OfferedMeasure[]) =>
  newMeasures(state.criteria, measures).slice(0, Math.max(0, MAX_CRITERIA - state.criteria.length));

export default defineTool<PilotState>({
  tool: 'pilot-planner',
  title: 'Pilot planner',
  version: 1,
  schema: lazySchema((s) => s.pilotPlanner.schema),
  initial: initialPilot,
  describe(path) {
    const [part, i, field] = path;
    if (part === 'weeks') return { label: 'Duration in weeks', min: 1, max: MAX_WEEKS };
    if (part !== 'criteria' || typeof field !== 'string') return undefined;
    const n = Number(i) + 1;
    if (field === 'weight') return { label: `Weight of criterion ${n}`, min: 0, max: MAX_WEIGHT };
    if (field === 'target' || field === 'minimum' || field === 'actual')
      return {
        label: `${field[0]!.toUpperCase()}${field.slice(1)} of criterion ${n}`,
        min: -MAX_FIGURE,
        max: MAX_FIGURE,
      };
    return undefined;
  },
  guides: ['trial-period', 'evaluating-vendors', 'setting-kpis'],
  summary(state) {
    const r = decide(state.criteria);
    if (r.status === 'decided')
      return `${r.decision}: ${shownTotal(r.total).toFixed(1)} % on ${r.rows.length} criteria.`;
    if (state.criteria.length === 0) return null;
    return `Pilot planned with ${state.criteria.length} criteria; not decided yet.`;
  },
  accepts: [
    {
      kind: 'success-measures',
      schema: lazySchema((s) => s.pilotPlanner.measuresOffer),
      question: (v: MeasuresOffer, offer, state) => {
        const add = toAdd(state, v.measures);
        const names = add.map((m) => `“${m.name.trim()}”`).join(', ');
        return (
          `Add ${add.length === 1 ? 'the success measure' : `${add.length} success measures`} ${names} from ${offer.label} as criteria? ` +
          'Targets that are plain numbers are copied, and a baseline that is a plain number becomes the minimum (no worse than today); fill in the rest.'
        );
      },
      isApplied: (v: MeasuresOffer, state) => toAdd(state, v.measures).length === 0,
      apply: (v: MeasuresOffer, state) => {
        let criteria = state.criteria;
        for (const m of toAdd(state, v.measures)) criteria = [...criteria, stored(m, newRowId(criteria, 'c'))];
        return { ...state, criteria };
      },
    },
  ],
});
