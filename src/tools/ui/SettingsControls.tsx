/**
 * Number format and currency, shared by every tool (changing them here changes them
 * everywhere). The selects load when the visitor first opens the settings, so pages do not
 * carry the list of locales and currencies up front.
 */
import { useState } from 'preact/hooks';
import type { SettingsFields as Fields } from './SettingsFields';
import { useSettings } from './hooks';

export function SettingsControls() {
  const { locale, currency } = useSettings();
  const [view, setView] = useState<typeof Fields | null>(null);
  const View = view;
  return (
    <details
      class="settings no-print"
      onToggle={(e) => {
        if (e.currentTarget.open && !view) void import('./SettingsFields').then((m) => setView(() => m.SettingsFields));
      }}
    >
      <summary>
        Number format and currency: {locale}, {currency}
      </summary>
      {View ? <View locale={locale} currency={currency} /> : <p class="hint">Loading the choices…</p>}
    </details>
  );
}
