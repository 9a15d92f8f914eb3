import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatForInput, formatMoney, parseLocaleNumber } from './number-format';

describe('parseLocaleNumber', () => {
  it.each([
    ['45000', 'en-US', 45000],
    ['45,000', 'en-US', 45000],
    ['1,234.56', 'en-US', 1234.56],
    ['1.234,56', 'de-DE', 1234.56],
    ['1234,5', 'de-DE', 1234.5],
    ['45 000', 'fr-FR', 45000],
    ['45\u202f000,5', 'fr-FR', 45000.5],
    ['$45,000', 'en-US', 45000],
    ['£1,200.50', 'en-GB', 1200.5],
    ['27%', 'en-US', 27],
    ['27 %', 'fr-FR', 27],
    ['-3', 'en-US', -3],
    ['.5', 'en-US', 0.5],
    ['  12  ', 'en-US', 12],
    ['0', 'en-US', 0],
    ['1e3', 'en-US', 1000],
    ['2.5E-3', 'en-US', 0.0025],
    ['-1e9', 'en-US', -1_000_000_000],
  ])('%j in %s is %d', (text, locale, value) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'en-US'],
    ['1e309', 'en-US'],
    ['1e', 'en-US'],
    ['1e3e3', 'en-US'],
    ['Infinity', 'en-US'],
    ['NaN', 'en-US'],
    ['1.234,56', 'en-US'],
    ['1,23,4', 'en-US'],
    ['12,34', 'en-US'],
    ['1.2.3', 'en-US'],
    ['12abc', 'en-US'],
    ['--5', 'en-US'],
    ['9'.repeat(400), 'en-US'],
  ])('%j in %s is rejected', (text, locale) => {
    expect(parseLocaleNumber(text, locale).ok).toBe(false);
  });

  it('treats an empty field as no value', () => {
    expect(parseLocaleNumber('   ', 'en-US')).toEqual({ ok: true, value: null });
  });

  it('asks for a whole number where one is needed', () => {
    expect(parseLocaleNumber('2.5', 'en-US', 'integer')).toEqual({ ok: false, reason: 'whole' });
    expect(parseLocaleNumber('36', 'en-US', 'integer')).toEqual({ ok: true, value: 36 });
  });

  it('reads back whatever it formats, in every supported locale (property)', () => {
    const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'en-IN', 'de-CH', 'ja-JP'];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (locale, whole, cents) => {
          const value = whole + (Math.sign(whole || 1) * cents) / 100;
          const r = parseLocaleNumber(formatForInput(value, locale), locale);
          expect(r.ok && r.value).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});

describe('formatMoney', () => {
  it('never shows NaN or Infinity', () => {
    expect(formatMoney(Number.NaN, 'en-US', 'USD')).toBe('—');
    expect(formatMoney(Infinity, 'en-US', 'USD')).toBe('—');
    expect(formatMoney(1234.5, 'en-US', 'USD')).toBe('$1,235');
  });
});
