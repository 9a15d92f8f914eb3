/**
 * public/embed.js, the host script trainers paste beside an embed: run as shipped in a fake
 * page with two embeds and one other iframe, then fed messages. Only a height posted by an
 * embed's own window from its own origin, within 0 < height <= 20000, may resize that embed.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';

const SOURCE = readFileSync('public/embed.js', 'utf8');
const SITE = 'https://outsource-smart.example';

interface FakeFrame {
  src: string;
  contentWindow: object;
  style: { height: string };
  embed: boolean;
  getAttribute(name: string): string | null;
}

function frame(src: string, embed = true): FakeFrame {
  return { src, embed, contentWindow: {}, style: { height: '' }, getAttribute: (n) => (n === 'src' ? src : null) };
}

/** A host page: runs the script and returns a way to deliver a message event. */
function hostPage(frames: FakeFrame[]) {
  let listener: ((e: unknown) => void) | undefined;
  let listeners = 0;
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'message') {
        listener = fn;
        listeners++;
      }
    },
  };
  const document = {
    baseURI: 'https://trainer.example/course/',
    querySelectorAll: (sel: string) => {
      expect(sel).toBe('iframe[data-outsource-smart]');
      return frames.filter((f) => f.embed);
    },
  };
  const context = { window, document, URL, isFinite };
  runInNewContext(SOURCE, context);
  return {
    post: (source: object | null, origin: string, data: unknown) => listener!({ source, origin, data }),
    again: () => runInNewContext(SOURCE, context),
    listeners: () => listeners,
  };
}

const msg = (height: unknown) => ({ type: 'outsource-smart:height', height });

describe('public/embed.js', () => {
  let a: FakeFrame, b: FakeFrame, other: FakeFrame, page: ReturnType<typeof hostPage>;
  beforeEach(() => {
    a = frame(`${SITE}/embed/total-cost/?theme=dark`);
    b = frame(`${SITE}/embed/raci/`);
    other = frame(`${SITE}/embed/readiness/`, false); // Same site, but not marked as an embed.
    page = hostPage([a, b, other]);
  });

  it('sizes the iframe whose window posted, rounding up', () => {
    page.post(a.contentWindow, SITE, msg(812.3));
    expect(a.style.height).toBe('813px');
    expect(b.style.height).toBe('');
    page.post(b.contentWindow, SITE, msg(20000));
    expect(b.style.height).toBe('20000px');
  });

  it('finds iframes added after the script ran', () => {
    const late = frame(`${SITE}/embed/sla-builder/`);
    const frames = [a];
    const p = hostPage(frames);
    frames.push(late);
    p.post(late.contentWindow, SITE, msg(640));
    expect(late.style.height).toBe('640px');
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['zero', 0],
    ['negative', -5],
    ['huge', 20001],
    ['a numeric string', '500'],
    ['null', null],
    ['an object', { valueOf: (): number => 500 }],
  ])('ignores a %s height', (_, height) => {
    page.post(a.contentWindow, SITE, msg(height));
    expect(a.style.height).toBe('');
  });

  it.each([
    ['a string', 'outsource-smart:height'],
    ['another type', { type: 'resize', height: 500 }],
    ['no type', { height: 500 }],
    ['null', null],
    ['a number', 500],
  ])('ignores data that is %s', (_, data) => {
    page.post(a.contentWindow, SITE, data);
    expect(a.style.height).toBe('');
  });

  it('ignores a height from another window (the host page, another iframe, no source)', () => {
    page.post({}, SITE, msg(500));
    page.post(other.contentWindow, SITE, msg(500));
    page.post(null, SITE, msg(500));
    expect([a.style.height, b.style.height, other.style.height]).toEqual(['', '', '']);
  });

  it('ignores the right window posting from the wrong origin (it navigated elsewhere)', () => {
    page.post(a.contentWindow, 'https://evil.example', msg(500));
    page.post(a.contentWindow, 'https://outsource-smart.example:8443', msg(500));
    page.post(a.contentWindow, 'http://outsource-smart.example', msg(500));
    page.post(a.contentWindow, 'null', msg(500));
    expect(a.style.height).toBe('');
  });

  it('reads a relative src against the host page', () => {
    const rel = frame('/embed/raci/');
    const p = hostPage([rel]);
    p.post(rel.contentWindow, SITE, msg(500));
    expect(rel.style.height).toBe('');
    p.post(rel.contentWindow, 'https://trainer.example', msg(500));
    expect(rel.style.height).toBe('500px');
  });

  it('listens once even when included twice', () => {
    page.again();
    expect(page.listeners()).toBe(1);
  });

  it('is at most 2 KB gzip (SPEC budget)', () => {
    expect(gzipSync(SOURCE, { level: 9 }).length).toBeLessThanOrEqual(2048);
  });
});
