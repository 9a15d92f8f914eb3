/** Display formats of the scorecard: totals with 2 decimals, percentages with 1 (never NaN). */

/** A score or total with exactly two decimals, e.g. "3.65". */
export function formatScore(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/** A percentage from percent units with exactly one decimal, e.g. 21.95 → "22.0%". */
export function formatShare(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    n / 100,
  );
}
