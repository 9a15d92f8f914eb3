/**
 * The one inline script of the site: it applies the visitor's stored theme before the first
 * paint, so a dark-theme visitor never sees a flash of the light theme. It must run
 * synchronously in <head>, which a bundled module script cannot. Its SHA-256 hash is added to
 * the CSP by astro.config.mjs, so keep it in this one constant and never edit the markup copy.
 */
export const THEME_INIT_SCRIPT =
  "(function(){var t;try{t=localStorage.getItem('os-theme')}catch(e){}" +
  "document.documentElement.dataset.theme=t==='light'||t==='dark'?t:'system'})()";

/** The storage key of the theme setting (shared with the theme switcher). */
export const THEME_KEY = 'os-theme';
