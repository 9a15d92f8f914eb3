/** Display formats of the pilot planner: figures, percentages and dates in the visitor's locale. */
import { formatPercent, formatter } from '../framework/number-format';
import type { AgreementFormat } from './agreement';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date for display ("2 Mar 2027"), read as a calendar day (no time zone shift). */
export function dateFormat(locale: string): (iso: string) => string {
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  return (iso) => f.format(new Date(`${iso}T00:00:00Z`));
}

/** Every format the agreement and the results use. */
export function pilotFormat(locale: string): AgreementFormat {
  const figure = formatter(locale, { maximumFractionDigits: 2 });
  return {
    figure: (n) => (Number.isFinite(n) ? figure.format(n) : '—'),
    percent: (n) => formatPercent(n, locale, 1),
    date: dateFormat(locale),
  };
}
