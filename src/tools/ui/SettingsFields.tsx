/** The number-format and currency selects (loaded when the settings are first opened). */
import { setCurrency, setLocale } from '../framework/settings';
import { CURRENCIES, LOCALES } from '../framework/settings-options';

interface Props {
  locale: string;
  currency: string;
}

export function SettingsFields({ locale, currency }: Props) {
  const locales = LOCALES.some((l) => l.tag === locale) ? LOCALES : [{ tag: locale, label: locale }, ...LOCALES];
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return (
    <div class="settings-row">
      <div class="field">
        <label for="setting-locale">Number format</label>
        <select id="setting-locale" value={locale} onChange={(e) => setLocale(e.currentTarget.value)}>
          {locales.map((l) => (
            <option key={l.tag} value={l.tag}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="setting-currency">Currency</label>
        <select id="setting-currency" value={currency} onChange={(e) => setCurrency(e.currentTarget.value)}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
