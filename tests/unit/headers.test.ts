/**
 * public/_headers: security headers on every route, framing forbidden everywhere except
 * /embed/* — unknown paths (served the 404 page) included — computed the way each host
 * applies the file: Cloudflare Pages joins every matching rule's values and honours "! Name"
 * detach lines; Netlify lets a later matching rule's header replace an earlier one of the
 * same name and skips lines without a colon (the model is in tests/e2e/support/headers-model.ts,
 * which the e2e server of tests/e2e/embeds.spec.ts applies to dist/).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, type Host } from '../e2e/support/headers-model';

/** Whether a browser lets another site frame the response (CSP frame-ancestors wins over X-Frame-Options). */
function framable(h: Map<string, string[]>): 'none' | 'https' {
  const csp = h.get('content-security-policy') ?? [];
  const ancestors = csp.flatMap((p) => p.split(',')).filter((p) => p.trim().startsWith('frame-ancestors'));
  if (ancestors.length) return ancestors.some((p) => p.includes("'none'")) ? 'none' : 'https';
  return h.get('x-frame-options')?.length ? 'none' : 'https';
}

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

/** One sample URL per top-level route in src/pages (files and folders). */
const pagePaths = readdirSync('src/pages', { withFileTypes: true })
  .map((d) => d.name.replace(/\.(astro|ts|md|mdx)$/, ''))
  .filter((name) => name !== 'embed' && !name.endsWith('.txt') && !name.startsWith('_'))
  .map((name) => (name === 'index' ? '/' : name === '404' ? '/404.html' : `/${name}/`))
  .concat(['/no-such-page/', '/guides/no-such-guide/']); // Hosts serve 404.html there.

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

  describe.each<Host>(['cloudflare', 'netlify'])('on %s', (host) => {
    it.each(pagePaths)('forbids framing of %s', (path) => {
      const h = headersFor(rules, path, host);
      expect(h.get('x-frame-options')).toEqual(['DENY']);
      expect(h.get('content-security-policy')).toEqual(["frame-ancestors 'none'"]);
      expect(framable(h)).toBe('none');
    });

    it('lets any https site frame /embed/*', () => {
      const h = headersFor(rules, '/embed/total-cost/', host);
      expect(h.get('content-security-policy')).toEqual(['frame-ancestors https:']);
      expect(framable(h)).toBe('https');
    });
  });

  it('covers every top-level route of src/pages', () => {
    expect(pagePaths.length).toBeGreaterThanOrEqual(8);
  });

  it('on Cloudflare, /embed/* carries no X-Frame-Options at all (detached)', () => {
    expect(headersFor(rules, '/embed/total-cost/', 'cloudflare').get('x-frame-options')).toBeUndefined();
  });
});
