/**
 * Stored state of the SLA builder, version 1: KPIs and credit tiers (rows of the table engine,
 * with stable ids), the availability helper's inputs, the fee and cap, and the review cadence.
 */
import type { SlaState, Kpi, CreditTier } from './schema';
import type { Tier } from './model';

/** Limits. */
export const MAX_KPIS = 20;
export const MAX_TIERS = 8;
export const MAX_TEXT = 200;
export const MAX_LONG = 1000;
export const MAX_FEE = 100_000_000;
export const MAX_KPI_VALUE = 1_000_000_000;
/** Most downtime in a month: 31 days around the clock. */
export const MAX_DOWNTIME = 31 * 1440;

export const KPI_PERIODS = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export const PERIOD_LABELS: Record<(typeof KPI_PERIODS)[number], string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};
export const REPORTS = ['weekly', 'monthly'] as const;
export const MEETINGS = ['monthly', 'quarterly'] as const;
export const MONTH_DAYS = [28, 29, 30, 31] as const;

/** The tool's state (its shape is in schema.ts, loaded only when there is data to read). */
export type { SlaState, Kpi, CreditTier };

/** KPI presets drawn from the KPI guide's examples (figures are illustrations to adapt). */
export const KPI_PRESETS: Record<string, Omit<Kpi, 'id'>> = {
  'turnaround-time': {
    name: 'Turnaround time',
    definition: 'Average working hours from request to finished work, per normal item',
    unit: 'working hours',
    lowerIsBetter: true,
    target: 8,
    minimum: 16,
    period: 'monthly',
    source: 'Ticket system report',
    owner: '',
  },
  accuracy: {
    name: 'Accuracy',
    definition: 'Errors found in our monthly spot check of 20 items',
    unit: 'errors',
    lowerIsBetter: true,
    target: 0,
    minimum: 1,
    period: 'monthly',
    source: 'Our own spot check',
    owner: '',
  },
  'customer-satisfaction': {
    name: 'Customer satisfaction',
    definition: 'Share of survey answers rating 4 or 5 out of 5',
    unit: '%',
    lowerIsBetter: false,
    target: 85,
    minimum: 75,
    period: 'monthly',
    source: 'Customer survey',
    owner: '',
  },
  'first-response-time': {
    name: 'First-response time',
    definition: 'Share of emails answered within 4 working hours',
    unit: '%',
    lowerIsBetter: false,
    target: 90,
    minimum: 80,
    period: 'monthly',
    source: 'Shared inbox report',
    owner: '',
  },
  availability: {
    name: 'Availability',
    definition: 'Minutes the service is usable ÷ minutes in the service hours',
    unit: '%',
    lowerIsBetter: false,
    target: 99.9,
    minimum: 99.5,
    period: 'monthly',
    source: 'Independent uptime monitor',
    owner: '',
  },
  'cost-per-item': {
    name: 'Cost per item',
    definition: 'Monthly fee and extras ÷ items handled',
    unit: 'money per item',
    lowerIsBetter: true,
    target: null,
    minimum: null,
    period: 'monthly',
    source: 'Invoices and volume report',
    owner: '',
  },
};
export const KPI_PRESET_KEYS = Object.keys(KPI_PRESETS);

/** The contracts guide's example scheme: below 99.5 % earns 5 %, below 99 % earns 10 %, capped at 20 %. */
export function initialSla(): SlaState {
  return {
    kpis: [],
    availability: { target: 99.5, service: '24x7', daysPerWeek: 5, hoursPerDay: 8, monthDays: 30, downtime: null },
    credits: {
      tiers: [
        { id: 'tier-1', below: 99.5, credit: 5 },
        { id: 'tier-2', below: 99, credit: 10 },
      ],
      capPct: 20,
      fee: null,
    },
    review: { report: 'monthly', meeting: 'quarterly', breach: '' },
  };
}

/**
 * Complete credit tiers (both numbers given), in their rows' order; incomplete rows are null.
 * Here rather than in results.ts: the declaration's offer needs it on every page load.
 */
export function tiersOf(s: SlaState): (Tier | null)[] {
  return s.credits.tiers.map((t) =>
    t.below === null || t.credit === null ? null : { below: t.below, credit: t.credit },
  );
}
