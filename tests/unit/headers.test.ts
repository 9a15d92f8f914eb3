/**
 * public/_headers: security headers on every route, framing forbidden everywhere except
 * /embed/*, computed the way Netlify and Cloudflare do it (all matching rules merged).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Rules = { pattern: string; headers: [string, string][] }[];

function parseHeaders(text: string): Rules {
  const rules: Rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Netlify/Cloudflare matching: `*` matches any run of characters, everything else literally. */
function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** All header values that apply to a path, merged over every matching rule. */
function headersFor(rules: Rules, path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.pattern, path)))
    for (const [k, v] of rule.headers) out.set(k, [...(out.get(k) ?? []), v]);
  return out;
}

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

/** One sample URL per top-level route in src/pages (files and folders). */
const pagePaths = readdirSync('src/pages', { withFileTypes: true })
  .map((d) => d.name.replace(/\.(astro|ts|md|mdx)$/, ''))
  .filter((name) => name !== 'embed' && !name.endsWith('.txt') && !name.startsWith('_'))
  .map((name) => (name === 'index' ? '/' : name === '404' ? '/404.html' : `/${name}/`));

describe('public/_headers', () => {
  it.each(['/', '/guides/why-outsource/', '/embed/total-cost/', '/_astro/x.js'])(
    'sets the common security headers on %s',
    (path) => {
      const h = headersFor(rules, path);
      expect(h.get('strict-transport-security')?.[0]).toMatch(/max-age=\d{8,}/);
      expect(h.get('x-content-type-options')).toEqual(['nosniff']);
      expect(h.get('referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
      expect(h.get('cross-origin-opener-policy')).toEqual(['same-origin']);
      const perms = h.get('permissions-policy')?.[0] ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'])
        expect(perms).toContain(`${feature}=()`);
    },
  );

  it.each(pagePaths)('forbids framing of %s', (path) => {
    const h = headersFor(rules, path);
    expect(h.get('x-frame-options')).toEqual(['DENY']);
    expect(h.get('content-security-policy')).toEqual(["frame-ancestors 'none'"]);
  });

  it('covers every top-level route of src/pages', () => {
    expect(pagePaths.length).toBeGreaterThanOrEqual(8);
  });

  it('lets any https site frame /embed/* and nothing else sets a conflicting rule there', () => {
    const h = headersFor(rules, '/embed/total-cost/');
    expect(h.get('x-frame-options')).toBeUndefined();
    expect(h.get('content-security-policy')).toEqual(['frame-ancestors https:']);
  });
});
