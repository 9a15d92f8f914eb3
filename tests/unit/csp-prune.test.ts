/**
 * scripts/csp-prune.mjs: a page's CSP keeps the hashes of the inline scripts and styles that
 * page holds, and nothing else changes.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneCsp } from '../../scripts/csp-prune.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const THEME = "document.documentElement.dataset.theme='dark'";
const ISLAND = 'astro-island{display:contents}';

function page(policy: string, body = '') {
  return (
    `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">` +
    `<script>${THEME}</script><style>${ISLAND}</style><script type="module" src="/_astro/a.js"></script>` +
    `</head><body>${body}</body></html>`
  );
}
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1];

describe('pruneCsp', () => {
  it('keeps the hashes the page uses and every other source, and drops the rest', () => {
    const unusedScript = hash('other page');
    const unusedStyle = hash('body{color:red}');
    const html = page(
      `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)} ${unusedScript}; ` +
        `style-src 'self' ${unusedStyle} ${hash(ISLAND)}`,
    );
    expect(policyOf(pruneCsp(html))).toBe(
      `default-src 'self';img-src 'self' data:;script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)};style-src 'self' ${hash(ISLAND)}`,
    );
    // Only the meta element changes.
    expect(pruneCsp(html).replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('counts inline scripts and styles anywhere in the page, and not scripts with a src', () => {
    const late = 'console.log(1)';
    const external = hash('');
    const html = page(`script-src 'self' ${hash(late)} ${external}; style-src 'self'`, `<script>${late}</script>`);
    expect(policyOf(pruneCsp(html))).toBe(`script-src 'self' ${hash(late)};style-src 'self'`);
  });

  it('leaves a page without a CSP meta element as it is', () => {
    const html = '<!doctype html><html><head><style>p{}</style></head><body></body></html>';
    expect(pruneCsp(html)).toBe(html);
  });
});
