/**
 * The offers the total-cost tool takes: the communication plan's internal hours as "Oversight
 * hours per month", the transition plan's parallel-run weeks as "Parallel running (months)",
 * and the risk register's expected cost as "Risk contingency (% of fee)". Loaded only when one
 * of them is to be shown (tool.ts).
 */
import type { Accept } from '../framework/offers';
import { lazySchema } from '../framework/lazy-schema';
import { FIELDS } from './fields';
import { analyse } from './model';
import { inputsOf } from './results';
import type { HoursOffer, MoneyOffer, WeeksOffer } from './schema';
import type { TotalCostState } from './state';

const oversight = FIELDS.find((f) => f.key === 'oversightHours')!;
/** Plain digits, up to 2 decimals: the question is built outside the visitor's locale settings. */
const hoursText = (h: number) => String(Math.round(h * 100) / 100);

const parallel = FIELDS.find((f) => f.key === 'parallelMonths')!;
const contingency = FIELDS.find((f) => f.key === 'contingencyPct')!;
const round2 = (n: number) => Math.round(n * 100) / 100;
/** Weeks to months: × 12 ÷ 52, to 2 decimals (4 weeks = 0.92 months). */
const monthsOf = (weeks: number) => round2((weeks * 12) / 52);
/**
 * The expected cost as a % of the vendor fees over the horizon (to 2 decimals), or null while
 * the comparison has empty fields, no fees, or the cost would exceed the field's 100 %.
 */
function contingencyPctOf(amount: number, state: TotalCostState): number | null {
  const inputs = inputsOf(state);
  const fees = inputs && analyse(inputs).outsourcedBreakdown.find((l) => l.id === 'fee')!.amount;
  if (!fees) return null;
  const pct = round2((amount / fees) * 100);
  return pct <= contingency.max ? pct : null;
}

export const accepts: Accept<TotalCostState>[] = [
  {
    kind: 'hours:oversight',
    schema: lazySchema((s) => s.totalCost.hoursOffer),
    question: (v: HoursOffer, offer) =>
      `Use ${hoursText(v.hours)} hours a month from ${offer.label} as “${oversight.label}”?`,
    isApplied: (v: HoursOffer, state) => state.values.oversightHours === v.hours,
    apply: (v: HoursOffer, state) => ({ ...state, values: { ...state.values, oversightHours: v.hours } }),
  },
  {
    kind: 'weeks:parallel-run',
    schema: lazySchema((s) => s.totalCost.weeksOffer),
    question: (v: WeeksOffer, offer) =>
      `Use ${monthsOf(v.weeks)} months (${v.weeks} weeks of parallel running) from ${offer.label} as “${parallel.label}”?`,
    // Shown only while it fits the field (at most 24 months).
    isApplied: (v: WeeksOffer, state) =>
      monthsOf(v.weeks) > parallel.max || state.values.parallelMonths === monthsOf(v.weeks),
    apply: (v: WeeksOffer, state) => ({ ...state, values: { ...state.values, parallelMonths: monthsOf(v.weeks) } }),
  },
  {
    kind: 'money:risk-contingency',
    schema: lazySchema((s) => s.totalCost.moneyOffer),
    question: (v: MoneyOffer, offer, state) =>
      `Use ${contingencyPctOf(v.amount, state)} % from ${offer.label} (expected cost ${round2(v.amount)} over the vendor fees of the horizon) as “${contingency.label}”?`,
    // Not shown while the fees cannot be worked out or the cost is more than all the fees.
    isApplied: (v: MoneyOffer, state) => {
      const pct = contingencyPctOf(v.amount, state);
      return pct === null || state.values.contingencyPct === pct;
    },
    apply: (v: MoneyOffer, state) => ({
      ...state,
      values: { ...state.values, contingencyPct: contingencyPctOf(v.amount, state)! },
    }),
  },
];
