/**
 * Service credits, shared by the SLA builder (which sets the tiers) and the KPI tracker (which
 * applies them to each period's availability): one rule in one place.
 */

/** A credit tier: availability below `below` % earns `credit` % of the fee. */
export interface Tier {
  below: number;
  credit: number;
}

/** The credit for an achieved availability. */
export interface CreditResult {
  /** Index of the tier that applies, or null when none does. */
  tier: number | null;
  /** Credit in percent of the fee, after the cap. */
  pct: number;
  /** True when the cap lowered the tier's credit. */
  capped: boolean;
}

/**
 * The credit that applies: a tier applies when availability is below its threshold (exactly at
 * the threshold earns nothing from it); of those, the lowest threshold wins (credits are not
 * added up; equal thresholds: the larger credit). The cap, then 100 %, limits the result.
 */
export function creditFor(achieved: number, tiers: readonly (Tier | null)[], capPct: number | null): CreditResult {
  let best: number | null = null;
  tiers.forEach((t, k) => {
    if (!t || !(achieved < t.below)) return;
    const b = best === null ? null : tiers[best]!;
    if (!b || t.below < b.below || (t.below === b.below && t.credit > b.credit)) best = k;
  });
  if (best === null) return { tier: null, pct: 0, capped: false };
  const raw = Math.min(100, tiers[best]!.credit);
  const pct = capPct === null ? raw : Math.min(raw, capPct);
  return { tier: best, pct, capped: pct < raw };
}
