/**
 * The offer the pilot planner takes: the goals and scope canvas's success measures, each added
 * as a criterion (no duplicates by name; figures copied only when they are plain numbers).
 * Loaded only when it is to be shown (tool.ts).
 */
import type { Accept } from '../framework/offers';
import { lazySchema } from '../framework/lazy-schema';
import { newRowId } from '../framework/rows';
import { criterionFromMeasure, newMeasures, type OfferedMeasure } from './model';
import type { MeasuresOffer } from './schema';
import { MAX_CRITERIA, MAX_FIGURE, MAX_HOW, MAX_NAME, type PilotState, type StoredCriterion } from './state';

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

export const accepts: Accept<PilotState>[] = [
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
];
