/**
 * The pilot planner's model (pure, SPEC tool 8). Each criterion scores 1 at or better than its
 * target, 0.5 from its minimum (inclusive) up to the target, and 0 when worse than the minimum —
 * "better" meaning higher, or lower for a lower-is-better criterion. Weights are shared out to
 * 100 % and the weighted scores added. Any must-have worse than its minimum is a NO-GO whatever
 * the total; otherwise ≥ 80 % is GO, 60 % up to 80 % GO with conditions, under 60 % NO-GO.
 */
import { parseLocaleNumber } from '../framework/number-format';

/** A criterion as the model reads it. */
export interface PilotCriterion {
  id: string;
  name: string;
  weight: number;
  target: number | null;
  minimum: number | null;
  actual: number | null;
  mustHave: boolean;
  lowerIsBetter: boolean;
}

/** The bands' lower edges, in percent. */
export const GO_AT = 80;
export const CONDITIONS_AT = 60;

/** The three outcomes. */
export type Decision = 'GO' | 'GO with conditions' | 'NO-GO';

/** The name shown for the criterion at index k: its name, or "Criterion N". */
export function criterionLabel(name: string, k: number): string {
  return name.trim() || `Criterion ${k + 1}`;
}

/** True when `a` is at or better than `b` in the criterion's direction. */
export function atOrBetter(a: number, b: number, lowerIsBetter: boolean): boolean {
  return lowerIsBetter ? a <= b : a >= b;
}

/** A criterion's score: 1 at or better than target, 0.5 from the minimum up to it, else 0. */
export function criterionScore(target: number, minimum: number, actual: number, lowerIsBetter: boolean): 0 | 0.5 | 1 {
  if (atOrBetter(actual, target, lowerIsBetter)) return 1;
  if (atOrBetter(actual, minimum, lowerIsBetter)) return 0.5;
  return 0;
}

/** What keeps a criterion from being scored, in words ("has no target"), or null. */
export function setupProblem(c: PilotCriterion): string | null {
  if (c.target === null && c.minimum === null) return 'has no target or minimum';
  if (c.target === null) return 'has no target';
  if (c.minimum === null) return 'has no minimum';
  if (!atOrBetter(c.target, c.minimum, c.lowerIsBetter))
    return c.lowerIsBetter
      ? 'has a minimum below its target, but lower is better: the minimum should be the higher figure'
      : 'has a minimum above its target: the minimum should be the lower figure (or tick “Lower is better”)';
  return null;
}

/** One criterion in a decided pilot. */
export interface ScoredCriterion {
  id: string;
  label: string;
  /** Normalised weight, 0–1. */
  share: number;
  score: 0 | 0.5 | 1;
  /** share × score × 100: the criterion's part of the total, in percent points. */
  points: number;
}

/** What the results show. */
export type PilotResult =
  | { status: 'empty' }
  | { status: 'setup'; problems: { id: string; label: string; text: string }[]; noWeight: boolean }
  | { status: 'waiting'; missing: string[] }
  | {
      status: 'decided';
      decision: Decision;
      /** Weighted total, 0–100. */
      total: number;
      rows: ScoredCriterion[];
      /** Must-haves worse than their minimum (each alone means NO-GO). */
      vetoes: string[];
      /** Criteria short of their target (the conditions of a "GO with conditions"). */
      short: string[];
    };

/** The decision for a weighted total and the must-haves that failed. */
export function decisionFor(total: number, vetoes: number): Decision {
  if (vetoes > 0) return 'NO-GO';
  if (total >= GO_AT) return 'GO';
  if (total >= CONDITIONS_AT) return 'GO with conditions';
  return 'NO-GO';
}

/**
 * The weighted total in percent: 100 × Σ weight × score ÷ Σ weight. Computed from the raw
 * points so that round numbers stay exact (weights 8 and 2, scores 1 and 0: exactly 80).
 */
export function weightedTotal(items: { weight: number; score: number }[]): number {
  const sum = items.reduce((a, c) => a + c.weight, 0);
  return sum > 0 ? (100 * items.reduce((a, c) => a + c.weight * c.score, 0)) / sum : 0;
}

/** Decides a pilot, or says what is missing before it can be decided. */
export function decide(criteria: PilotCriterion[]): PilotResult {
  if (criteria.length === 0) return { status: 'empty' };
  const labelled = criteria.map((c, k) => ({ c, label: criterionLabel(c.name, k) }));
  const problems = labelled.flatMap(({ c, label }) => {
    const text = setupProblem(c);
    return text ? [{ id: c.id, label, text }] : [];
  });
  const sum = criteria.reduce((a, c) => a + c.weight, 0);
  if (problems.length > 0 || !(sum > 0)) return { status: 'setup', problems, noWeight: !(sum > 0) };
  const missing = labelled.filter(({ c }) => c.actual === null).map(({ label }) => label);
  if (missing.length > 0) return { status: 'waiting', missing };

  const rows = labelled.map(({ c, label }) => {
    const score = criterionScore(c.target!, c.minimum!, c.actual!, c.lowerIsBetter);
    const share = c.weight / sum;
    return { id: c.id, label, share, score, points: 100 * share * score, mustHave: c.mustHave };
  });
  const total = weightedTotal(rows.map((r, i) => ({ weight: criteria[i]!.weight, score: r.score })));
  const vetoes = rows.filter((r) => r.mustHave && r.score === 0).map((r) => r.label);
  const short = rows.filter((r) => r.score < 1).map((r) => r.label);
  return {
    status: 'decided',
    decision: decisionFor(total, vetoes.length),
    total,
    rows: rows.map(({ mustHave: _m, ...r }) => r),
    vetoes,
    short,
  };
}

/**
 * A total rounded to one decimal for display, never rounded across a band's edge: 79.96 shows
 * as 79.9, not 80.0, because it is not a GO.
 */
export function shownTotal(total: number): number {
  const rounded = Math.round(total * 10) / 10;
  for (const edge of [GO_AT, CONDITIONS_AT]) if (total < edge && rounded >= edge) return edge - 0.1;
  return rounded;
}

/** The day `weeks` weeks after `start` (YYYY-MM-DD), when the trial ends; null without both. */
export function endDate(start: string, weeks: number | null): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || weeks === null) return null;
  const d = new Date(`${start}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  d.setUTCDate(d.getUTCDate() + 7 * weeks);
  return d.toISOString().slice(0, 10);
}

/** A success measure as the goals and scope canvas offers it. */
export interface OfferedMeasure {
  name: string;
  baseline: string;
  target: string;
  how: string;
}

/**
 * A measure's figure when the text is a plain number ("95", "4.5", "95 %", "1,200"), else
 * null: "day 12 of the month" is left for the visitor to turn into a figure. Read the
 * English way, because offers carry no locale.
 */
export function figureOf(text: string): number | null {
  // Words mean it is not a plain figure ("day 12"), though a currency symbol or % may stand by it.
  if (/\p{L}/u.test(text)) return null;
  const r = parseLocaleNumber(text, 'en-US');
  return r.ok ? r.value : null;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The named measures not yet among the criteria (by name, ignoring case and outer spaces). */
export function newMeasures(criteria: { name: string }[], measures: OfferedMeasure[]): OfferedMeasure[] {
  const seen: string[] = criteria.map((c) => c.name);
  return measures.filter((m) => {
    if (!m.name.trim() || seen.some((n) => sameName(n, m.name))) return false;
    seen.push(m.name);
    return true;
  });
}

/**
 * A criterion for a success measure: its name and how it is measured; the target when it is a
 * figure; the baseline as the minimum (no worse than today) when it is a figure; lower is
 * better when the target is below the baseline. Weight 10 points, like "Add criterion".
 */
export function criterionFromMeasure(m: OfferedMeasure, id: string): PilotCriterion & { how: string } {
  const target = figureOf(m.target);
  const minimum = figureOf(m.baseline);
  return {
    id,
    name: m.name.trim(),
    weight: 10,
    target,
    minimum,
    actual: null,
    mustHave: false,
    lowerIsBetter: target !== null && minimum !== null && target < minimum,
    how: m.how.trim(),
  };
}
