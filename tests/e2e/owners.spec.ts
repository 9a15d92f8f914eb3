/**
 * Tool pages as owners really use them (issue 12): no sideways scrolling at 320 px on any tool
 * page once filled, the answer at the top, two-page printouts, a short phone header, readable
 * line lengths, clean search snippets and a keyboard-safe reset.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { openTool } from './support/tool-page';
import { SCORECARD_THREE } from './support/scorecard-three';

/** Every built tool, as the tools index links them (new tools are covered without edits). */
async function toolPaths(page: Page): Promise<string[]> {
  await page.goto('/tools/');
  const hrefs = await page
    .locator('main a[href^="/tools/"]')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)].filter((h) => /^\/tools\/[a-z0-9-]+\/$/.test(h));
}

/** Fills a tool the way a visitor would, generically: adds rows, types values, picks answers. */
async function fillGenerically(page: Page): Promise<void> {
  const form = page.locator('.tool-shell');
  for (let round = 0; round < 2; round++) {
    const adds = form.getByRole('button', { name: /^Add (?!from library)/ });
    for (let i = 0, n = await adds.count(); i < n; i++) {
      const b = adds.nth(i);
      if ((await b.isVisible()) && (await b.isEnabled())) await b.click();
    }
  }
  await form.locator('input[type="text"]:visible:not([readonly])').evaluateAll((inputs) => {
    for (const el of inputs as HTMLInputElement[]) {
      el.value = el.inputMode === 'decimal' || el.inputMode === 'numeric' ? '3' : 'Northside Accounts and Payroll';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('blur'));
    }
  });
  await form.locator('textarea:visible:not([readonly])').evaluateAll((areas) => {
    for (const el of areas as HTMLTextAreaElement[]) {
      el.value = 'Month-end reconciliation of every supplier account, within five working days.';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  const radios = form.locator('input[type="radio"]:visible');
  for (let i = 0, n = Math.min(await radios.count(), 30); i < n; i += 3) await radios.nth(i).check();
}

test('no tool page scrolls sideways at 320 px, empty or filled', async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const paths = await toolPaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(13);
  const wide: string[] = [];
  const measure = async (what: string) => {
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    if (scroll > inner) wide.push(`${what}: ${scroll} px wide`);
  };
  for (const path of paths) {
    await openTool(page, path);
    await measure(`${path} (empty)`);
    await fillGenerically(page);
    await measure(`${path} (filled)`);
  }
  await context.close();
  expect(wide).toEqual([]);
});

test('no tool or plan page moves or rewrites its text once its script has run: the server draws what hydration shows', async ({
  browser,
}) => {
  // Issue 13: a stable LCP element and no layout shift. The page with JavaScript off (what the
  // server sent) must be as tall as the page hydrated and seeded, and loading must shift nothing.
  test.setTimeout(120_000);
  const size = { viewport: { width: 412, height: 823 } };
  const context = await browser.newContext(size);
  const noScript = await browser.newContext({ ...size, javaScriptEnabled: false });
  const page = await context.newPage();
  const bare = await noScript.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number; __moved: string[] };
    w.__shift = 0;
    w.__moved = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        w.__shift += e.value;
        for (const s of e.sources) w.__moved.push((s.node as Element | undefined)?.className?.toString() || '?');
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Text the server sent that hydration rewrites: a text node split into pieces, or written
    // again (with the same text too: the write still costs a layout).
    const r = window as unknown as { __rewrites: string[] };
    r.__rewrites = [];
    document.addEventListener('DOMContentLoaded', () =>
      new MutationObserver((records) => {
        for (const m of records) {
          const at = m.target instanceof Element ? m.target : m.target.parentElement;
          if (!at?.closest('astro-island')) continue;
          const old = m.oldValue ?? '';
          if (m.type === 'characterData') r.__rewrites.push(`"${old}"`);
          for (const n of m.addedNodes) if (n.nodeType === Node.TEXT_NODE) r.__rewrites.push(`+"${n.textContent}"`);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true, characterDataOldValue: true }),
    );
  });
  const paths = [...(await toolPaths(page)), '/plan/', '/plan/report/'];
  const moved: string[] = [];
  const mainHeight = (p: Page) => p.locator('main').evaluate((el) => Math.round(el.getBoundingClientRect().height));
  for (const path of paths) {
    await bare.goto(path);
    const server = await mainHeight(bare);
    await openTool(page, path);
    await page.waitForTimeout(250); // First-use seeding runs in the task after mount.
    const hydrated = await mainHeight(page);
    const [shift, what, rewrites] = await page.evaluate(() => {
      const w = window as unknown as { __shift: number; __moved: string[]; __rewrites: string[] };
      return [w.__shift, [...new Set(w.__moved)].join(', '), w.__rewrites] as const;
    });
    // Hydration keeps the server's text nodes as they are (src/tools/ui/text-runs.ts); only the
    // plan's storage line is written after mount, from what the browser says.
    const rewritten = rewrites.filter((t) => !/ept in this browser/.test(t));
    if (rewritten.length > 0)
      moved.push(`${path}: hydration rewrote ${rewritten.length} text nodes: ${rewritten.slice(0, 4).join(' ')}`);
    await page.evaluate(() => localStorage.clear()); // Each tool on first use (vendors are shared).
    // The plan page's storage line depends on what the browser says after mount (persistent or
    // not), below the fold: there only the shift counts.
    if (shift > 0.001 || (server !== hydrated && path !== '/plan/'))
      moved.push(
        `${path}: ${server} px from the server, ${hydrated} px hydrated; layout shift ${shift.toFixed(3)} (${what})`,
      );
  }
  await context.close();
  await noScript.close();
  expect(moved).toEqual([]);
});

test('the phone header is one short row; the menu opens the stages, tools and theme', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/guides/why-outsource/');
  const header = page.locator('.site-header');
  const height = (await header.boundingBox())!.height;
  expect(height).toBeLessThanOrEqual(120);
  expect(await header.evaluate((h) => getComputedStyle(h).position)).not.toMatch(/sticky|fixed/);
  const stages = page.getByRole('navigation', { name: 'Stages' });
  await expect(stages).toBeHidden();
  await page.getByText('Menu', { exact: true }).click();
  await expect(stages.getByRole('link', { name: /Contract/ })).toBeVisible();
  await expect(page.getByLabel('Theme')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await context.close();
});

test('the answer comes first: a live one-line result and a jump to the full results', async ({ page }) => {
  await openTool(page, '/tools/total-cost/');
  const glance = page.locator('.tool-glance');
  await expect(glance).toContainText('Over 36 months outsourcing saves 33 %; break-even in month 3.');
  await page.getByLabel('Monthly vendor fee').fill('6000');
  await expect(glance).toContainText('Over 36 months outsourcing costs');
  await glance.getByRole('link', { name: 'Jump to results' }).click();
  await expect(page.locator('.tool-results')).toBeFocused();
  // Exponent notation is a number: the visitor is told the range, not "must be a number".
  await page.getByLabel('Annual salary').fill('1e9');
  await page.getByLabel('Annual salary').blur();
  await expect(page.locator('.field-error').first()).toContainText('Annual salary must be 100,000,000 or less');
  // The results' "Correct the field…" links to the error summary, which links to the field.
  await page.locator('.tool-results').getByRole('link', { name: 'field marked with an error' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
});

test('Reset asks first: focus moves into the question, Escape cancels and returns to Reset', async ({ page }) => {
  await openTool(page, '/tools/total-cost/');
  await page.getByLabel('Annual salary').fill('52000');
  const reset = page.getByRole('button', { name: 'Reset', exact: true });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Yes, reset' })).toHaveCount(0);
  await expect(reset).toBeFocused();
  await expect(page.getByLabel('Annual salary')).toHaveValue('52,000');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Yes, reset' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reset).toBeFocused();
  await expect(page.getByLabel('Annual salary')).toHaveValue('45,000');
});

/** Pages in a PDF (each page object once). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('total cost and a three-vendor scorecard each print on two A4 pages, results first', async ({ page }) => {
  await openTool(page, '/tools/total-cost/');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.getByText('Data table: Cumulative cost by month').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(36);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tool-messages')).toBeHidden();
  await expect(page.locator('.print-meta')).toContainText('Engagement: My first engagement');
  // The monthly table prints by year: months 12, 24 and 36.
  await expect(page.locator('.chart-table tbody tr:visible')).toHaveCount(3);
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(2);
  await page.emulateMedia({ media: 'screen' });

  await page.evaluate((records) => {
    for (const [k, v] of Object.entries(records)) localStorage.setItem(k, v);
  }, SCORECARD_THREE);
  await openTool(page, '/tools/vendor-scorecard/');
  await expect(page.locator('.tool-results .verdict')).toContainText('Northside Accounts leads with 3.80');
  // The score grid: vendors as columns, criteria as rows; Down moves to the same vendor's next score.
  const grid = page.locator('.vs-grid-table');
  await expect(grid.locator('thead th')).toHaveText(['Criterion', 'Acme Books', 'Ledgerly', 'Northside Accounts']);
  await page.getByLabel('Score for Ledgerly on Industry experience').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Score for Ledgerly on Track record')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Score for Ledgerly on Industry experience')).toBeFocused();
  // Bars in rank order, the knocked-out vendor last and named as such.
  await page.getByText('Data table: Weighted total by vendor').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveText([
    /Northside Accounts\s*3\.80/,
    /Acme Books\s*3\.80/,
    /Ledgerly \(disqualified\)\s*4\.40/,
  ]);
  await page.emulateMedia({ media: 'print' });
  const first = await page.evaluate(() => {
    const results = document.querySelector('.tool-results')!.getBoundingClientRect().top;
    const inputs = document.querySelector('.tool-inputs')!.getBoundingClientRect().top;
    return results < inputs;
  });
  expect(first).toBe(true);
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(2);
});

test('guide lines hold 60 to 75 characters with the system fonts', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/guides/why-outsource/');
  const perLine = await page.evaluate(() => {
    const counts: number[] = [];
    for (const el of [...document.querySelectorAll('.prose p')].slice(0, 8)) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i < n.length; i++) {
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const top = range.getClientRects()[0]?.top;
          if (top !== undefined) lines.set(Math.round(top), (lines.get(Math.round(top)) ?? 0) + 1);
        }
      }
      counts.push(...[...lines.values()].slice(0, -1)); // the last line of a paragraph is short
    }
    return counts.reduce((a, b) => a + b, 0) / counts.length;
  });
  expect(perLine).toBeGreaterThanOrEqual(60);
  expect(perLine).toBeLessThanOrEqual(75);
});

test('search keeps the query in the header box, and snippets carry no page furniture', async ({ page }) => {
  await page.goto('/search/?q=exit');
  await expect(page.locator('#search-status')).toContainText('result');
  await expect(page.locator('#site-search')).toHaveValue('exit');
  const snippets = await page.locator('#search-results p').allTextContents();
  expect(snippets.length).toBeGreaterThan(0);
  for (const s of snippets) expect(s).not.toMatch(/Stage \d|min read|of 6\b|\.\s\d+\s*$/);
});
