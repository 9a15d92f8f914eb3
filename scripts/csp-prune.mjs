#!/usr/bin/env node
/**
 * Keeps in each page's CSP only the hashes of the inline scripts and styles that page holds.
 *
 * Astro writes into every page's <meta http-equiv="content-security-policy"> the hashes of
 * every inline style of the whole build and of every script hash given in astro.config.mjs:
 * 30 hashes on each page where 3-6 are used, ~1 KB of incompressible base64 (~900 B gzip) in the
 * first round trip of every page. A hash that matches nothing on the page allows nothing the
 * page needs: dropping it only narrows the policy. Nothing on the site inserts an inline script
 * or style after load (islands and lazy CSS load from 'self', which stays), and the e2e suite
 * reports any CSP violation on every page.
 * Run by scripts/build.mjs after `astro build`, before the offline manifest hashes the pages.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The CSP source of an inline element's text, as the browser computes it. */
const sourceOf = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes the inline scripts (no src) and styles of a page need. */
function usedSources(html) {
  const used = new Set();
  for (const [, attrs, text] of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi))
    if (!/\ssrc=/i.test(attrs ?? '')) used.add(sourceOf(text));
  for (const [, text] of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) used.add(sourceOf(text));
  return used;
}

/**
 * The page with its CSP's script-src and style-src reduced to the hashes it uses; every other
 * source and directive is kept as it was. A page without a CSP meta element is returned as is.
 * @param {string} html
 * @returns {string}
 */
export function pruneCsp(html) {
  const meta = META.exec(html);
  if (!meta) return html;
  const used = usedSources(html);
  const policy = meta[2]
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      return [name, ...sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || used.has(s))].join(' ');
    })
    .join(';');
  return html.replace(META, (_, open, _old, close) => open + policy + close);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(p);
    return d.name.endsWith('.html') ? [p] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let before = 0;
  let after = 0;
  const files = htmlFiles('dist');
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pruned = pruneCsp(html);
    before += html.length;
    after += pruned.length;
    if (pruned !== html) writeFileSync(file, pruned);
  }
  console.log(`CSP: ${files.length} pages, unused hashes removed (${before - after} B)`);
}
