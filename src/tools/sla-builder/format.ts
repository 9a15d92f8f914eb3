/** The SLA builder's number formats in the visitor's locale and currency. */
import { formatMoney, formatNumber, formatter } from '../framework/number-format';
import type { Formats } from './results';

/** Formatters for a locale and currency. */
export function formatsFor(locale: string, currency: string): Formats {
  const four = formatter(locale, { style: 'percent', minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return {
    number: (n) => formatNumber(n, locale, 2),
    achieved: (n) => four.format(n / 100),
    money: (n) => formatMoney(n, locale, currency, true),
  };
}
