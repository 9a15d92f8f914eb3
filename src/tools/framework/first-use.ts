/**
 * A tool page's first use. On a first visit (nothing stored by this site, the server's
 * settings, no share link) the server's HTML is what the tool shows until the visitor acts on
 * the page, so code that only matters once something changes can wait for that: the parts of
 * a view that load on demand (ui/deferred.tsx) and the publishing of offers (ToolShell).
 */
import { storedHere } from './boot';
import { $settings, SSR_SETTINGS } from './settings';

/** What counts as the visitor acting on the page (another tab's write and a new address too). */
const ACTS = ['pointerdown', 'keydown', 'focusin', 'input', 'change'] as const;
const WINDOW_ACTS = ['storage', 'hashchange'] as const;

/** Whether the page was a first visit when the framework loaded, before any tool wrote. */
export const firstVisit: boolean = (() => {
  if (typeof document === 'undefined') return false;
  const s = $settings.get();
  return (
    !storedHere() &&
    !location.hash.includes('share=') &&
    s.locale === SSR_SETTINGS.locale &&
    s.currency === SSR_SETTINGS.currency
  );
})();

let used = !firstVisit;
const waiting: (() => void)[] = [];

function act(): void {
  used = true;
  for (const type of ACTS) document.removeEventListener(type, act, true);
  for (const type of WINDOW_ACTS) removeEventListener(type, act);
  waiting.splice(0).forEach((start) => start());
}

if (!used) {
  for (const type of ACTS) document.addEventListener(type, act, true);
  for (const type of WINDOW_ACTS) addEventListener(type, act);
}

/** Runs `start` once the page is in use: at once if it is, or at the visitor's first act. */
export function onFirstUse(start: () => void): void {
  if (used) start();
  else waiting.push(start);
}
