/**
 * The transition planner's declaration: stored shape, guides, the dashboard summary, and its
 * offer of the parallel-run weeks to the total-cost tool (`weeks:parallel-run`).
 */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { parallelWeeks, timeline } from './model';
import { initialTransition, type TransitionState } from './state';

/** The offer's kind, agreed with the total-cost tool: `{ weeks }`. */
export const PARALLEL_KIND = 'weeks:parallel-run';

export default defineTool<TransitionState>({
  tool: 'transition-plan',
  title: 'Transition planner',
  version: 1,
  schema: lazySchema((s) => s.transitionPlan.schema),
  initial: initialTransition,
  guides: ['managing-the-handover', 'communication-plan', 'roles-and-responsibilities', 'monitoring-performance'],
  summary(state) {
    if (state.phases.length === 0) return null;
    const t = timeline(state.phases);
    const n = t.seams.length;
    const issues = n ? `, ${n} ${n === 1 ? 'gap or overlap' : 'gaps or overlaps'}` : '';
    if (t.endWeek === null) return `${state.phases.length} phases, none with a start and a duration yet.`;
    return `${state.phases.length} phases over ${t.totalWeeks} weeks, ending in week ${t.endWeek}${issues}.`;
  },
  offers(state) {
    const weeks = parallelWeeks(state.phases);
    return weeks > 0 ? [{ id: 'parallel', kind: PARALLEL_KIND, label: 'your transition plan', value: { weeks } }] : [];
  },
});
