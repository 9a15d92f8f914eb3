/**
 * The theme select in the header: System / Light / Dark. The choice is stored under the
 * same key the inline head script reads before first paint (see layouts/theme-init.mjs).
 */
import { THEME_KEY } from '../layouts/theme-init.mjs';

const select = document.querySelector<HTMLSelectElement>('#theme-select');
if (select) {
  select.value = document.documentElement.dataset.theme ?? 'system';
  select.addEventListener('change', () => {
    const theme = select.value === 'light' || select.value === 'dark' ? select.value : 'system';
    document.documentElement.dataset.theme = theme;
    document.dispatchEvent(new CustomEvent('os-theme-change'));
    try {
      if (theme === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Storage blocked: the choice still applies to this page view.
    }
  });
}
