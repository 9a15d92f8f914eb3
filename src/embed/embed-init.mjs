/**
 * The embed pages' options (query parameters) and the inline script that applies them to
 * <html> before the first paint. Each option takes one of a fixed list of values; anything else
 * is ignored, and a value is only ever written as one of these known words (never echoed from
 * the address). Like theme-init.mjs, the script must run synchronously in <head> (storage must be
 * chosen before framework/boot.ts runs, the theme before paint), so its SHA-256 is added to the
 * CSP by astro.config.mjs: keep it in this one constant. options.ts gives the same rules to
 * TypeScript code (the embed builder), and options.test.ts checks that both agree.
 */

/** Allowed values per option; the first one is the default. */
export const EMBED_CHOICES = {
  theme: ['auto', 'light', 'dark'],
  storage: ['local', 'session', 'none'],
  presenter: ['off', 'on'],
  intro: ['show', 'hide'],
  accent: ['blue', 'purple', 'teal', 'orange', 'plum', 'green'],
};

/**
 * Sets `data-embed-<option>` on <html> for every valid option given, `data-storage` for the
 * storage (read by framework/boot.ts) and `data-theme` (read by tokens.css; auto is "system").
 */
export const EMBED_INIT_SCRIPT =
  `(function(){var c=${JSON.stringify(EMBED_CHOICES)},q,d=document.documentElement,k,v;` +
  'try{q=new URLSearchParams(location.search)}catch(e){return}' +
  'for(k in c){v=q.get(k);if(v===null||c[k].indexOf(v)<0)v=c[k][0];d.setAttribute("data-embed-"+k,v)}' +
  'd.setAttribute("data-storage",d.getAttribute("data-embed-storage"));' +
  'v=d.getAttribute("data-embed-theme");d.setAttribute("data-theme",v==="auto"?"system":v)})()';
