/**
 * The KPI tracker part of the plan report (/plan/report/): each KPI's latest status, the
 * credits due, and what is left to do (red and amber KPIs, agreed actions). Apart from tool.ts
 * so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { attention, kpiLabel, periodLabel, statusOf } from './model';
import { actualOf, creditedKpi, latestPeriod, periodCredits } from './results';
import type { KpiTrackerState as S } from './state';

export default function report(state: S, ctx: ToolContext): ReportSection {
  const locale = ctx.locale ?? 'en-GB';
  const num = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(n);
  const money = (n: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: ctx.currency ?? 'GBP' }).format(n);
  const latest = latestPeriod(state);
  if (latest === null)
    return {
      rows: [['KPIs', String(state.kpis.length)]],
      actions: ['Record the first period’s actuals to see each KPI’s status.'],
    };
  const p = state.periods[latest]!;
  const name = periodLabel(p.name, latest);
  const rows: [string, string][] = [['Latest period', name]];
  state.kpis.forEach((k, i) => {
    const a = actualOf(p, k.id);
    const s = statusOf(a, k);
    rows.push([
      kpiLabel(k.name, i),
      a === null ? 'no figure' : `${num(a)}${k.unit ? ` ${k.unit}` : ''}${s ? ` — ${s}` : ' — no target'}`,
    ]);
  });
  const credits = periodCredits(state);
  const k = creditedKpi(state);
  if (credits && k && credits.rows.length > 0)
    rows.push([
      `Service credits due (${kpiLabel(k.name, state.kpis.indexOf(k))})`,
      credits.total === null ? 'fee not entered' : `${money(credits.total)} over ${credits.rows.length} periods`,
    ]);
  const actions = attention(state.kpis, (x) => actualOf(p, x.id)).map(
    (a) =>
      `${kpiLabel(a.kpi.name, a.index)} is ${a.status} in ${name}: agree with the vendor what changes, and by when.`,
  );
  state.periods.forEach((q, i) => {
    if (q.feedback.agreed.trim())
      actions.push(
        `Agreed in ${periodLabel(q.name, i)}: ${q.feedback.agreed.trim()}${q.feedback.by.trim() ? ` (by ${q.feedback.by.trim()})` : ''}`,
      );
  });
  return { rows, actions };
}
