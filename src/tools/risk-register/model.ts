/**
 * The risk register's pure model. Score = likelihood × impact (each 1–5); bands 1–3 Low,
 * 4–6 Moderate, 8–12 High, 15–25 Extreme. Each risk is scored before controls (inherent) and
 * with them (residual); the heat map counts risks per likelihood × impact cell. Expected cost
 * = probability × cost if it happens.
 */
/** A 1–5 rating, or null while not scored. */
export type Rating = 1 | 2 | 3 | 4 | 5;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/** The words for each likelihood and impact rating. */
export const LIKELIHOOD_WORDS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_WORDS = ['Minor', 'Noticeable', 'Serious', 'Major', 'Threatens the business'] as const;

/** Risk bands, lowest first. */
export const BANDS = ['low', 'moderate', 'high', 'extreme'] as const;
export type Band = (typeof BANDS)[number];
export const BAND_NAMES: Record<Band, string> = { low: 'Low', moderate: 'Moderate', high: 'High', extreme: 'Extreme' };

/** The band of a score (1–25): below 4 Low, below 8 Moderate, below 15 High, else Extreme. */
export function bandOf(score: number): Band {
  if (score < 4) return 'low';
  if (score < 8) return 'moderate';
  if (score < 15) return 'high';
  return 'extreme';
}

/** Likelihood × impact, or null while either is missing. */
export const scoreOf = (likelihood: number | null, impact: number | null) =>
  likelihood === null || impact === null ? null : likelihood * impact;

/** What the model needs of a risk. */
export interface RiskInput {
  id: string;
  name: string;
  likelihood: Rating | null;
  impact: Rating | null;
  residualLikelihood: Rating | null;
  residualImpact: Rating | null;
  probability: number | null;
  cost: number | null;
}

/** A risk's scores, bands, the reduction and the expected cost. */
export interface Assessed {
  id: string;
  name: string;
  inherent: number | null;
  residual: number | null;
  inherentBand: Band | null;
  residualBand: Band | null;
  /** (inherent − residual) ÷ inherent × 100, or null unless both are scored. */
  reductionPct: number | null;
  /** probability % × cost, or null unless both are given. */
  expectedCost: number | null;
}

/** A risk's name, or "Risk N" while it has none. */
export const riskName = (name: string, n: number) => name.trim() || `Risk ${n}`;

/** Scores one risk. */
export function assess(r: RiskInput, n: number): Assessed {
  const inherent = scoreOf(r.likelihood, r.impact);
  const residual = scoreOf(r.residualLikelihood, r.residualImpact);
  return {
    id: r.id,
    name: riskName(r.name, n),
    inherent,
    residual,
    inherentBand: inherent === null ? null : bandOf(inherent),
    residualBand: residual === null ? null : bandOf(residual),
    reductionPct: inherent !== null && residual !== null ? ((inherent - residual) / inherent) * 100 : null,
    expectedCost: r.probability !== null && r.cost !== null ? (r.probability / 100) * r.cost : null,
  };
}

/** The score that counts now: residual where scored, else inherent. */
export const currentScore = (a: Assessed) => a.residual ?? a.inherent;

/** Which scores a heat map counts. */
export type View = 'inherent' | 'residual';

/** The cell a risk sits in on one view's heat map, or null while not scored there. */
export function cellOf(r: RiskInput, view: View): { likelihood: Rating; impact: Rating } | null {
  const l = view === 'inherent' ? r.likelihood : r.residualLikelihood;
  const i = view === 'inherent' ? r.impact : r.residualImpact;
  return l === null || i === null ? null : { likelihood: l, impact: i };
}

/** Risks per cell: counts[impact − 1][likelihood − 1]. */
export function heatCounts(risks: readonly RiskInput[], view: View): number[][] {
  const counts = RATINGS.map(() => RATINGS.map(() => 0));
  for (const r of risks) {
    const c = cellOf(r, view);
    if (c) counts[c.impact - 1]![c.likelihood - 1]!++;
  }
  return counts;
}

/** Sum of the expected costs that can be worked out, and how many risks gave one. */
export function expectedTotal(risks: readonly RiskInput[]): { total: number; counted: number } {
  let total = 0;
  let counted = 0;
  risks.forEach((r, k) => {
    const e = assess(r, k + 1).expectedCost;
    if (e === null) return;
    total += e;
    counted++;
  });
  return { total, counted };
}

/** Risks whose current score is High or Extreme, worst first (ties keep the list order). */
export function topRisks(risks: readonly RiskInput[]): Assessed[] {
  return risks
    .map((r, k) => assess(r, k + 1))
    .filter((a) => {
      const s = currentScore(a);
      return s !== null && s >= 8;
    })
    .sort((a, b) => currentScore(b)! - currentScore(a)!);
}
