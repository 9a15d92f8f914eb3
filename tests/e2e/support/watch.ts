/**
 * Watches a page for the things that must never happen on this site: console errors,
 * uncaught errors, CSP violations and requests to any other origin. It also records the
 * JavaScript the page loads, so its gzip size can be checked against the budget.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  /** URL → gzip bytes of each external script loaded. */
  scripts: Map<string, number>;
  /** CSP violations reported in the page (read with `cspViolations`). */
}

/** Starts watching; call before `page.goto`. */
export function watchPage(page: Page, origin: string): PageWatch {
  const w: PageWatch = { consoleErrors: [], pageErrors: [], foreignRequests: [], scripts: new Map() };
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => w.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.foreignRequests.push(url);
  });
  page.on('response', async (res) => {
    const type = res.request().resourceType();
    const url = res.url();
    if (type === 'script' || (url.endsWith('.js') && res.ok())) {
      try {
        w.scripts.set(url, gzipSync(await res.body(), { level: 9 }).length);
      } catch {
        // The page navigated away before the body was read; nothing to count.
      }
    }
  });
  void page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return w;
}

/** CSP violations the page has reported so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Gzip bytes of the page's inline scripts (they count towards the budget too). */
export async function inlineScriptBytes(page: Page): Promise<number> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module')
      .map((s) => s.textContent ?? ''),
  );
  return texts.reduce((sum, t) => sum + (t.trim() ? gzipSync(t, { level: 9 }).length : 0), 0);
}

/**
 * Scrolls to the end of the page in steps, so lazily loaded code (e.g. charts) is counted: it
 * then waits until every request the scroll started has finished. (The page's network-idle
 * state was reached before the scroll, so waiting for it again would not wait for these.)
 */
export async function scrollToEnd(page: Page): Promise<void> {
  let inFlight = 0;
  let any = false;
  const started = () => {
    inFlight++;
    any = true;
  };
  const ended = () => inFlight--;
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  // From a settled page: an island that hydrates after the scroll has passed its parts
  // would never see them near the viewport.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      // Observers see only what a rendered frame showed: on a loaded machine 50 ms may hold
      // none, so each step also waits for a frame to have been rendered at this position.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, document.body.scrollHeight);
    // Room for an observer that saw the last step to start its import.
    await new Promise((r) => setTimeout(r, 100));
  });
  for (let waited = 0; inFlight > 0 && waited < 5000; waited += 25) await page.waitForTimeout(25);
  page.off('request', started);
  page.off('requestfinished', ended);
  page.off('requestfailed', ended);
  // The watcher reads each script's body after it arrives.
  if (any) await page.waitForTimeout(50);
  await page.waitForLoadState('networkidle');
}
