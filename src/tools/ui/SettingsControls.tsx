/** Number format and currency, shared by every tool (changing them here changes them everywhere). */
import { setCurrency, setLocale } from '../framework/settings';
import { CURRENCIES, LOCALES } from '../framework/settings-options';
import { useSettings } from './hooks';

export function SettingsControls() {
  const { locale, currency } = useSettings();
  const locales = LOCALES.some((l) => l.tag === locale) ? LOCALES : [{ tag: locale, label: locale }, ...LOCALES];
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return (
    <details class="settings no-print">
      <summary>
        Number format and currency: {locale}, {currency}
      </summary>
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
    </details>
  );
}
