/** Display formats of the scorecard: totals with 2 decimals, percentages with 1 (never NaN). */
import { formatter } from '../framework/number-format';

const SCORE: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const SHARE: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 };

/** A score or total with exactly two decimals, e.g. "3.65". */
export function formatScore(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '—';
  return formatter(locale, SCORE).format(n);
}

/** A percentage from percent units with exactly one decimal, e.g. 21.95 → "22.0%". */
export function formatShare(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '—';
  return formatter(locale, SHARE).format(n / 100);
}
