/**
 * The total-cost tool's declaration: stored shape, guides, dashboard summary, and the offers it
 * accepts (the communication plan's internal hours as "Oversight hours per month").
 */
import * as z from 'zod/mini';
import { defineTool } from '../framework/define';
import { FIELDS } from './fields';
import { analyse } from './model';
import { inputsOf, visibleFields } from './results';
import { buildTotalCostSchema, initialTotalCost, type TotalCostState } from './state';

const oversight = FIELDS.find((f) => f.key === 'oversightHours')!;
/** Hours a month as the communication plan offers them; out-of-range values are refused, not clamped. */
const hoursOffer = z.object({ hours: z.number().check(z.gte(oversight.min), z.lte(oversight.max)) });
type HoursOffer = z.output<typeof hoursOffer>;
/** Plain digits, up to 2 decimals: the question is built outside the visitor's locale settings. */
const hoursText = (h: number) => String(Math.round(h * 100) / 100);

let schema: ReturnType<typeof buildTotalCostSchema> | undefined;

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
  report(state, ctx) {
    const locale = ctx.locale ?? 'en-GB';
    const money = (n: number) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: ctx.currency ?? 'GBP',
        maximumFractionDigits: 0,
      }).format(n);
    const rows: [string, string][] = visibleFields(state.pricing).map((f) => {
      const v = state.values[f.key];
      const shown = v === null ? '—' : f.kind === 'money' ? money(v) : f.kind === 'percent' ? `${v} %` : String(v);
      return [f.label, shown];
    });
    const inputs = inputsOf(state);
    if (!inputs) return { rows, actions: ['Fill in the empty fields to see the comparison.'] };
    const a = analyse(inputs);
    rows.push(
      ['In-house per month', money(a.inHouseMonthly)],
      ['Outsourced per month (year 1)', money(a.outsourcedMonthly)],
      [
        `Saving over ${inputs.horizonMonths} months`,
        `${money(a.saving)}${a.savingPct === null ? '' : ` (${a.savingPct.toFixed(1)} %)`}`,
      ],
      ['Break-even', a.breakEvenMonth === null ? 'none within the period' : `month ${a.breakEvenMonth}`],
    );
    const actions =
      a.saving < 0
        ? [
            'Outsourcing costs more over this period: check the fee, the oversight hours and the transition costs before going ahead.',
          ]
        : [
            'Check the figures with a real quote and your payroll records, then compare vendors in the vendor scorecard.',
          ];
    return { rows, actions };
  },
  summary(state) {
    // The defaults are an example, not the visitor's figures: nothing to report until they change one.
    if (JSON.stringify(state) === JSON.stringify(initialTotalCost())) return null;
    const inputs = inputsOf(state);
    if (!inputs) return null;
    const a = analyse(inputs);
    const pct = a.savingPct === null ? null : Math.round(Math.abs(a.savingPct));
    const when = a.breakEvenMonth === null ? 'no break-even' : `break-even in month ${a.breakEvenMonth}`;
    if (pct === null) return `Over ${inputs.horizonMonths} months: ${when}.`;
    return `Over ${inputs.horizonMonths} months outsourcing ${a.saving >= 0 ? 'saves' : 'costs'} ${pct} %${a.saving >= 0 ? '' : ' more'}; ${when}.`;
  },
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
