/**
 * Global settings shared by every tool: number locale and currency (ISO 4217). Defaults come
 * from the browser's language; the visitor can change them in any tool.
 */
import './boot';
import * as z from 'zod/mini';
import { persistentAtom } from '@nanostores/persistent';

/** Locales offered in the settings (any valid BCP 47 tag is accepted from storage). */
export const LOCALES: { tag: string; label: string }[] = [
  { tag: 'en-US', label: 'English (United States) — 1,234.56' },
  { tag: 'en-GB', label: 'English (United Kingdom) — 1,234.56' },
  { tag: 'en-IN', label: 'English (India) — 1,23,456.78' },
  { tag: 'de-DE', label: 'Deutsch (Deutschland) — 1.234,56' },
  { tag: 'fr-FR', label: 'Français (France) — 1 234,56' },
  { tag: 'es-ES', label: 'Español (España) — 1.234,56' },
  { tag: 'nl-NL', label: 'Nederlands — 1.234,56' },
  { tag: 'de-CH', label: 'Deutsch (Schweiz) — 1’234.56' },
];

/** Currencies offered in the settings. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'INR', 'CHF', 'SGD', 'ZAR', 'JPY'];

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

const localeSchema = z.string().check(
  z.refine((tag) => {
    try {
      return Intl.NumberFormat.supportedLocalesOf(tag).length > 0;
    } catch {
      return false;
    }
  }, 'unknown locale'),
);

/** The stored settings. */
export const settingsSchema = z.object({
  locale: localeSchema,
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});

/** Settings as used by tools. */
export type Settings = z.output<typeof settingsSchema>;

/** Settings for a browser language such as "de-DE" (falls back to en-US and USD). */
export function defaultSettings(language = typeof navigator === 'undefined' ? 'en-US' : navigator.language): Settings {
  const locale = localeSchema.safeParse(language).success ? language : 'en-US';
  const region = new Intl.Locale(locale).maximize().region ?? 'US';
  return { locale, currency: REGION_CURRENCY[region] ?? 'USD' };
}

/** The settings shown on the server and before hydration: always the same, so markup matches. */
export const SSR_SETTINGS: Settings = { locale: 'en-US', currency: 'USD' };

/** Global settings, persisted under `os:settings`. */
export const $settings = persistentAtom<Settings>('os:settings', defaultSettings(), {
  encode: JSON.stringify,
  decode: (text) => {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : defaultSettings();
    } catch {
      return defaultSettings();
    }
  },
});

/** Changes the number locale. */
export function setLocale(locale: string): void {
  if (localeSchema.safeParse(locale).success) $settings.set({ ...$settings.get(), locale });
}

/** Changes the currency. */
export function setCurrency(currency: string): void {
  if (/^[A-Z]{3}$/.test(currency)) $settings.set({ ...$settings.get(), currency });
}
