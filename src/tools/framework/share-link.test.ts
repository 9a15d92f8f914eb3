import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, MAX_ENCODED, shareUrl } from './share-link';

describe('share links', () => {
  it('round-trips any JSON text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), async (json) => {
        const decoded = await decodeShare(`#share=${await encodeShare(json)}`);
        expect(decoded).toEqual({ ok: true, json });
      }),
      { numRuns: 50 },
    );
  });

  it('puts the state in the fragment, never the path or query', async () => {
    const url = new URL(await shareUrl('{"a":1}', 'https://x.example/tools/total-cost/?utm=1#old'));
    expect(url.pathname).toBe('/tools/total-cost/');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['#', 'none'],
    ['#other=1', 'none'],
    ['#share=', false],
    ['#share=%%%', false],
    ['#share=not*base64', false],
    ['#share=AAAA', false],
    [`#share=${'A'.repeat(MAX_ENCODED + 1)}`, false],
  ])('%s → ok %s, never throws', async (hash, ok) => {
    const r = await decodeShare(hash);
    expect(r.ok).toBe(ok);
    if (r.ok === false) expect(r.message).toMatch(/share link/);
  });

  it('refuses a link that inflates beyond the limit (zip bomb)', async () => {
    const bomb = await encodeShare('0'.repeat(5_000_000));
    expect(bomb.length).toBeLessThan(MAX_ENCODED);
    const r = await decodeShare(`#share=${bomb}`);
    expect(r).toEqual({ ok: false, message: 'This share link holds more data than a tool can have.' });
  });
});
