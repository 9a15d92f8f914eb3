/**
 * The total cost part of the plan report (/plan/report/): what was entered and found,
 * and what is left to do. Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { analyse } from './model';
import { inputsOf, visibleFields } from './results';
import type { TotalCostState as S } from './state';

export default function report(state: S, ctx: ToolContext): ReportSection {
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
      : ['Check the figures with a real quote and your payroll records, then compare vendors in the vendor scorecard.'];
  return { rows, actions };
}
