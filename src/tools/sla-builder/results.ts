/**
 * What the SLA builder shows for a state (pure): the service hours, the allowed-downtime table,
 * the achieved availability in the chosen month, and the credit that applies. Shared by the
 * view, the schedule and the declaration's offer.
 */
import {
  achievedAvailability,
  creditFor,
  creditMoney,
  downtimeTable,
  minutesIn,
  type CreditResult,
  type DowntimeRow,
  type ServiceHours,
  type ScheduleInput,
} from './model';
import { PERIOD_LABELS, tiersOf, type SlaState } from './state';

/** The service hours of a state. */
export function serviceOf(s: SlaState): ServiceHours {
  const a = s.availability;
  return a.service === '24x7'
    ? { kind: '24x7' }
    : { kind: 'business', daysPerWeek: a.daysPerWeek, hoursPerDay: a.hoursPerDay };
}

/** Everything the results panel and the schedule need. */
export interface SlaResult {
  table: DowntimeRow[] | null;
  monthMinutes: number;
  achieved: number | null;
  credit: CreditResult | null;
  money: number | null;
}

/** The results for a state and a downtime (the state's own, or an example's). */
export function slaResult(s: SlaState, downtime = s.availability.downtime): SlaResult {
  const service = serviceOf(s);
  const monthMinutes = minutesIn(s.availability.monthDays, service);
  const table = s.availability.target === null ? null : downtimeTable(s.availability.target, service);
  const achieved = downtime === null ? null : achievedAvailability(downtime, monthMinutes);
  const credit = achieved === null ? null : creditFor(achieved, tiersOf(s), s.credits.capPct);
  const money = credit && s.credits.fee !== null ? creditMoney(s.credits.fee, credit.pct) : null;
  return { table, monthMinutes, achieved, credit, money };
}

/** Formatters the texts use (the visitor's locale and currency). */
export interface Formats {
  number: (n: number) => string;
  /** Achieved availability with 4 decimals, e.g. "99.4213%". */
  achieved: (n: number) => string;
  money: (n: number) => string;
}

/** Example fee when the visitor has not entered one (in their currency). */
export const EXAMPLE_FEE = 1000;

/** What a credit result means, in words: "Tier 2 applies (below 99%): a credit of 10% of the fee". */
export function creditText(s: SlaState, credit: CreditResult, f: Formats): string {
  if (credit.tier === null) return 'No tier applies: no credit is due';
  const tier = s.credits.tiers[credit.tier]!;
  const capped = credit.capped ? ` (capped at ${f.number(s.credits.capPct!)} %)` : '';
  return `Tier ${credit.tier + 1} applies (below ${f.number(tier.below!)} %): a credit of ${f.number(credit.pct)} % of the fee${capped}`;
}

/**
 * The schedule's worked example: the visitor's downtime and fee, or, until they enter them,
 * twice the month's allowed downtime and a fee of 1,000 in their currency.
 */
export function workedExample(s: SlaState, f: Formats): string | null {
  const a = s.availability;
  if (a.target === null) return null;
  const base = slaResult(s, 0);
  const downtime = a.downtime ?? Math.round(2 * ((100 - a.target) / 100) * base.monthMinutes);
  const r = slaResult(s, downtime);
  if (r.achieved === null || r.credit === null) return null;
  const fee = s.credits.fee ?? EXAMPLE_FEE;
  return (
    `${f.number(downtime)} minutes of downtime in a ${a.monthDays}-day month of ${f.number(Math.round(r.monthMinutes))} service minutes ` +
    `gives ${f.achieved(r.achieved)} availability. ${creditText(s, r.credit, f)}; on a monthly fee of ${f.money(fee)} ` +
    `that is ${f.money(creditMoney(fee, r.credit.pct))}.`
  );
}

/** Service hours in words. */
export function serviceText(s: SlaState, f: Formats): string {
  const a = s.availability;
  return a.service === '24x7'
    ? 'the time around the clock (24×7)'
    : `business hours: ${f.number(a.daysPerWeek)} days a week, ${f.number(a.hoursPerDay)} hours a day`;
}

const REVIEW_TEXT = {
  weekly: 'weekly report',
  monthly: 'monthly report',
} as const;
const MEETING_TEXT = { monthly: 'monthly service review', quarterly: 'quarterly service review' } as const;

/** The schedule's content for a state, formatted for the visitor. */
export function scheduleInputOf(s: SlaState, f: Formats): ScheduleInput {
  const r = slaResult(s);
  return {
    kpis: s.kpis,
    periodLabel: (p) => PERIOD_LABELS[p as keyof typeof PERIOD_LABELS] ?? p,
    number: f.number,
    availability: { target: s.availability.target, serviceText: serviceText(s, f), rows: r.table ?? [] },
    credits: { tiers: tiersOf(s), capPct: s.credits.capPct, example: workedExample(s, f) },
    review: {
      report: `the vendor sends a ${REVIEW_TEXT[s.review.report]} of every KPI`,
      meeting: `a ${MEETING_TEXT[s.review.meeting]} of the figures and actions`,
      breach: s.review.breach,
    },
  };
}
