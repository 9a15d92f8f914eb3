/**
 * The choices offered by the settings controls (any valid BCP 47 tag and ISO 4217 code is
 * accepted from storage). Apart from settings.ts so pages without the controls do not load them.
 */

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
