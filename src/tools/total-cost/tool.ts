/**
 * The total-cost tool's declaration: stored shape, guides, dashboard summary, and the offers it
 * accepts (the communication plan's internal hours as "Oversight hours per month", the
 * transition plan's parallel-run weeks as "Parallel running (months)", and the risk register's
 * expected cost as "Risk contingency (% of fee)"; accepts.ts, loaded on demand).
 */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { FIELDS } from './fields';
import { analyse } from './model';
import { inputsOf } from './results';
import { initialTotalCost, type TotalCostState } from './state';

/** The answer in one line: saving or extra cost over the horizon, and when it breaks even. */
function headline(state: TotalCostState): string | null {
  const inputs = inputsOf(state);
  if (!inputs) return null;
  const a = analyse(inputs);
  const pct = a.savingPct === null ? null : Math.round(Math.abs(a.savingPct));
  const when = a.breakEvenMonth === null ? 'no break-even' : `break-even in month ${a.breakEvenMonth}`;
  if (pct === null) return `Over ${inputs.horizonMonths} months: ${when}.`;
  return `Over ${inputs.horizonMonths} months outsourcing ${a.saving >= 0 ? 'saves' : 'costs'} ${pct} %${a.saving >= 0 ? '' : ' more'}; ${when}.`;
}

export default defineTool<TotalCostState>({
  tool: 'total-cost',
  title: 'Total cost of engagement tool',
  version: 1,
  schema: lazySchema((s) => s.totalCost.schema),
  initial: initialTotalCost,
  describe(path) {
    const f = path[0] === 'values' ? FIELDS.find((x) => x.key === path[1]) : undefined;
    return f && { label: f.label, min: f.min, max: f.max };
  },
  guides: ['total-cost-of-engagement', 'cheapest-vendor-costs-more', 'why-outsource'],
  summary(state) {
    // The defaults are an example, not the visitor's figures: nothing to report until they change one.
    if (JSON.stringify(state) === JSON.stringify(initialTotalCost())) return null;
    return headline(state);
  },
  glance: headline,
  accepts: {
    kinds: ['hours:oversight', 'weeks:parallel-run', 'money:risk-contingency'],
    load: () => import('./accepts').then((m) => m.accepts),
  },
});
