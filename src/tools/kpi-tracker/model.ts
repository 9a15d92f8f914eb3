/**
 * The KPI tracker's model (pure, SPEC tool 14). A KPI's status in a period is direction-aware:
 * "Green" at or better than the target, "Amber" at or better than the minimum, "Red" worse than
 * the minimum ("better" is higher, or lower when lower is better). Without a minimum there is no
 * amber band. Service credits follow the SLA builder's rule: a tier applies when availability is
 * below its threshold, the lowest threshold that applies wins (credits are not added up), and
 * the cap, then 100 %, limits the credit; in money it is fee × credit %.
 */
import { creditFor, type CreditResult, type Tier } from '../framework/credits';

/** A KPI as the model reads it. */
export interface KpiFigures {
  target: number | null;
  minimum: number | null;
  lowerIsBetter: boolean;
}

/** The three statuses, always shown in words. */
export type Status = 'Green' | 'Amber' | 'Red';

/** The statuses from best to worst. */
export const STATUSES: readonly Status[] = ['Green', 'Amber', 'Red'];

/** True when `a` is at or better than `b` in the KPI's direction. */
export function atOrBetter(a: number, b: number, lowerIsBetter: boolean): boolean {
  return lowerIsBetter ? a <= b : a >= b;
}

/** A KPI's status for an actual, or null without an actual or a target. */
export function statusOf(actual: number | null | undefined, k: KpiFigures): Status | null {
  if (actual === null || actual === undefined || k.target === null) return null;
  if (atOrBetter(actual, k.target, k.lowerIsBetter)) return 'Green';
  if (k.minimum !== null && atOrBetter(actual, k.minimum, k.lowerIsBetter)) return 'Amber';
  return 'Red';
}

/** The name shown for the KPI at index k (from 0): its name, or "KPI N". */
export const kpiLabel = (name: string, k: number) => name.replace(/\s+/g, ' ').trim() || `KPI ${k + 1}`;

/** The name shown for the period at index k (from 0): its name, or "Period N". */
export const periodLabel = (name: string, k: number) => name.replace(/\s+/g, ' ').trim() || `Period ${k + 1}`;

/** What is wrong with a KPI's figures, in words ("has no target yet"), or null. */
export function setupProblem(k: KpiFigures): string | null {
  if (k.target === null) return 'has no target yet, so it gets no status';
  if (k.minimum === null) return null;
  if (!atOrBetter(k.target, k.minimum, k.lowerIsBetter))
    return k.lowerIsBetter
      ? 'is lower-is-better, so its minimum should be the higher figure (it is below the target)'
      : 'has a minimum above its target: the minimum should be the lower figure (or tick “Lower is better”)';
  return null;
}

export { creditFor, type CreditResult, type Tier };

/** The credit due in one period. */
export interface PeriodCredit extends CreditResult {
  /** Index of the period (oldest first, from 0). */
  period: number;
  achieved: number;
  /** fee × pct ÷ 100, or null without a fee. */
  money: number | null;
}

/** Credits due per period with an actual for the credited KPI, and their total in money. */
export function creditsDue(
  actuals: readonly (number | null)[],
  tiers: readonly Tier[],
  capPct: number | null,
  fee: number | null,
): { rows: PeriodCredit[]; total: number | null } {
  const rows = actuals.flatMap((achieved, period) => {
    if (achieved === null) return [];
    const c = creditFor(achieved, tiers, capPct);
    return [{ ...c, period, achieved, money: fee === null ? null : (fee * c.pct) / 100 }];
  });
  const total = fee === null ? null : rows.reduce((sum, r) => sum + (r.money ?? 0), 0);
  return { rows, total };
}

/** The KPIs that need attention in a period: red first, then amber, in KPI order. */
export function attention<K extends KpiFigures>(
  kpis: readonly K[],
  actual: (k: K) => number | null,
): { kpi: K; index: number; status: 'Red' | 'Amber' }[] {
  const all = kpis.map((kpi, index) => ({ kpi, index, status: statusOf(actual(kpi), kpi) }));
  return (['Red', 'Amber'] as const).flatMap((s) =>
    all.filter((a) => a.status === s).map((a) => ({ ...a, status: s })),
  );
}

/** Counts of each status among the KPIs in a period. */
export function statusCounts(statuses: readonly (Status | null)[]): Record<Status, number> {
  const n = { Green: 0, Amber: 0, Red: 0 };
  for (const s of statuses) if (s) n[s] += 1;
  return n;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The month's name and year, e.g. "January 2027". */
export const monthName = (year: number, month: number) => `${MONTHS[month]} ${year}`;

/**
 * A name for the next period: the month after the last period's "<Month> <year>", the current
 * month for the first period, and "" when the last name is not a month (the visitor names it).
 */
export function nextPeriodName(last: string | undefined, today: Date): string {
  if (last === undefined) return monthName(today.getFullYear(), today.getMonth());
  const m = /^\s*([a-z]+)\s+(\d{4})\s*$/i.exec(last);
  const month = m ? MONTHS.findIndex((x) => x.toLowerCase() === m[1]!.toLowerCase()) : -1;
  if (!m || month < 0) return '';
  const year = Number(m[2]);
  return month === 11 ? monthName(year + 1, 0) : monthName(year, month + 1);
}

/** True when a KPI's name says it measures availability or uptime. */
export const isAvailability = (name: string) => /availab|uptime/i.test(name);
