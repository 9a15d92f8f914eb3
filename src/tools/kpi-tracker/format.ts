/** Number and money formats of the visitor's settings, for the tracker's texts. */
import { formatMoney, formatNumber } from '../framework/number-format';

/** Formatters: plain figures (up to 4 decimals, as availability needs) and money with cents. */
export function formatsFor(locale: string, currency: string) {
  return {
    number: (n: number) => formatNumber(n, locale, 4),
    money: (n: number) => formatMoney(n, locale, currency, true),
  };
}

export type Formats = ReturnType<typeof formatsFor>;
