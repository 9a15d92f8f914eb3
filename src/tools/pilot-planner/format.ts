/** Display formats of the pilot planner: figures, percentages and dates in the visitor's locale. */
import { formatPercent, formatter } from '../framework/number-format';
import { formatDate } from '../framework/date-format';
import type { AgreementFormat } from './agreement';

/** A YYYY-MM-DD date for display ("Mar 1, 2027"). */
export const dateFormat = (locale: string) => (iso: string) => formatDate(iso, locale);

/** Every format the agreement and the results use. */
export function pilotFormat(locale: string): AgreementFormat {
  const figure = formatter(locale, { maximumFractionDigits: 2 });
  return {
    figure: (n) => (Number.isFinite(n) ? figure.format(n) : '—'),
    percent: (n) => formatPercent(n, locale, 1),
    date: dateFormat(locale),
  };
}
