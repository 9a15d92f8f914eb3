/**
 * What the KPI tracker shows for a state (pure): each KPI's status per period, the latest
 * period with a figure, and the credits due for the credited KPI. Shared by the view, the
 * dashboard's summary and the plan report.
 */
import { own } from '../framework/own';
import { creditsDue, statusOf, type Status } from './model';
import type { KpiTrackerState, TrackedKpi, TrackedPeriod } from './state';

/** A KPI's actual in a period, or null. */
export const actualOf = (p: TrackedPeriod, kpi: string): number | null => own(p.actuals, kpi) ?? null;

/** Index of the newest period with at least one actual of a current KPI, or null. */
export function latestPeriod(s: KpiTrackerState): number | null {
  for (let i = s.periods.length - 1; i >= 0; i -= 1)
    if (s.kpis.some((k) => actualOf(s.periods[i]!, k.id) !== null)) return i;
  return null;
}

/** Statuses of one KPI over the periods (null where there is no status). */
export const statusRow = (s: KpiTrackerState, k: TrackedKpi): (Status | null)[] =>
  s.periods.map((p) => statusOf(actualOf(p, k.id), k));

/** The credited KPI, when it still exists. */
export const creditedKpi = (s: KpiTrackerState): TrackedKpi | undefined => s.kpis.find((k) => k.id === s.credits.kpi);

/** Credits due per period for the credited KPI, or null without a KPI or tiers. */
export function periodCredits(s: KpiTrackerState) {
  const k = creditedKpi(s);
  if (!k || s.credits.tiers.length === 0) return null;
  return creditsDue(
    s.periods.map((p) => actualOf(p, k.id)),
    s.credits.tiers,
    s.credits.capPct,
    s.credits.fee,
  );
}
