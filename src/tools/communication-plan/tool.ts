/**
 * The communication plan's declaration: stored shape, guides, the dashboard summary, and its
 * offer of the plan's internal hours a month to the total-cost tool (`hours:oversight`).
 */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { planHours, round2 } from './model';
import { initialPlan, type PlanState } from './state';

/** The offer's kind and value shape, agreed with the total-cost tool. */
export const OVERSIGHT_KIND = 'hours:oversight';

const isInitial = (s: PlanState) => JSON.stringify(s) === JSON.stringify(initialPlan());

export default defineTool<PlanState>({
  tool: 'communication-plan',
  title: 'Communication plan',
  version: 1,
  schema: lazySchema((s) => s.communicationPlan.schema),
  initial: initialPlan,
  guides: ['communication-plan', 'roles-and-responsibilities', 'setting-kpis', 'contracts-and-slas'],
  summary(state) {
    if (isInitial(state)) return null;
    const h = planHours(state.touchpoints);
    return `${state.touchpoints.length} touchpoints, ${round2(h.total)} internal hours a month.`;
  },
  // Offered only when every touchpoint counts: a partial sum would understate the time.
  offers(state) {
    const h = planHours(state.touchpoints);
    if (state.touchpoints.length === 0 || h.incomplete.length > 0) return [];
    return [{ id: 'hours', kind: OVERSIGHT_KIND, label: 'your communication plan', value: { hours: round2(h.total) } }];
  },
});
