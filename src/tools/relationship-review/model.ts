/**
 * The relationship review's pure model: quarterly periods ("2026 Q3"), the trend of review
 * scores over periods (from both sides), and the innovation ideas log. Scoring itself is
 * the questionnaire engine's (weighted mean of 1–5).
 */
import { score, type Answers, type QuestionnaireData } from '../questionnaire-engine/model';

/** A review period: stable id ("2026-q3") and label ("2026 Q3"). */
export interface Period {
  id: string;
  label: string;
}

/** Earliest and latest years a period may have. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Reads "2026 Q3", "2026-q3", "Q3 2026" or "q3/2026"; says what is wrong otherwise. */
export function parsePeriod(text: string): { ok: true; period: Period } | { ok: false; message: string } {
  const t = text.trim().toLowerCase();
  if (!t) return { ok: false, message: 'Enter a review period, like 2026 Q3' };
  const m = /^(\d{4})\s*[-/ ]?\s*q([1-4])$/.exec(t) ?? /^q([1-4])\s*[-/ ]?\s*(\d{4})$/.exec(t);
  if (!m) return { ok: false, message: 'Enter the period as a year and quarter, like 2026 Q3' };
  const [year, q] = /^\d{4}$/.test(m[1]!) ? [Number(m[1]), m[2]] : [Number(m[2]), m[1]];
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, message: `The year must be between ${MIN_YEAR} and ${MAX_YEAR}` };
  return { ok: true, period: { id: `${year}-q${q}`, label: `${year} Q${q}` } };
}

/** The label of a period id ("2026-q3" → "2026 Q3"). */
export function periodLabel(id: string): string {
  return id.replace(/^(\d{4})-q([1-4])$/, '$1 Q$2');
}

/** Period ids in time order (ids sort correctly as text: year, then quarter). */
export function sortPeriods(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

/** One point of the trend: each side's score (null when that side gave none). */
export interface TrendPoint {
  period: string;
  ours: number | null;
  vendor: number | null;
}

/** Review scores per period, in time order. */
export function trend(
  data: QuestionnaireData,
  periods: readonly string[],
  answers: (period: string, side: 'ours' | 'vendor') => Answers,
): TrendPoint[] {
  return sortPeriods(periods).map((p) => ({
    period: p,
    ours: score(data, answers(p, 'ours')).score,
    vendor: score(data, answers(p, 'vendor')).score,
  }));
}

/** An idea in the innovation log. */
export interface Idea {
  id: string;
  text: string;
  /** The period it was raised in. */
  period: string;
}

/** Longest idea text. */
export const MAX_IDEA = 500;

/** Checks an idea's text: not empty, not too long. */
export function checkIdea(text: string): { ok: true; text: string } | { ok: false; message: string } {
  const t = text.trim();
  if (!t) return { ok: false, message: 'Write the idea before adding it' };
  if (t.length > MAX_IDEA) return { ok: false, message: `Keep the idea to ${MAX_IDEA} characters or fewer` };
  return { ok: true, text: t };
}
