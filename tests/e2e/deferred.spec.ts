/**
 * Parts of a tool's view whose code loads on first use (src/tools/ui/deferred.tsx). Every
 * other tool spec opens its page with stored settings, a returning visit that loads each part
 * before the island renders; these tests are the first visits: nothing stored, the browser's
 * settings the server's (en-US, USD).
 */
import { expect, test, type Page } from '@playwright/test';

// A phone: parts with a chart go live as they near the viewport, and on a phone they start below it.
test.use({ viewport: { width: 390, height: 844 } });

/** Tools with deferred parts of their own, and how many each page has with the shell's toolbar. */
const TOOLS: [string, number][] = [
  ['vendor-scorecard', 2],
  ['total-cost', 2],
  ['pilot-planner', 3],
  ['kpi-tracker', 3],
  ['sla-builder', 3],
  ['goals-scope', 2],
  ['relationship-review', 3],
  ['raci', 1],
];
/** The total-cost results part. */
const RESULTS = '.deferred-part:has(.tool-results)';

async function arrive(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  await page.waitForLoadState('networkidle');
}

/** Holds a chunk's download back until the returned function is called. */
async function holdBack(page: Page, chunk: string): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(`**/_astro/${chunk}.*.js`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

for (const [tool, count] of TOOLS)
  test(`${tool}: on a first visit the server's parts wait for first use, then go live unchanged`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await arrive(page, `/tools/${tool}/`);
    const parts = page.locator('.deferred-part');
    await expect(parts).toHaveCount(count);
    const before = await parts.evaluateAll((els) => els.map((el) => [el.hasAttribute('data-live'), el.innerHTML]));
    // Parts with a chart may go live as they near the viewport; the others wait.
    expect(
      before.some(([live]) => !live),
      'a part waits for first use',
    ).toBe(true);
    expect(
      before.every(([, html]) => html !== ''),
      'the server HTML is kept',
    ).toBe(true);

    await page.keyboard.press('Tab');
    for (let i = 0; i < count; i++) await expect(parts.nth(i)).toHaveAttribute('data-live', '');
    const after = await parts.evaluateAll((els) => els.map((el) => el.innerHTML));
    expect(after, 'a live part renders exactly what the server did').toEqual(before.map(([, html]) => html));
    expect(errors).toEqual([]);
  });

test('a first visit: the first edit brings the results to life and they follow it', async ({ page }) => {
  await arrive(page, '/tools/total-cost/');
  const results = page.locator(RESULTS);
  await expect(results).not.toHaveAttribute('data-live');
  const total = page.locator('.tool-results');
  const shown = (await total.textContent()) ?? '';
  const hours = page.getByRole('textbox', { name: 'Oversight hours per month', exact: true });
  await hours.fill('40');
  await expect(results).toHaveAttribute('data-live', '');
  await expect(total).not.toHaveText(shown);
});

test('a first visit: a part with a chart goes live as it scrolls into view, with no act', async ({ page }) => {
  await arrive(page, '/tools/total-cost/');
  const results = page.locator(RESULTS);
  await expect(results).not.toHaveAttribute('data-live');
  await page.evaluate(() => document.querySelector('.tool-results')!.scrollIntoView());
  await expect(results).toHaveAttribute('data-live', '');
});

test.describe('at desktop width', () => {
  // The bench's viewport: results start beside the inputs, their chart below the fold.
  test.use({ viewport: { width: 1280, height: 720 } });
  test('a first visit: a part whose chart is below the fold, or that has none, waits', async ({ page }) => {
    for (const tool of ['total-cost', 'relationship-review']) {
      await arrive(page, `/tools/${tool}/`);
      await page.waitForTimeout(300);
      expect(await page.locator('.deferred-part[data-live]').count(), tool).toBe(0);
    }
  });
});

test('a first visit: a click in a part before its code arrives is replayed once it is live', async ({ page }) => {
  // Hold the documents' code back until after the click.
  const release = await holdBack(page, 'GoalsDocuments');
  await arrive(page, '/tools/goals-scope/');
  const part = page.locator('.deferred-part:has(.document-actions)');
  await expect(part).not.toHaveAttribute('data-live');
  const download = page.waitForEvent('download', { timeout: 5000 });
  await page.getByRole('button', { name: 'Download brief (Markdown)' }).click();
  await page.waitForTimeout(200);
  await expect(part).not.toHaveAttribute('data-live');
  release();
  await expect(part).toHaveAttribute('data-live', '');
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
});

test("a first visit: the toolbar's code loads on first use, and a press held until then still exports", async ({
  page,
}) => {
  const release = await holdBack(page, 'ToolActions');
  await arrive(page, '/tools/raci/');
  const toolbar = page.locator('.deferred-part:has(.tool-actions)');
  await expect(toolbar).not.toHaveAttribute('data-live');
  const download = page.waitForEvent('download', { timeout: 5000 });
  await page.getByRole('button', { name: 'Export (JSON)' }).click();
  await page.waitForTimeout(200);
  await expect(toolbar).not.toHaveAttribute('data-live');
  release();
  await expect(toolbar).toHaveAttribute('data-live', '');
  expect((await download).suggestedFilename()).toMatch(/^raci.*\.json$/);
});
