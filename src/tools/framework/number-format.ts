/**
 * Locale-aware number parsing and formatting for text inputs (we never use type=number:
 * it rejects "1.234,56" in de-DE and silently turns bad input into an empty value).
 */

/** The kind of a numeric field, which decides its keyboard, format and checks. */
export type NumberKind = 'number' | 'integer' | 'money' | 'percent';

/** Result of parsing what a visitor typed. `null` value = the field is empty. */
export type ParseResult = { ok: true; value: number | null } | { ok: false; reason: 'format' | 'whole' };

interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, Separators>();

/**
 * The group and decimal separators of a locale (e.g. "." and "," in de-DE). Read from the
 * input fields' own formatter, which the page made when it rendered them: a new
 * Intl.NumberFormat costs about 1 ms, on the first keystroke of the page otherwise.
 */
export function separators(locale: string): Separators {
  let s = separatorCache.get(locale);
  if (!s) {
    const parts = formatter(locale, { maximumFractionDigits: INPUT_DECIMALS }).formatToParts(1234567.5);
    s = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(locale, s);
  }
  return s;
}

const SPACES = /[\s\u00a0\u202f]/g;

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: creating one is slow, and results tables format hundreds of cells. */
export function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * Parses a number as typed in `locale`. Accepts grouping ("45,000", "45.000" in de-DE,
 * "45 000" in fr-FR), a leading currency symbol or trailing %, and a leading minus.
 * Rejects misplaced group separators ("1,23,4" in en-US), exponents ("1e309") and words.
 */
export function parseLocaleNumber(text: string, locale: string, kind: NumberKind = 'number'): ParseResult {
  let t = text.trim();
  if (t === '') return { ok: true, value: null };
  // Exponent notation ("1e9", "2.5E-3"): the mantissa in the locale's own format, times 10^n,
  // so that a huge value gets the range message rather than "must be a number".
  const exp = /^([^eE]*\d)[eE]([+-]?\d{1,3})$/.exec(t);
  if (exp) {
    const m = parseLocaleNumber(exp[1]!, locale, 'number');
    if (!m.ok || m.value === null) return { ok: false, reason: 'format' };
    const v = Number(`${m.value}e${exp[2]}`);
    if (!Number.isFinite(v)) return { ok: false, reason: 'format' };
    const value = Number(v.toFixed(INPUT_DECIMALS));
    if (kind === 'integer' && !Number.isInteger(value)) return { ok: false, reason: 'whole' };
    return { ok: true, value: Object.is(value, -0) ? 0 : value };
  }
  const { group, decimal } = separators(locale);
  t = t.replace(/^[-\u2212]?\s*[^\d\s.,\u2212-]{1,3}\s*/, (m) => (/[-\u2212]/.test(m) ? '-' : '')); // currency symbol
  t = t.replace(/\s*%$/, '').replace(/\u2212/g, '-');
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  const groupIsSpace = /\s/.test(group) || group === '\u202f';
  if (groupIsSpace) t = t.replace(SPACES, ' ');
  const [intPart = '', fracPart, extra] = t.split(decimal);
  if (extra !== undefined) return { ok: false, reason: 'format' };
  const g = groupIsSpace ? ' ' : group;
  // Groups of 3, or 2 then 3 as in Indian grouping (1,00,000).
  const grouped = new RegExp(`^\\d{1,3}(${escape(g)}\\d{2,3})*${escape(g)}\\d{3}$`);
  let digits: string;
  if (/^\d+$/.test(intPart)) digits = intPart;
  else if (grouped.test(intPart)) digits = intPart.split(g).join('');
  else if (intPart === '' && fracPart !== undefined) digits = '0';
  else return { ok: false, reason: 'format' };
  if (fracPart !== undefined && !/^\d+$/.test(fracPart)) return { ok: false, reason: 'format' };
  const exact = Number(`${negative ? '-' : ''}${digits}${fracPart ? `.${fracPart}` : ''}`);
  if (!Number.isFinite(exact)) return { ok: false, reason: 'format' };
  // Kept to the decimals a field shows (INPUT_DECIMALS), so what is stored is what is shown.
  const value = fracPart && fracPart.length > INPUT_DECIMALS ? Number(exact.toFixed(INPUT_DECIMALS)) : exact;
  if (kind === 'integer' && !Number.isInteger(value)) return { ok: false, reason: 'whole' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Decimals an input field shows and keeps: typed 1.234 is stored and shown as 1.234. */
export const INPUT_DECIMALS = 6;

/** Formats a value for an input field (grouping, up to `maxDecimals` decimals, no symbol). */
export function formatForInput(value: number | null, locale: string, maxDecimals = INPUT_DECIMALS): string {
  if (value === null || !Number.isFinite(value)) return '';
  return formatter(locale, { maximumFractionDigits: maxDecimals }).format(value);
}

/** Money for display, e.g. "$45,000" or "45.000 €"; whole units unless `cents`. */
export function formatMoney(value: number, locale: string, currency: string, cents = false): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: cents ? 2 : 0,
    minimumFractionDigits: cents ? 2 : 0,
  }).format(value);
}

/** A plain number for display, e.g. "1,234.5". */
export function formatNumber(value: number, locale: string, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(locale, { maximumFractionDigits: maxDecimals }).format(value);
}

/** A percentage for display from a value in percent units, e.g. 12.34 → "12.3%". */
export function formatPercent(value: number, locale: string, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(locale, { style: 'percent', maximumFractionDigits: maxDecimals }).format(value / 100);
}
