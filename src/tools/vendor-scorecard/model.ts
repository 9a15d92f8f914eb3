/**
 * Vendor scorecard: a weighted decision matrix (SPEC tool 5). Pure functions of validated
 * numbers; nothing is rounded here (only for display).
 *
 * share_c   = weight_c / Σ weights                       (normalised to 1 = 100 %)
 * total_v   = Σ share_c × score_v,c                      (on the 1–5 scale)
 * % of max  = total_v / 5 × 100
 * price from bids: score_v = 5 × lowest bid / bid_v
 * A vendor scoring below any minimum is disqualified, whatever its total; a vendor with a
 * blank score is incomplete (never counted as 0). Only complete, qualified vendors are ranked.
 */

/** A criterion as the model needs it. */
import { own } from '../framework/own';

export interface ModelCriterion {
  id: string;
  label: string;
  /** Raw points, ≥ 0 (normalised here). */
  weight: number;
  /** Must-have: the lowest acceptable score, or null for none. */
  min: number | null;
  /** Score this criterion from the vendors' bids instead of typed scores. */
  fromBids: boolean;
}

/** Everything the scorecard computes from. */
export interface ScorecardInputs {
  vendors: { id: string; label: string }[];
  criteria: ModelCriterion[];
  /** scores[vendorId][criterionId] = 1–5; missing = not scored yet. */
  scores: Record<string, Record<string, number>>;
  /** Price bids (> 0) by vendor id. */
  bids: Record<string, number>;
}

/** A must-have a vendor failed. */
export interface Failure {
  criterionId: string;
  label: string;
  score: number;
  min: number;
}

/** One vendor's result. */
export interface VendorResult {
  id: string;
  label: string;
  /** Score per criterion (typed or from bids), null where missing; in criteria order. */
  scores: (number | null)[];
  /** Weighted total on the 1–5 scale, or null while incomplete. */
  total: number | null;
  /** total / 5 × 100, or null. */
  pctOfMax: number | null;
  missing: string[];
  failed: Failure[];
  status: 'ranked' | 'disqualified' | 'incomplete';
  /** 1-based rank among ranked vendors, or null. */
  rank: number | null;
}

/** Why a criterion's weight cannot make the runner-up overtake the leader. */
export type NoFlip = 'equal-scores' | 'no-effect' | 'negative' | 'over-100';

/** For one criterion: the share at which the runner-up overtakes the leader, or why it cannot. */
export type Sensitivity =
  | { criterionId: string; label: string; current: number; flipAt: number; direction: 'up' | 'down' }
  | { criterionId: string; label: string; current: number; reason: NoFlip };

/** How the leader was separated from the runner-up when totals were equal. */
export type TieBreak = 'criterion' | 'price' | 'unbroken';

/** Everything the tool shows. */
export interface ScorecardAnalysis {
  /** Normalised shares (sum 1), in criteria order; null when every weight is 0. */
  shares: number[] | null;
  vendors: VendorResult[];
  /** Ranked vendors, best first. */
  ranking: VendorResult[];
  leader: VendorResult | null;
  runnerUp: VendorResult | null;
  /** Set when leader and runner-up have equal totals. */
  tieBreak: TieBreak | null;
  /** Index of the highest-weighted criterion (first of equals), used for tie-breaks. */
  topCriterion: number | null;
  sensitivity: Sensitivity[];
}

/** Top of the score scale. */
export const MAX_SCORE = 5;
/** Totals closer than this are equal (floating-point noise). */
const EPS = 1e-9;

/** Raw weights → shares summing to 1, or null when they sum to 0. */
export function normaliseWeights(weights: number[]): number[] | null {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (!(sum > 0) || !Number.isFinite(sum)) return null;
  return weights.map((w) => w / sum);
}

/** Price score from bids: 5 × lowest bid ÷ this bid, or null without a bid. */
export function bidScore(bid: number | undefined, lowest: number): number | null {
  if (bid === undefined || !(bid > 0) || !(lowest > 0)) return null;
  return (MAX_SCORE * lowest) / bid;
}

/** Weighted total of a complete score row: Σ share × score. */
export function weightedTotal(shares: number[], scores: number[]): number {
  return shares.reduce((a, s, i) => a + s * (scores[i] ?? 0), 0);
}

/** The lowest positive bid among the vendors, or 0 when none. */
function lowestBid(i: ScorecardInputs): number {
  const bids = i.vendors.map((v) => own(i.bids, v.id)).filter((b): b is number => b !== undefined && b > 0);
  return bids.length ? Math.min(...bids) : 0;
}

/** Scores every vendor, applies must-haves, ranks and runs the sensitivity analysis. */
export function analyse(i: ScorecardInputs): ScorecardAnalysis {
  const shares = normaliseWeights(i.criteria.map((c) => c.weight));
  const lowest = lowestBid(i);
  const vendors: VendorResult[] = i.vendors.map((v) => {
    const scores = i.criteria.map((c) =>
      c.fromBids ? bidScore(own(i.bids, v.id), lowest) : (own(own(i.scores, v.id), c.id) ?? null),
    );
    const missing = i.criteria.filter((_, k) => scores[k] === null).map((c) => c.label);
    const failed: Failure[] = [];
    i.criteria.forEach((c, k) => {
      const s = scores[k];
      // A tiny tolerance so a bid score of exactly the minimum is not failed by rounding.
      if (c.min !== null && s !== null && s < c.min - EPS)
        failed.push({ criterionId: c.id, label: c.label, score: s, min: c.min });
    });
    const total = shares && missing.length === 0 ? weightedTotal(shares, scores as number[]) : null;
    return {
      id: v.id,
      label: v.label,
      scores,
      total,
      pctOfMax: total === null ? null : (total / MAX_SCORE) * 100,
      missing,
      failed,
      status: failed.length ? 'disqualified' : total === null ? 'incomplete' : 'ranked',
      rank: null,
    };
  });

  const topCriterion = shares ? shares.indexOf(Math.max(...shares)) : null;
  const ranking = vendors.filter((v) => v.status === 'ranked').sort((a, b) => compare(a, b, topCriterion, i.bids) || 0);
  ranking.forEach((v, k) => (v.rank = k + 1));
  const leader = ranking[0] ?? null;
  const runnerUp = ranking[1] ?? null;
  let tieBreak: TieBreak | null = null;
  if (leader && runnerUp && Math.abs(leader.total! - runnerUp.total!) <= EPS) {
    const byCriterion = topCriterion !== null && leader.scores[topCriterion] !== runnerUp.scores[topCriterion];
    tieBreak = byCriterion ? 'criterion' : byBid(leader, runnerUp, i.bids) !== 0 ? 'price' : 'unbroken';
  }
  return {
    shares,
    vendors,
    ranking,
    leader,
    runnerUp,
    tieBreak,
    topCriterion,
    sensitivity: shares && leader && runnerUp ? sensitivity(i.criteria, shares, leader, runnerUp) : [],
  };
}

/** Lower bid first; a vendor without a bid after one with a bid. */
function byBid(a: VendorResult, b: VendorResult, bids: Record<string, number>): number {
  const x = own(bids, a.id) ?? Infinity;
  const y = own(bids, b.id) ?? Infinity;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Ranking order: higher total, then higher score on the top criterion, then lower bid. */
function compare(a: VendorResult, b: VendorResult, top: number | null, bids: Record<string, number>): number {
  const d = b.total! - a.total!;
  if (Math.abs(d) > EPS) return d;
  if (top !== null) {
    const t = (b.scores[top] ?? 0) - (a.scores[top] ?? 0);
    if (Math.abs(t) > EPS) return t;
  }
  return byBid(a, b, bids);
}

/**
 * For each criterion c: set its share to w and scale the others proportionally to 1 − w.
 * With d_k = leader − runner-up score on k and A = Σ_{k≠c} share_k d_k / (1 − share_c),
 * the gap is D(w) = w·d_c + (1 − w)·A, linear in w, so D(w) = 0 at w* = A / (A − d_c).
 * The runner-up overtakes past w* when 0 < w* < 1; otherwise the criterion cannot flip it.
 */
export function sensitivity(
  criteria: ModelCriterion[],
  shares: number[],
  leader: VendorResult,
  runnerUp: VendorResult,
): Sensitivity[] {
  const d = criteria.map((_, k) => (leader.scores[k] ?? 0) - (runnerUp.scores[k] ?? 0));
  const gap = weightedTotal(shares, d);
  return criteria.map((c, k) => {
    const current = shares[k]!;
    const base = { criterionId: c.id, label: c.label, current };
    const dc = d[k]!;
    if (Math.abs(dc) <= EPS) return { ...base, reason: 'equal-scores' };
    // Every other criterion has no weight: its share cannot move away from 100 %.
    if (current >= 1 - EPS) return { ...base, reason: 'over-100' };
    const a = (gap - current * dc) / (1 - current);
    if (Math.abs(a - dc) <= EPS) return { ...base, reason: 'no-effect' };
    const flipAt = a / (a - dc);
    // D(w) falls as w grows when d_c < A: the runner-up then overtakes above w* (w* ≥ share,
    // as D(share) ≥ 0), which needs w* < 1. Otherwise it overtakes below w* ≤ share: needs w* > 0.
    const direction = dc < a ? 'up' : 'down';
    if (direction === 'up' && flipAt >= 1 - EPS) return { ...base, reason: 'over-100' };
    if (direction === 'down' && flipAt <= EPS) return { ...base, reason: 'negative' };
    return { ...base, flipAt, direction };
  });
}

/** Shares after setting criterion k's share to w and scaling the others to 1 − w. */
export function reweight(shares: number[], k: number, w: number): number[] {
  const rest = 1 - shares[k]!;
  return shares.map((s, j) => (j === k ? w : rest > 0 ? (s * (1 - w)) / rest : 0));
}
