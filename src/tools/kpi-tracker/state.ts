/**
 * Stored state of the KPI tracker, version 1: the KPIs (rows with stable ids), the periods
 * (oldest first) with each KPI's actual keyed by KPI id and a feedback entry, and the service
 * credit scheme (from the SLA builder's offer) with the KPI it applies to and the monthly fee.
 */
import * as z from 'zod/mini';

/** Limits. */
export const MAX_KPIS = 20;
export const MAX_PERIODS = 60;
export const MAX_TIERS = 8;
export const MAX_NAME = 200;
export const MAX_UNIT = 40;
export const MAX_PERIOD_NAME = 60;
export const MAX_NOTE = 1000;
export const MAX_VALUE = 1_000_000_000;
export const MAX_FEE = 100_000_000;

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const value = z.number().check(z.gte(0), z.lte(MAX_VALUE));
const pct = z.number().check(z.gte(0), z.lte(100));

const kpiSchema = z.object({
  id,
  name: z.string().check(z.maxLength(MAX_NAME)),
  unit: z.string().check(z.maxLength(MAX_UNIT)),
  lowerIsBetter: z.boolean(),
  target: z.nullable(value),
  minimum: z.nullable(value),
});

const periodSchema = z.object({
  id,
  name: z.string().check(z.maxLength(MAX_PERIOD_NAME)),
  /** KPI id → the period's actual; a KPI without a figure has no key. */
  actuals: z.record(id, value),
  feedback: z.object({
    said: z.string().check(z.maxLength(MAX_NOTE)),
    agreed: z.string().check(z.maxLength(MAX_NOTE)),
    by: z.string().check(z.maxLength(MAX_PERIOD_NAME)),
  }),
});

/** Stored state, version 1. */
export const kpiTrackerSchema = z.object({
  kpis: z.array(kpiSchema).check(z.maxLength(MAX_KPIS)),
  periods: z.array(periodSchema).check(z.maxLength(MAX_PERIODS)),
  credits: z.object({
    /** Id of the KPI the credits apply to (an availability in %), or null. */
    kpi: z.nullable(id),
    tiers: z.array(z.object({ below: pct, credit: pct })).check(z.maxLength(MAX_TIERS)),
    capPct: z.nullable(pct),
    fee: z.nullable(z.number().check(z.gte(0), z.lte(MAX_FEE))),
  }),
});

/** The tool's state. */
export type KpiTrackerState = z.output<typeof kpiTrackerSchema>;
export type TrackedKpi = KpiTrackerState['kpis'][number];
export type TrackedPeriod = KpiTrackerState['periods'][number];
export type Credits = KpiTrackerState['credits'];

/** A new visitor starts with no KPIs, no periods and no credit scheme. */
export function initialKpiTracker(): KpiTrackerState {
  return { kpis: [], periods: [], credits: { kpi: null, tiers: [], capPct: null, fee: null } };
}
