/** The cultural-fit questionnaire end to end: per-vendor 1–5 scales, weighted mean, scorecard hand-off. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/cultural-fit/';
const rate = (page: Page, n: number, value: number) =>
  page
    .getByRole('group', { name: new RegExp(`^${n}\\. `) })
    .getByRole('radio', { name: String(value), exact: true })
    .check();
const result = (page: Page) => page.locator('.questionnaire-result');

async function addVendor(page: Page, name: string) {
  await page.getByLabel('New vendor name').fill(name);
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(result(page)).toContainText(`Result — ${name}`);
}

/** Hours 5 (w2), language 4 (w2), style 3, responsiveness 4 (w2), values 4, escalation 2 (w2), feedback 3. */
async function rateAll(page: Page) {
  for (const [n, v] of [
    [1, 5],
    [2, 4],
    [3, 3],
    [4, 4],
    [5, 4],
    [6, 2],
    [7, 3],
  ] as const)
    await rate(page, n, v);
}

test('the weighted mean of answered scales gives the band; weak answers become advice', async ({ page }) => {
  await openTool(page, URL);
  await expect(page.getByText('Add a vendor above to start the questionnaire.')).toBeVisible();
  await addVendor(page, 'Acme Support');
  // (2×5 + 2×4) / (2 + 2) = 18 / 4 = 4.5 → Strong fit; 5 of 7 unanswered.
  await rate(page, 1, 5);
  await rate(page, 2, 4);
  await expect(result(page)).toContainText('Score: 4.5 out of 5 — Strong fit');
  await expect(result(page)).toContainText('5 of 7 unanswered');
  // All seven: (10 + 8 + 3 + 8 + 4 + 4 + 3) / 11 = 40 / 11 = 3.64 → Workable fit.
  await rateAll(page);
  await expect(result(page)).toContainText('Score: 3.6 out of 5 — Workable fit');
  await expect(result(page)).not.toContainText('unanswered');
  await expect(page.getByRole('heading', { name: 'What to do next (1)' })).toBeVisible();
  await expect(page.locator('.recommendations')).toContainText('How readily does the vendor raise bad news');
  const ends = page.locator('.scale-ends').first();
  await expect(ends).toContainText('1 = Almost no overlap');
  await expect(ends).toContainText('5 = Most of our working day');
});

test('answers survive a reload and each vendor keeps its own', async ({ page }) => {
  await openTool(page, URL);
  await addVendor(page, 'Acme Support');
  await rateAll(page);
  await addVendor(page, 'Birch Desk');
  await expect(result(page)).toContainText('Answer at least one question to see your score.');
  await rate(page, 1, 1);
  await page.reload();
  await expect(result(page)).toContainText('Result — Birch Desk');
  await expect(result(page)).toContainText('Score: 1 out of 5 — Poor fit');
  await page.getByLabel('Show answers for').selectOption({ label: 'Acme Support' });
  await expect(result(page)).toContainText('Score: 3.6 out of 5 — Workable fit');
  await expect(page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: '5', exact: true })).toBeChecked();
  // The report is the chosen vendor's alone.
  const report = await downloadOf(page, 'Download report (Markdown) — Acme Support');
  expect(report.name).toMatch(/^cultural-fit-acme-support-\d{4}-\d{2}-\d{2}\.md$/);
  expect(report.text).toContain('**Score: 3.6 out of 5 — Workable fit.**');
  expect(report.text).toMatch(/^1\. [^\n]* — \*\*5 of 5\*\*$/m);
});

test('the score is offered to the vendor scorecard, which asks before using it (rounded once)', async ({ page }) => {
  await openTool(page, URL);
  await addVendor(page, 'Acme Support');
  await rateAll(page);
  await expect(page.getByText('This score is offered to the vendor scorecard')).toBeVisible();

  // The scorecard has no cultural-fit criterion yet: accepting adds it, with 3.64 rounded to 4.
  await openTool(page, '/tools/vendor-scorecard/');
  const question =
    'Use 3.6 from your cultural-fit assessment of Acme Support? The scorecard takes whole scores, so it becomes 4, and the “Cultural fit” criterion is added.';
  await expect(page.getByText(question)).toBeVisible();
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
  await page.getByRole('button', { name: 'Use it', exact: true }).click();
  await expect(page.getByText('Done: used the value from your cultural-fit assessment of Acme Support.')).toBeVisible();
  const stored = await page.evaluate(() => {
    const vendors = JSON.parse(localStorage.getItem('os:tool:default:vendors')!).data.vendors;
    const card = JSON.parse(localStorage.getItem('os:tool:default:vendor-scorecard')!).data;
    const fit = card.criteria.find((c: { lib: string | null }) => c.lib === 'cultural-fit');
    return card.scores[vendors[0].id][fit.id];
  });
  expect(stored).toBe(4);
  await expect(page.getByLabel('Score for Acme Support on Cultural fit')).toHaveValue('4');
  // Used: not offered again, also after a reload.
  await page.reload();
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  await expect(page.getByText(question)).toHaveCount(0);
});

test('an offer is applied only when accepted: "Not now" changes nothing', async ({ page }) => {
  await openTool(page, URL);
  await addVendor(page, 'Acme Support');
  await rateAll(page);
  await openTool(page, '/tools/vendor-scorecard/');
  const before = await page.evaluate(() => localStorage.getItem('os:tool:default:vendor-scorecard'));
  await page.getByRole('button', { name: 'Not now', exact: true }).click();
  await expect(page.getByText(/^Use 3\.6 from your cultural-fit assessment/)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('os:tool:default:vendor-scorecard'))).toBe(before);
});

test('axe finds nothing without vendors, with answers, and with open details', async ({ page }) => {
  await openTool(page, URL);
  expect(await axeViolations(page)).toEqual([]);
  await addVendor(page, 'Acme Support');
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
  await rateAll(page);
  await page.getByRole('group', { name: /^2\. / }).getByText('Why it matters').click();
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard only: rate a scale with the arrow keys', async ({ page }) => {
  await openTool(page, URL);
  await page.getByLabel('New vendor name').focus();
  await page.keyboard.type('Acme Support');
  await page.keyboard.press('Enter');
  const first = page.getByRole('group', { name: /^1\. / });
  await first.getByRole('radio', { name: '1', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await expect(result(page)).toContainText('Score: 3 out of 5 — Workable fit');
});
