/**
 * The SLA builder's arithmetic (pure): minutes in each period under the agreed service hours,
 * allowed downtime for an availability target, achieved availability from downtime, the service
 * credit that applies, "3 h 36 min" durations, and the SLA schedule as Markdown.
 */
import { oneLine, tableCell } from '../framework/text';
import { creditFor, type CreditResult, type Tier } from '../framework/credits';

/** Service hours: around the clock, or business hours (days a week × hours a day). */
export type ServiceHours = { kind: '24x7' } | { kind: 'business'; daysPerWeek: number; hoursPerDay: number };

/** A period the allowed downtime is shown for; a quarter is 365 ÷ 4 = 91.25 days. */
export interface Period {
  key: string;
  label: string;
  days: number;
}

/** Day, week, 28- to 31-day months, quarter and 365-day year. */
export const PERIODS: readonly Period[] = [
  { key: 'day', label: 'Day', days: 1 },
  { key: 'week', label: 'Week', days: 7 },
  { key: 'month-28', label: '28-day month', days: 28 },
  { key: 'month-29', label: '29-day month', days: 29 },
  { key: 'month-30', label: '30-day month', days: 30 },
  { key: 'month-31', label: '31-day month', days: 31 },
  { key: 'quarter', label: 'Quarter', days: 365 / 4 },
  { key: 'year', label: '365-day year', days: 365 },
];

/**
 * Minutes of service in `days` calendar days. Around the clock: days × 1,440. Business hours:
 * a day is one working day (hours × 60); longer periods count days × (days a week ÷ 7) working
 * days, so a week is exactly days a week × hours × 60.
 */
export function minutesIn(days: number, service: ServiceHours): number {
  if (service.kind === '24x7') return days * 1440;
  if (days === 1) return service.hoursPerDay * 60;
  return ((days * service.daysPerWeek) / 7) * service.hoursPerDay * 60;
}

/** Allowed downtime in minutes: (1 − target) × minutes, with the target in percent. */
export function allowedDowntime(targetPct: number, minutes: number): number {
  return ((100 - targetPct) / 100) * minutes;
}

/** One row of the allowed-downtime table. */
export interface DowntimeRow extends Period {
  minutes: number;
  allowed: number;
}

/** Allowed downtime for every period. */
export function downtimeTable(targetPct: number, service: ServiceHours): DowntimeRow[] {
  return PERIODS.map((p) => {
    const minutes = minutesIn(p.days, service);
    return { ...p, minutes, allowed: allowedDowntime(targetPct, minutes) };
  });
}

/** Rounds to 4 decimals: achieved availability is shown, and compared with tiers, at this precision. */
export const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/** Achieved availability in percent (4 decimals) from downtime in a period of `minutes`; never below 0. */
export function achievedAvailability(downtime: number, minutes: number): number | null {
  if (!(minutes > 0)) return null;
  return Math.max(0, round4((100 * (minutes - downtime)) / minutes));
}

export { creditFor, type CreditResult, type Tier };

/** The credit in money: fee × credit %. */
export const creditMoney = (fee: number, pct: number) => (fee * pct) / 100;

/**
 * A duration like "3 h 36 min" from minutes. Under an hour it keeps seconds ("1 min 26 s"),
 * where they matter; from an hour on it is rounded to whole minutes.
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '0 s';
  const seconds = Math.round(minutes * 60);
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return [m > 0 && `${m} min`, (s > 0 || m === 0) && `${s} s`].filter(Boolean).join(' ');
  }
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m > 0 ? `${h} h ${m} min` : `${h} h`;
}

/** A KPI as the schedule shows it. */
export interface KpiText {
  name: string;
  definition: string;
  unit: string;
  lowerIsBetter: boolean;
  target: number | null;
  minimum: number | null;
  period: string;
  source: string;
  owner: string;
}

/** Warnings about a KPI: no target, or a minimum on the wrong side of the target. */
export function kpiWarnings(k: KpiText, n: number): string[] {
  const name = oneLine(k.name) || `KPI ${n}`;
  if (k.target === null) return [`${name} has no target yet.`];
  if (k.minimum === null) return [];
  if (!k.lowerIsBetter && k.minimum > k.target)
    return [`${name}: higher is better, so the minimum should not be above the target.`];
  if (k.lowerIsBetter && k.minimum < k.target)
    return [`${name}: lower is better, so the minimum should not be below the target (it is the bigger number).`];
  return [];
}

/** A Markdown table cell: one line, pipes escaped, a dash when empty. */
const cell = tableCell;

/** What the SLA schedule is made of (numbers already formatted in the visitor's locale). */
export interface ScheduleInput {
  kpis: readonly KpiText[];
  periodLabel: (period: string) => string;
  number: (n: number) => string;
  availability: {
    target: number | null;
    serviceText: string;
    rows: readonly DowntimeRow[];
  };
  credits: {
    tiers: readonly (Tier | null)[];
    capPct: number | null;
    /** A worked example, as sentences, or null when it cannot be made yet. */
    example: string | null;
  };
  review: { report: string; meeting: string; breach: string };
}

/** The SLA schedule as Markdown: KPIs, availability and service hours, credit tiers with an example, review. */
export function scheduleMarkdown(i: ScheduleInput): string {
  const out = ['# SLA schedule', '', '## Key performance indicators', ''];
  if (i.kpis.length === 0) out.push('No KPIs agreed yet.');
  else {
    out.push(
      '| KPI | Definition | Unit | Better | Target | Minimum | Measured | Data source | Owner |',
      '|---|---|---|---|---:|---:|---|---|---|',
    );
    i.kpis.forEach((k, n) =>
      out.push(
        `| ${cell(k.name || `KPI ${n + 1}`)} | ${cell(k.definition)} | ${cell(k.unit)} | ${k.lowerIsBetter ? 'lower' : 'higher'} | ${k.target === null ? '—' : i.number(k.target)} | ${k.minimum === null ? '—' : i.number(k.minimum)} | ${i.periodLabel(k.period)} | ${cell(k.source)} | ${cell(k.owner)} |`,
      ),
    );
  }
  const a = i.availability;
  out.push('', '## Availability and service hours', '');
  if (a.target === null) out.push('No availability target agreed yet.');
  else {
    out.push(
      `Availability target: ${i.number(a.target)} % of ${a.serviceText}.`,
      '',
      '| Period | Allowed downtime |',
      '|---|---:|',
    );
    a.rows.forEach((r) => out.push(`| ${r.label} | ${formatDuration(r.allowed)} |`));
  }
  out.push('', '## Service credits', '');
  const tiers = i.credits.tiers.flatMap((t) => (t ? [t] : []));
  if (tiers.length === 0) out.push('No service credits agreed.');
  else {
    tiers.forEach((t) =>
      out.push(`- Availability below ${i.number(t.below)} %: credit of ${i.number(t.credit)} % of the monthly fee.`),
    );
    out.push(
      '',
      'The tier with the lowest threshold that applies is used; credits are not added up.' +
        (i.credits.capPct === null ? '' : ` Credits are capped at ${i.number(i.credits.capPct)} % of the fee.`),
    );
    if (i.credits.example) out.push('', `Worked example: ${i.credits.example}`);
  }
  out.push(
    '',
    '## Reporting and review',
    '',
    `- Performance report: ${oneLine(i.review.report)}`,
    `- Service review: ${oneLine(i.review.meeting)}`,
    `- On repeated breach: ${oneLine(i.review.breach) || 'not agreed yet'}`,
    '',
  );
  return out.join('\n');
}
