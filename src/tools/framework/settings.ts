/**
 * Global settings shared by every tool: number locale and currency (ISO 4217). Defaults come
 * from the browser's language; the visitor can change them in any tool.
 */
import './boot';
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { keepBackup } from './backups';

const REGION_CURRENCY: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  IE: 'EUR',
  DE: 'EUR',
  FR: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  AT: 'EUR',
  PT: 'EUR',
  FI: 'EUR',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  CH: 'CHF',
  SG: 'SGD',
  ZA: 'ZAR',
  JP: 'JPY',
};

/**
 * True for a well-formed locale tag. (Intl.NumberFormat.supportedLocalesOf would also check
 * support, but costs about 60 ms at page load; an unsupported tag falls back to the browser's
 * default formatting, which is harmless.)
 */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Currency of a language when the tag names no region (e.g. plain "de"). */
const LANGUAGE_CURRENCY: Record<string, string> = {
  de: 'EUR',
  fr: 'EUR',
  es: 'EUR',
  it: 'EUR',
  nl: 'EUR',
  pt: 'EUR',
  fi: 'EUR',
  ja: 'JPY',
  hi: 'INR',
};

/** Settings as used by tools: a locale tag and an ISO 4217 currency code. */
export interface Settings {
  locale: string;
  currency: string;
}

/**
 * Stored or imported settings, checked (other fields are dropped), or null. Checked by hand
 * rather than with Zod: two strings, read on every tool page, which never loads Zod for a
 * first visit (lazy-schema.ts).
 */
export function readSettings(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { locale, currency } = value as Record<string, unknown>;
  return typeof locale === 'string' && isLocale(locale) && typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)
    ? { locale, currency }
    : null;
}

/** Settings for a browser language such as "de-DE" (falls back to en-US and USD). */
export function defaultSettings(language = typeof navigator === 'undefined' ? 'en-US' : navigator.language): Settings {
  // A regex rather than Intl.Locale#maximize(), which is slow on first use and runs at page load.
  const locale = isLocale(language) ? language : 'en-US';
  const [lang = 'en', region] = locale.split('-').map((p, i) => (i === 0 ? p.toLowerCase() : p.toUpperCase()));
  const currency = (region && REGION_CURRENCY[region]) ?? LANGUAGE_CURRENCY[lang] ?? 'USD';
  return { locale, currency };
}

/** The settings shown on the server and before hydration: always the same, so markup matches. */
export const SSR_SETTINGS: Settings = { locale: 'en-US', currency: 'USD' };

/** Where the settings are stored. */
export const SETTINGS_KEY = 'os:settings';

/** Set when stored settings could not be read: they were kept aside (like tool data), and the defaults used. */
export const $settingsNotice = atom<{ message: string; backupKey: string } | null>(null);

/** Global settings, persisted under `os:settings`. Unreadable settings are kept aside, and the visitor told. */
export const $settings = persistentAtom<Settings>(SETTINGS_KEY, defaultSettings(), {
  encode: JSON.stringify,
  decode: (text) => {
    let parsed: Settings | null = null;
    try {
      parsed = readSettings(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (parsed) return parsed;
    const { backupKey } = keepBackup(SETTINGS_KEY, text);
    $settingsNotice.set({
      message:
        'Your number format and currency settings could not be read, so the defaults are used. The stored text was kept aside; you can download it.',
      backupKey,
    });
    return defaultSettings();
  },
});

/** Changes the number locale. */
export function setLocale(locale: string): void {
  if (isLocale(locale)) $settings.set({ ...$settings.get(), locale });
}

/** Changes the currency. */
export function setCurrency(currency: string): void {
  if (/^[A-Z]{3}$/.test(currency)) $settings.set({ ...$settings.get(), currency });
}
