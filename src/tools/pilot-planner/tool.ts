/**
 * The pilot planner's declaration: stored shape, guides, dashboard summary, and the offer it
 * accepts — the goals and scope canvas's success measures, each added as a criterion (no
 * duplicates by name; figures copied only when they are plain numbers), its code in accepts.ts,
 * loaded on demand.
 */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { decide, shownTotal } from './model';
import { initialPilot, MAX_FIGURE, MAX_WEEKS, MAX_WEIGHT, type PilotState } from './state';

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
  accepts: {
    kinds: ['success-measures'],
    load: () => import('./accepts').then((m) => m.accepts),
  },
});
