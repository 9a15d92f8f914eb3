/**
 * Stored state of the KPI tracker, version 1: the KPIs (rows with stable ids), the periods
 * (oldest first) with each KPI's actual keyed by KPI id and a feedback entry, and the service
 * credit scheme (from the SLA builder's offer) with the KPI it applies to and the monthly fee.
 * The shape itself (Zod) is in schema.ts, loaded only when there is data to read.
 */
import type { KpiTrackerState } from './schema';

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

/** The tool's state (its shape is in schema.ts). */
export type { KpiTrackerState };
export type TrackedKpi = KpiTrackerState['kpis'][number];
export type TrackedPeriod = KpiTrackerState['periods'][number];
export type Credits = KpiTrackerState['credits'];

/** A new visitor starts with no KPIs, no periods and no credit scheme. */
export function initialKpiTracker(): KpiTrackerState {
  return { kpis: [], periods: [], credits: { kpi: null, tiers: [], capPct: null, fee: null } };
}
