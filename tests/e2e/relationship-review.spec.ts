/** The relationship review end to end: periods, both sides' scores, terms, ideas, trend. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/relationship-review/';
const ours = (page: Page) => page.locator('section[aria-labelledby="rr-ours-h"]');
const vendorSide = (page: Page) => page.locator('details.vendor-side');
const rate = (scope: Locator, n: number, value: number) =>
  scope
    .getByRole('group', { name: new RegExp(`^${n}\\. `) })
    .getByRole('radio', { name: String(value), exact: true })
    .check();

async function addPeriod(page: Page, text: string) {
  await page.getByLabel('New review period').fill(text);
  await page.getByRole('button', { name: 'Add period' }).click();
}

test('a quarter scored from both sides, terms revisited, ideas logged and the trend tabled', async ({ page }) => {
  await openTool(page, URL);
  await expect(page.getByText('Add a review period above, like 2026 Q3, to start a review.')).toBeVisible();
  await addPeriod(page, 'summer');
  await expect(page.getByText('Error: Enter the period as a year and quarter, like 2026 Q3')).toBeVisible();
  await addPeriod(page, '2026 Q2');
  await expect(page.getByRole('heading', { name: 'Our scores — 2026 Q2' })).toBeVisible();
  // Quality 5 (w2), targets 4 (w2): (10 + 8) / 4 = 4.5 → Healthy partnership.
  await rate(ours(page), 1, 5);
  await rate(ours(page), 2, 4);
  await expect(ours(page).locator('.questionnaire-result')).toContainText('Score: 4.5 out of 5 — Healthy partnership');
  await expect(ours(page).locator('.questionnaire-result')).toContainText('4 of 6 unanswered');

  await addPeriod(page, '2026-q3');
  await expect(page.getByLabel('Show review for')).toHaveValue('2026-q3');
  // All six: (2×4 + 2×4 + 3 + 3 + 2 + 4) / 8 = 28 / 8 = 3.5 → Needs attention.
  for (const [n, v] of [
    [1, 4],
    [2, 4],
    [3, 3],
    [4, 3],
    [5, 2],
    [6, 4],
  ] as const)
    await rate(ours(page), n, v);
  await expect(ours(page).locator('.questionnaire-result')).toContainText('Score: 3.5 out of 5 — Needs attention');
  // The vendor's side: value 4 → 4.
  await vendorSide(page).getByText('The vendor’s scores (optional)').click();
  await rate(vendorSide(page), 6, 4);
  await expect(vendorSide(page).locator('.questionnaire-result')).toContainText(
    'Score: 4 out of 5 — Healthy partnership',
  );

  const terms = page.locator('section.checklist');
  await terms
    .getByRole('group', { name: /^The renewal date/ })
    .getByRole('radio', { name: 'Reviewed' })
    .check();
  await expect(terms.locator('.checklist-status')).toContainText('1 of 7 reviewed');

  await page.getByLabel('New idea (2026 Q3)').fill('Automate the weekly report');
  await page.getByRole('button', { name: 'Add idea' }).click();
  await expect(page.locator('.idea-list')).toContainText('2026 Q3 Automate the weekly report');

  await page.getByText('Data table: Review scores by period').click();
  const rows = page.locator('.chart-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveText(/2026 Q2\s*4\.5\s*—/);
  await expect(rows.nth(1)).toHaveText(/2026 Q3\s*3\.5\s*4/);
  await expect(page.locator('.tool')).not.toContainText(/NaN|Infinity/);

  const brief = await downloadOf(page, 'Download terms review (Markdown)');
  expect(brief.text).toContain('# Terms review — 2026 Q3');
  expect(brief.text).toMatch(/## Reviewed \(1\)\n\n- \*\*Critical:\*\* The renewal date/);
});

test('everything survives a reload, and each period keeps its own answers', async ({ page }) => {
  await openTool(page, URL);
  await addPeriod(page, '2026 Q2');
  await rate(ours(page), 1, 2);
  await addPeriod(page, '2026 Q3');
  await rate(ours(page), 1, 5);
  await page.getByLabel('New idea (2026 Q3)').fill('Share the backlog weekly');
  await page.getByRole('button', { name: 'Add idea' }).click();
  await page.reload();
  await expect(page.getByLabel('Show review for')).toHaveValue('2026-q3');
  await expect(
    ours(page).getByRole('group', { name: /^1\. / }).getByRole('radio', { name: '5', exact: true }),
  ).toBeChecked();
  await expect(page.locator('.idea-list')).toContainText('Share the backlog weekly');
  await page.getByLabel('Show review for').selectOption('2026-q2');
  await expect(
    ours(page).getByRole('group', { name: /^1\. / }).getByRole('radio', { name: '2', exact: true }),
  ).toBeChecked();
  await expect(ours(page).locator('.questionnaire-result')).toContainText('Score: 2 out of 5 — At risk');
  await page.getByRole('button', { name: 'Remove idea: Share the backlog weekly' }).click();
  await expect(page.getByText('No ideas logged yet.')).toBeVisible();
});

test('axe finds nothing in the empty, error and filled states', async ({ page }) => {
  await openTool(page, URL);
  expect(await axeViolations(page)).toEqual([]);
  await addPeriod(page, 'soon');
  expect(await axeViolations(page)).toEqual([]);
  await addPeriod(page, '2026 Q3');
  await rate(ours(page), 1, 4);
  await vendorSide(page).getByText('The vendor’s scores (optional)').click();
  await rate(vendorSide(page), 2, 3);
  await page.getByRole('button', { name: 'Add idea' }).click();
  await page.getByText('Data table: Review scores by period').click();
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
});

test('keyboard only: add a period, rate, and log an idea', async ({ page }) => {
  await openTool(page, URL);
  await page.getByLabel('New review period').focus();
  await page.keyboard.type('2026 Q4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Our scores — 2026 Q4' })).toBeVisible();
  const first = ours(page).getByRole('group', { name: /^1\. / });
  await first.getByRole('radio', { name: '1', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: '2', exact: true })).toBeChecked();
  await page.getByLabel('New idea (2026 Q4)').focus();
  await page.keyboard.type('Quarterly tips from the vendor');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.idea-list')).toContainText('Quarterly tips from the vendor');
});
