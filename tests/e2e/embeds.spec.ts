/**
 * Embeds end to end, as a trainer uses them: a host page on a second origin (support/second-origin.ts,
 * which also serves dist/ with public/_headers merged the way the hosts do) pastes the builder's
 * snippet for every built tool. Each embed loads with its title, is axe-clean inside, and its
 * iframe follows the document's height; forged messages never resize; storage=none writes
 * nothing; blocked storage is explained; other pages refuse to be framed; presenter mode and
 * the accents pass axe contrast; "Open the full version" carries the values. JS per embed page
 * is measured against the tool pages' budget (test-results/js-budget-embeds.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { TOOLS } from '../../src/tools/catalog';
import { embedSnippet } from '../../src/trainers/snippet';
import { EMBED_CHOICES } from '../../src/embed/options';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { HOST, SITE, startTwoOrigins, type TwoOrigins } from './support/second-origin';
import { isChartChunk, TOOL_WITHOUT_CHART_BUDGET } from './support/site';
import { cspViolations, inlineScriptBytes, scrollToEnd, watchPage } from './support/watch';
import { readdirSync } from 'node:fs';

const BUILT = readdirSync('dist/embed');
const titleOf = (id: string) => TOOLS.find((t) => t.id === id)!.title;

/** A change that makes each tool taller (a vendor, a row, an answer). New tools: the first "Add …" button. */
const GROW: Record<string, (f: FrameLocator) => Promise<void>> = {
  'communication-plan': (f) => f.getByRole('button', { name: 'Add touchpoint', exact: true }).click(),
  'cultural-fit': (f) => f.getByRole('button', { name: 'Add vendor', exact: true }).click(),
  'due-diligence': (f) => f.getByRole('button', { name: 'Add vendor', exact: true }).click(),
  'goals-scope': (f) => f.getByRole('button', { name: 'Add measure', exact: true }).click(),
  'pilot-planner': (f) => f.getByRole('button', { name: 'Add criterion', exact: true }).click(),
  raci: async (f) => {
    await f.getByLabel('RACI preset', { exact: true }).selectOption({ label: 'Bookkeeping (6 tasks, 4 roles)' });
    await f.getByRole('button', { name: 'Add preset', exact: true }).click();
  },
  'relationship-review': (f) => f.getByRole('button', { name: 'Add period', exact: true }).click(),
  'sla-builder': (f) => f.getByRole('button', { name: 'Add KPI', exact: true }).click(),
  'task-classifier': (f) => f.getByRole('button', { name: 'Add common examples', exact: true }).click(),
  'vendor-scorecard': (f) => f.getByRole('button', { name: 'Add vendor', exact: true }).click(),
  readiness: (f) => f.getByRole('button', { name: 'New engagement', exact: true }).click(),
  // Answering shortens these two (fewer open points); naming a new engagement opens a form.
  'contract-checklist': (f) => f.getByRole('button', { name: 'New engagement', exact: true }).click(),
  'total-cost': (f) => f.getByRole('radio', { name: 'Hourly rate' }).check(),
};
const grow = (id: string, f: FrameLocator) =>
  (GROW[id] ?? ((x: FrameLocator) => x.getByRole('button', { name: /^Add / }).first().click()))(f);

const host = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A trainer’s course page</title></head>` +
  `<body style="margin:0;font-family:sans-serif"><h1>Module 3: choosing a vendor</h1>${body}</body></html>`;
const snippet = (id: string, query = '') =>
  embedSnippet(SITE, id, titleOf(id), {}).replace(`/embed/${id}/"`, `/embed/${id}/${query}"`);
const frameSel = (id: string) => `iframe[src^="${SITE}/embed/${id}/"]`;

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

/** Waits until the embed's island is hydrated. */
async function hydrated(page: Page, selector: string): Promise<void> {
  await expect(page.frameLocator(selector).locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, {
    timeout: 20_000,
  });
}

/** |iframe height − embedded document height| in px. */
async function heightGap(page: Page, selector: string): Promise<number> {
  const frame = await frameOf(page, selector);
  const outer = await page.locator(selector).evaluate((e) => e.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return Math.abs(outer - inner);
}
const iframeHeight = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => e.getBoundingClientRect().height);
/**
 * The frame's height once it fits its embed and has held for 500 ms. On a loaded machine an
 * embed can still resize itself after its first fit (seen with two workers: RACI 1,833 → 1,927
 * px), and a click while the frame moves can land beside its target.
 */
async function settledHeight(page: Page, selector: string): Promise<number> {
  let height = await iframeHeight(page, selector);
  await expect
    .poll(async () => {
      const was = height;
      await new Promise((r) => setTimeout(r, 500));
      height = await iframeHeight(page, selector);
      return height === was && (await heightGap(page, selector)) <= 2;
    })
    .toBe(true);
  return height;
}

let server: TwoOrigins;
// One worker runs this file: its HTTPS server has a fixed port (the two origins' URLs name it).
test.describe.configure({ mode: 'serial' });
test.use({ ignoreHTTPSErrors: true });
test.beforeAll(async () => {
  server = await startTwoOrigins();
});
test.afterAll(async () => {
  await server.close();
});

test('every built tool embeds on a second origin: title, lang, no site chrome, axe-clean, sized to fit', async ({
  page,
}) => {
  test.setTimeout(60_000 + BUILT.length * 25_000);
  expect(BUILT.length).toBeGreaterThanOrEqual(13);
  let blockedSeen = false;
  const watch = watchPage(page, SITE);
  await page.goto(server.page('/course/', host(BUILT.map((id) => `<h2>${titleOf(id)}</h2>${snippet(id)}`).join(''))));
  for (const id of BUILT) {
    const sel = frameSel(id);
    await test.step(id, async () => {
      await page.locator(sel).scrollIntoViewIfNeeded();
      await hydrated(page, sel);
      const frame = await frameOf(page, sel);
      expect(await frame.title()).toBe(`${titleOf(id)} — Outsource Smart`);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      const f = page.frameLocator(sel);
      await expect(f.getByRole('heading', { level: 1 })).toHaveText(titleOf(id));
      await expect(f.getByRole('link', { name: 'Open the full version (opens in a new tab)' })).toHaveAttribute(
        'target',
        '_blank',
      );
      await expect(f.locator('.site-header, .site-footer, #search, [role="search"]')).toHaveCount(0);
      // Chromium blocks a cross-site frame's storage (third-party storage): the embed must say which is true.
      const canStore = await frame.evaluate(() => {
        try {
          return localStorage.length >= 0;
        } catch {
          return false;
        }
      });
      const kept = f.getByText('Your values are kept in this browser for this site only');
      const blocked = f.getByText('Not kept: this browser blocks storage for embedded tools');
      await expect(canStore ? kept : blocked).toBeVisible();
      await expect(canStore ? blocked : kept).toBeHidden();
      blockedSeen ||= !canStore;
      await expect.poll(() => heightGap(page, sel), { message: `${id} height after load` }).toBeLessThanOrEqual(2);
      expect(await axeViolationsInBothThemes(page, sel), `${id} axe`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      // The theme can change the embed's height: the frame settles before it is measured (a click
      // during a resize lands off its target).
      const before = await settledHeight(page, sel);
      await grow(id, f);
      await expect.poll(() => iframeHeight(page, sel), { message: `${id} grows` }).toBeGreaterThan(before + 10);
      await expect.poll(() => heightGap(page, sel), { message: `${id} height after a change` }).toBeLessThanOrEqual(2);
    });
  }
  expect(watch.pageErrors, 'uncaught errors').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  test.info().annotations.push({ type: 'storage', description: blockedSeen ? 'blocked in frames' : 'available' });
});

test('forged height messages never resize anything', async ({ page }) => {
  server.page('/poster/', host('<p>Another page</p>'));
  const url = server.page(
    '/abuse/',
    host(
      snippet('raci') +
        `<iframe id="other" src="${HOST}/poster/" title="Another frame" data-outsource-smart-not></iframe>` +
        `<iframe id="moved" src="${SITE}/embed/readiness/" title="Moved" data-outsource-smart></iframe>`,
    ),
  );
  await page.goto(url);
  const sel = frameSel('raci');
  await hydrated(page, sel);
  const good = await settledHeight(page, sel);
  const embed = await frameOf(page, sel);
  const post = (frame: Frame | Page, data: unknown) =>
    frame.evaluate((d) => (window.parent === window ? window : window.parent).postMessage(d, '*'), data);
  const msg = (height: unknown) => ({ type: 'outsource-smart:height', height });

  // The host page itself, another frame, and the embed's frame after it navigated to another origin.
  await post(page, msg(50));
  await post(await frameOf(page, '#other'), msg(51));
  await page.evaluate((to) => {
    (document.querySelector('#moved') as HTMLIFrameElement).contentWindow!.location.href = to;
  }, `${HOST}/poster/`);
  await expect.poll(async () => (await frameOf(page, '#moved')).url()).toBe(`${HOST}/poster/`);
  // Before it navigated, the real embed may have sized its frame already (the sooner it runs, the
  // likelier): what counts is that nothing changes the frame after that.
  const movedHeight = () => page.locator('#moved').evaluate((e) => (e as HTMLElement).style.height);
  const moved = await movedHeight();
  await post(await frameOf(page, '#moved'), msg(52));
  // The embed's own window, with data that is not a valid height.
  for (const height of [Number.NaN, Infinity, -Infinity, -5, 0, 20001, 1e9, '53', null])
    await embed.evaluate((h) => parent.postMessage({ type: 'outsource-smart:height', height: h }, '*'), height);
  await embed.evaluate(() => parent.postMessage({ type: 'other', height: 54 }, '*'));
  await embed.evaluate(() => parent.postMessage('outsource-smart:height', '*'));
  await page.waitForTimeout(300);
  expect(await iframeHeight(page, sel)).toBe(good);
  expect(await movedHeight()).toBe(moved);
  expect(moved).not.toBe('52px');

  // The same channel does resize when the message is the embed's own (so the checks above can fail).
  await embed.evaluate(() => parent.postMessage({ type: 'outsource-smart:height', height: 333 }, '*'));
  await expect.poll(() => iframeHeight(page, sel)).toBe(333);
});

/** Fills total-cost's salary in the embed and waits for the change to settle. */
async function typeSalary(f: FrameLocator | Page): Promise<void> {
  await f.getByRole('textbox', { name: 'Annual salary', exact: true }).fill('41,000');
  await f.getByRole('textbox', { name: 'Annual salary', exact: true }).blur();
}
const stored = (frame: Frame) =>
  frame.evaluate(() => ({
    local: Object.keys(localStorage).filter((k) => k !== 'os:probe'),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
  }));

test('storage=none writes nothing and says so; local and session write only where asked', async ({ page }) => {
  // Framed on another site (where Chromium may block storage anyway), the embed says nothing is kept.
  await page.goto(server.page('/none/', host(snippet('total-cost', '?storage=none'))));
  const sel = frameSel('total-cost');
  await hydrated(page, sel);
  const f = page.frameLocator(sel);
  await expect(f.getByText('Not kept: export before you close.').first()).toBeVisible();
  await typeSalary(f);
  expect(await axeViolations(page, sel)).toEqual([]);

  // Opened where storage is available, storage=none still writes nothing, while local and
  // session write to their own storage (so this check can fail).
  const after = async (query: string) => {
    await page.goto(`${SITE}/embed/total-cost/${query}`);
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await page.reload();
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
    await typeSalary(page);
    await page.waitForTimeout(300);
    return stored(page.mainFrame());
  };
  expect(await after('?storage=none')).toEqual({ local: [], session: [], cookie: '' });
  const session = await after('?storage=session');
  expect(session.local).toEqual([]);
  expect(session.session).toContain('os:tool:default:total-cost');
  const local = await after('');
  expect(local.local).toContain('os:tool:default:total-cost');
  expect(local.session).toEqual([]);
});

test('with storage blocked the embed says so and still works', async ({ browser }) => {
  const context: BrowserContext = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.addInitScript((site) => {
    if (location.origin !== site) return;
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The embedding page blocks storage.', 'SecurityError');
        },
      });
  }, SITE);
  const page = await context.newPage();
  const watch = watchPage(page, SITE);
  await page.goto(server.page('/blocked/', host(snippet('total-cost'))));
  const sel = frameSel('total-cost');
  await hydrated(page, sel);
  const f = page.frameLocator(sel);
  await expect(f.getByText('Not saved in this browser.')).toBeVisible();
  await expect(f.getByText('Not kept: this browser blocks storage for embedded tools')).toBeVisible();
  await expect(f.getByText('Your values are kept in this browser for this site only')).toBeHidden();
  const result = f.locator('.tool-results');
  const before = await result.innerText();
  await typeSalary(f);
  await expect.poll(() => result.innerText()).not.toBe(before);
  await expect.poll(() => heightGap(page, sel)).toBeLessThanOrEqual(2);
  expect(await axeViolations(page, sel)).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  await context.close();
});

for (const rules of ['cloudflare', 'netlify'] as const) {
  test(`pages other than embeds refuse to be framed under the _headers rules (${rules})`, async ({ page }) => {
    server.rules(rules);
    try {
      const paths = ['/tools/raci/', '/', '/trainers/', '/guides/', '/no-such-page/'];
      const frames = paths.map((p, i) => `<iframe id="f${i}" src="${SITE}${p}" title="Page ${i}"></iframe>`);
      await page.goto(server.page(`/frame-${rules}/`, host(frames.join('') + snippet('raci'))));
      await hydrated(page, frameSel('raci'));
      for (const [i, path] of paths.entries()) {
        // A refused frame shows the browser's error page instead of the site.
        await expect
          .poll(async () => (await frameOf(page, `#f${i}`)).url(), { message: `${path} framed` })
          .toMatch(/^chrome-error:/);
      }
      const response = await page.request.get(`${SITE}/embed/raci/`);
      expect(response.headers()['content-security-policy']).toBe('frame-ancestors https:');
    } finally {
      server.rules('cloudflare');
    }
  });
}

test('presenter mode: large type, and axe contrast passes at that size in both themes', async ({ page }) => {
  await page.goto(server.page('/presenter/', host(snippet('readiness', '?presenter=on&intro=hide'))));
  const sel = frameSel('readiness');
  await hydrated(page, sel);
  const frame = await frameOf(page, sel);
  expect(await frame.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  await expect(page.frameLocator(sel).locator('.embed-intro')).toBeHidden();
  await page.frameLocator(sel).getByRole('radio').first().check();
  expect(await axeViolationsInBothThemes(page, sel)).toEqual([]);
});

test('every accent and theme option passes axe, and unknown option values change nothing', async ({ page }) => {
  test.setTimeout(120_000);
  for (const accent of EMBED_CHOICES.accent) {
    for (const theme of ['light', 'dark']) {
      await page.goto(`${SITE}/embed/vendor-scorecard/?accent=${accent}&theme=${theme}`);
      await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
      expect(await page.locator('html').getAttribute('data-embed-accent')).toBe(accent);
      expect(await axeViolations(page), `${accent} ${theme}`).toEqual([]);
    }
  }
  await page.goto(`${SITE}/embed/vendor-scorecard/?accent=%22%3E%3Cb%3Ex&theme=neon&storage=cookie&presenter=1`);
  const attrs = await page.evaluate(() =>
    Object.fromEntries([...document.documentElement.attributes].map((a) => [a.name, a.value])),
  );
  expect(attrs).toMatchObject({
    'data-embed-accent': 'blue',
    'data-embed-theme': 'auto',
    'data-theme': 'system',
    'data-storage': 'local',
    'data-embed-presenter': 'off',
  });
  expect(await page.content()).not.toContain('neon');
});

test('"Open the full version" carries the current values to the tool page', async ({ page, context }) => {
  await page.goto(server.page('/full/', host(snippet('raci', '?storage=none'))));
  const sel = frameSel('raci');
  await hydrated(page, sel);
  const f = page.frameLocator(sel);
  await GROW.raci!(f);
  await expect(f.getByRole('textbox', { name: /^Task \d+ name$/ }).first()).toBeVisible();
  const firstTask = await f
    .getByRole('textbox', { name: /^Task \d+ name$/ })
    .first()
    .inputValue();
  const popup = context.waitForEvent('page');
  await f.getByRole('link', { name: /^Open the full version/ }).click();
  const tab = await popup;
  await tab.waitForURL(/\/tools\/raci\//);
  expect(new URL(tab.url()).origin).toBe(SITE);
  await expect(tab.getByText('Loaded the values from the share link.')).toBeVisible();
  await expect(tab.getByRole('textbox', { name: /^Task \d+ name$/ }).first()).toHaveValue(firstTask);
  await tab.close();

  // Once up to date, it is a plain link (new tab, no opener) to the values' address.
  const link = f.getByRole('link', { name: /^Open the full version/ });
  await link.hover();
  await expect(link).toHaveAttribute('href', new RegExp(`^${SITE}/tools/raci/#share=[\\w-]+$`));
  await expect(link).toHaveAttribute('data-fresh', '1');
  const again = context.waitForEvent('page');
  await link.click();
  const second = await again;
  await expect(second.getByText('Loaded the values from the share link.')).toBeVisible();
  expect(await second.evaluate(() => window.opener)).toBeNull();
  await second.close();
});

test('JS per embed page stays within the tool page budget (gzip, measured)', async ({ browser }) => {
  test.setTimeout(60_000 + BUILT.length * 8_000);
  const report: Record<string, { embed: number; tool: number; chart: number }> = {};
  // Measured as tests/e2e/pages.spec.ts does: a fresh context (no offers waiting from other
  // tools), scrolled to the end, inline scripts included.
  const measure = async (url: string) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const watch = watchPage(page, SITE);
    await page.goto(url);
    await scrollToEnd(page);
    const all = [...watch.scripts];
    const chart = all.reduce((a, [u, b]) => a + (isChartChunk(u) ? b : 0), 0);
    const inline = await inlineScriptBytes(page);
    expect(await cspViolations(page), `${url} CSP`).toEqual([]);
    expect(watch.foreignRequests, `${url} requests`).toEqual([]);
    if (process.env.E2E_DEBUG_JS)
      console.log(url, inline, [...watch.scripts].map(([u, b]) => `${u.split('/').pop()}:${b}`).join(' '));
    await context.close();
    return { own: all.reduce((a, [, b]) => a + b, 0) + inline - chart, chart };
  };
  for (const id of BUILT) {
    const embed = await measure(`${SITE}/embed/${id}/`);
    const tool = await measure(`${SITE}/tools/${id}/`);
    report[id] = { embed: embed.own, tool: tool.own, chart: embed.chart };
    expect(embed.own, `${id} embed JS without the chart`).toBeLessThanOrEqual(TOOL_WITHOUT_CHART_BUDGET);
    expect(embed.own, `${id} embed JS against its tool page`).toBeLessThanOrEqual(tool.own);
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/js-budget-embeds.json', JSON.stringify(report, null, 2));
});
