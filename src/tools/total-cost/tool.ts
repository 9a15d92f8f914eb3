/**
 * The total-cost tool's declaration: stored shape, guides, dashboard summary, and the offers it
 * accepts (the communication plan's internal hours as "Oversight hours per month").
 */
import * as z from 'zod/mini';
import { defineTool } from '../framework/define';
import { FIELDS } from './fields';
import { analyse } from './model';
import { inputsOf } from './results';
import { buildTotalCostSchema, initialTotalCost, type TotalCostState } from './state';

const oversight = FIELDS.find((f) => f.key === 'oversightHours')!;
/** Hours a month as the communication plan offers them; out-of-range values are refused, not clamped. */
const hoursOffer = z.object({ hours: z.number().check(z.gte(oversight.min), z.lte(oversight.max)) });
type HoursOffer = z.output<typeof hoursOffer>;
/** Plain digits, up to 2 decimals: the question is built outside the visitor's locale settings. */
const hoursText = (h: number) => String(Math.round(h * 100) / 100);

let schema: ReturnType<typeof buildTotalCostSchema> | undefined;

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
  // Built on first use: constructing it costs page-load time, and a new visitor never needs it.
  get schema() {
    return (schema ??= buildTotalCostSchema());
  },
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
  accepts: [
    {
      kind: 'hours:oversight',
      schema: hoursOffer,
      question: (v: HoursOffer, offer) =>
        `Use ${hoursText(v.hours)} hours a month from ${offer.label} as “${oversight.label}”?`,
      isApplied: (v: HoursOffer, state) => state.values.oversightHours === v.hours,
      apply: (v: HoursOffer, state) => ({ ...state, values: { ...state.values, oversightHours: v.hours } }),
    },
  ],
});
