/** The vendor scorecard end to end, driven by its accessible names like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { copyShareLink, openTool } from './support/tool-page';
import { jsBudget } from './support/site';
import { inlineScriptBytes, watchPage } from './support/watch';

const URL = '/tools/vendor-scorecard/';

async function open(page: Page) {
  await openTool(page, URL);
  await expect(box(page, 'Vendor 2 name')).toBeVisible(); // two vendors seeded
}

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const verdict = (page: Page) => page.locator('.verdict');

async function fill(page: Page, name: string, value: string) {
  await box(page, name).fill(value);
  await box(page, name).blur();
}

/**
 * The guide's example (evaluating-vendors): weights 20/20/15/15/10/20, Acme 3.65, Birch 3.60,
 * Birch below the security minimum of 3. See model.test.ts example 1 for the arithmetic.
 */
async function fillGuideExample(page: Page) {
  await fill(page, 'Vendor 1 name', 'Acme');
  await fill(page, 'Vendor 2 name', 'Birch');
  await page.getByLabel('Criterion from the library').selectOption({ label: 'Capabilities and capacity' });
  await button(page, 'Add from library').click();
  await expect(box(page, 'Criterion 6 name')).toHaveValue('Capabilities and capacity');
  await fill(page, 'Weight for Security and compliance', '15');
  await fill(page, 'Weight for Capabilities and capacity', '15');
  await fill(page, 'Weight for Communication and responsiveness', '10');
  await fill(page, 'Weight for Price', '20');
  const scores: [string, number, number][] = [
    ['Industry experience', 4, 3],
    ['Track record', 4, 4],
    ['Security and compliance', 4, 2],
    ['Capabilities and capacity', 3, 4],
    ['Communication and responsiveness', 4, 3],
    ['Price', 3, 5],
  ];
  for (const [c, a, b] of scores) {
    await fill(page, `Score for Acme on ${c}`, String(a));
    await fill(page, `Score for Birch on ${c}`, String(b));
  }
  await fill(page, 'Minimum score for Security and compliance', '3');
}

test('the guide example: totals, a knock-out, then sensitivity without the must-have', async ({ page }) => {
  await open(page);
  await expect(verdict(page)).toContainText('No vendor can be ranked yet');
  await fillGuideExample(page);
  await expect(page.getByText('Normalised share: 15.0%.').first()).toBeVisible();
  await expect(verdict(page)).toContainText(
    'Acme leads with 3.65 out of 5 (73.0% of the maximum). It is the only vendor that can be ranked.',
  );
  await expect(page.locator('.vs-knockouts')).toHaveText(
    'Birch is out whatever its total. It failed the must-have on Security and compliance: scored 2, minimum 3.',
  );
  const birch = page.locator('.vs-ranking tbody tr').filter({ hasText: 'Birch' });
  await expect(birch).toHaveText(
    /Birch\s*3\.60\s*72\.0%\s*Disqualified: Security and compliance scored 2, below the minimum of 3/,
  );

  // Without the must-have, Birch is the runner-up and each weight's tipping point is shown.
  await fill(page, 'Minimum score for Security and compliance', '');
  await expect(verdict(page)).toContainText('Acme leads with 3.65 out of 5 (73.0% of the maximum). Runner-up: Birch');
  const sens = page.locator('.vs-sensitivity');
  await expect(sens).toContainText('Birch would overtake Acme if the weight of Price rose above 22.0% (now 20.0%).');
  await expect(sens).toContainText(
    'Birch would overtake Acme if the weight of Security and compliance fell below 12.8% (now 15.0%).',
  );
  await expect(sens).toContainText('Track record cannot change the ranking: both score the same on it (now 20.0%).');
  await page.getByText('Data table: Weighted total by vendor').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveText([/Acme\s*3\.65/, /Birch\s*3\.60/]);
  await expect(page.locator('.recommendation a[href="/guides/trial-period/"]')).toHaveCount(1);
  await expect(page.locator('.recommendation a[href="/guides/contracts-and-slas/"]')).toHaveCount(1);
  await expect(page.locator('.recommendation a[href="/guides/evaluating-vendors/"]')).toHaveCount(1);
  await expect(page.locator('.tool-results')).not.toContainText(/NaN|Infinity/);
});

test('a tie is broken by the highest-weighted criterion; price can be scored from bids', async ({ page }) => {
  await open(page);
  // Default shares: Industry 20 %, Track record 20 %, Security 20 %, Communication 15 %, Price 25 %.
  // Vendor 1: 0.2×2 + 0.2×3 + 0.2×3 + 0.15×4 + 0.25×4 = 0.4 + 0.6 + 0.6 + 0.6 + 1.0 = 3.20.
  // Vendor 2: 0.2×4 + 0.2×3 + 0.2×3 + 0.15×3 + 0.25×3 = 0.8 + 0.6 + 0.6 + 0.45 + 0.75 = 3.20.
  const rows: [string, number, number][] = [
    ['Industry experience', 2, 4],
    ['Track record', 3, 3],
    ['Security and compliance', 3, 3],
    ['Communication and responsiveness', 4, 3],
    ['Price', 4, 3],
  ];
  for (const [c, a, b] of rows) {
    await fill(page, `Score for Vendor 1 on ${c}`, String(a));
    await fill(page, `Score for Vendor 2 on ${c}`, String(b));
  }
  await expect(verdict(page)).toContainText('Vendor 1 leads with 3.20 out of 5 (64.0% of the maximum)');
  await expect(verdict(page)).toContainText(
    'Vendor 1 and Vendor 2 have the same total. Vendor 1 is placed first for its higher score on the highest-weighted criterion.',
  );

  // From bids: the lowest (800) scores 5, the other 5 × 800 ÷ 1,000 = 4 (Vendor 1 keeps 3.20).
  // Vendor 2: 0.8 + 0.6 + 0.6 + 0.45 + 0.25×5 = 3.70 (74 % of 5).
  await page.getByRole('checkbox', { name: 'Score price from bids' }).check();
  await fill(page, 'Bid price for Vendor 1', '1,000');
  await fill(page, 'Bid price for Vendor 2', '800');
  await expect(page.locator('.vs-bid-score')).toHaveText(['Score: 4.00', 'Score: 5.00']);
  await expect(verdict(page)).toContainText('Vendor 2 leads with 3.70 out of 5 (74.0% of the maximum)');
});

test('limits: an 11th vendor and a 16th criterion are refused with a message', async ({ page }) => {
  await open(page);
  for (let n = 3; n <= 10; n++) await button(page, 'Add vendor').click();
  await expect(box(page, 'Vendor 10 name')).toBeVisible();
  await button(page, 'Add vendor').click();
  await expect(page.getByText('You can compare at most 10 vendors. Remove one before adding another.')).toBeVisible();
  await expect(box(page, 'Vendor 11 name')).toHaveCount(0);
  for (let n = 6; n <= 15; n++) await button(page, 'Add criterion').click();
  await expect(box(page, 'Criterion 15 name')).toBeVisible();
  await button(page, 'Add criterion').click();
  await expect(page.getByText('You can use at most 15 criteria. Remove one before adding another.')).toBeVisible();
  await expect(box(page, 'Criterion 16 name')).toHaveCount(0);
  expect(await axeViolations(page, '.tool'), 'axe with limit messages and a full grid').toEqual([]);
  for (let n = 10; n > 2; n--) await button(page, `Remove vendor ${n}`).click();
  await button(page, 'Remove vendor 2').click();
  await expect(page.getByText('A comparison needs at least 2 vendors, so this one stays.')).toBeVisible();
  await expect(box(page, 'Vendor 2 name')).toBeVisible();
});

test('bad scores get a clear message and never reach the results', async ({ page }) => {
  await open(page);
  const score = box(page, 'Score for Vendor 1 on Price');
  for (const [text, message] of [
    ['7', 'Score for Vendor 1 on Price must be 5 or less'],
    ['2.5', 'Score for Vendor 1 on Price must be a whole number, like 3'],
    ['good', 'Score for Vendor 1 on Price must be a number, like 3'],
  ]) {
    await score.fill(text!);
    await score.blur();
    await expect(page.locator('.field-error .error-message')).toHaveText(`Error: ${message}`);
    await expect(page.getByRole('link', { name: message })).toBeVisible();
    await expect(score).toHaveAttribute('aria-invalid', 'true');
    await expect(verdict(page)).toContainText('Correct the field marked with an error');
  }
  expect(await axeViolations(page, '.tool'), 'axe in the error state').toEqual([]);
  await score.fill('');
  await score.blur();
  await expect(page.locator('.field-error')).toHaveCount(0);
  await fill(page, 'Weight for Price', '-3');
  await expect(page.getByText('Weight for Price cannot be negative').first()).toBeVisible();
});

test('everything survives a reload', async ({ page }) => {
  await open(page);
  await fillGuideExample(page);
  await page.getByRole('checkbox', { name: 'Score price from bids' }).check();
  await fill(page, 'Bid price for Acme', '1,200');
  await page.reload();
  await expect(box(page, 'Vendor 1 name')).toHaveValue('Acme');
  await expect(box(page, 'Criterion 6 name')).toHaveValue('Capabilities and capacity');
  await expect(box(page, 'Weight for Price')).toHaveValue('20');
  await expect(box(page, 'Minimum score for Security and compliance')).toHaveValue('3');
  await expect(box(page, 'Score for Birch on Capabilities and capacity')).toHaveValue('4');
  await expect(box(page, 'Bid price for Acme')).toHaveValue('1,200');
  await expect(page.getByRole('checkbox', { name: 'Score price from bids' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Score price from bids' }).uncheck();
  await expect(page.locator('.vs-knockouts')).toContainText('Birch is out whatever its total.');
});

test('axe finds nothing in the initial and result states, in both themes', async ({ page }) => {
  await open(page);
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
  await fillGuideExample(page);
  await page.getByText('How to score Price').click();
  await page.getByText('Data table: Weighted total by vendor').click();
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
  await fill(page, 'Minimum score for Security and compliance', '');
  await expect(page.locator('.vs-sensitivity')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the whole tool can be used with the keyboard alone', async ({ page }) => {
  await open(page);
  await button(page, 'Add vendor').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Vendor 3 name')).toBeFocused();
  await page.keyboard.type('Crane');
  // Move it up with the keyboard; focus stays on the moved vendor's button.
  await button(page, 'Move up vendor 3').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Vendor 2 name')).toHaveValue('Crane');
  await expect(button(page, 'Move up vendor 2')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Vendor 1 name')).toHaveValue('Crane');
  // Score by typing, Tab to the next vendor's score.
  await box(page, 'Score for Crane on Price').focus();
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(box(page, 'Score for Vendor 2 on Price')).toBeFocused();
  // Reorder criteria by keyboard.
  await button(page, 'Move down criterion 1').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Criterion 2 name')).toHaveValue('Industry experience');
  await expect(button(page, 'Move down criterion 2')).toBeFocused();
  // Remove by keyboard: focus moves to Add vendor.
  await button(page, 'Remove vendor 3').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Vendor 3 name')).toHaveCount(0);
  await expect(button(page, 'Add vendor')).toBeFocused();
  // Reset by keyboard, with its confirmation.
  await button(page, 'Reset').focus();
  await page.keyboard.press('Enter');
  await button(page, 'Yes, reset').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Criterion 1 name')).toHaveValue('Industry experience');
  await expect(box(page, 'Score for Crane on Price')).toHaveValue('');
});

test('with results and the chart shown, the page stays within the JS budget', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  await open(page);
  await fillGuideExample(page);
  await expect(page.locator('.tool-results canvas[role="img"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bytes = [...watch.scripts.values()].reduce((a, b) => a + b, 0) + (await inlineScriptBytes(page));
  test.info().annotations.push({ type: 'JS gzip bytes with chart', description: String(bytes) });
  expect(bytes, `JS gzip bytes with the chart (budget ${jsBudget('tool')})`).toBeLessThanOrEqual(jsBudget('tool'));
  expect([...watch.consoleErrors, ...watch.pageErrors, ...watch.foreignRequests]).toEqual([]);
});

test('a share link carries the vendors and scores; a damaged one only shows a message', async ({
  page,
  browser,
  baseURL,
}) => {
  await open(page);
  await fillGuideExample(page);
  const link = await copyShareLink(page, baseURL!);
  expect(link).toMatch(/\/tools\/vendor-scorecard\/#share=[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('Loaded the values from the share link.')).toBeVisible();
  await expect(box(other, 'Vendor 1 name')).toHaveValue('Acme');
  await expect(box(other, 'Score for Birch on Capabilities and capacity')).toHaveValue('4');
  await expect(box(other, 'Vendor 3 name')).toHaveCount(0);

  // A damaged link on a first visit: a message, and the usual two empty vendors to start with.
  const third = await (await browser.newContext()).newPage();
  await third.goto(`${URL}#share=AAAA`);
  await expect(third.getByText('This share link is damaged')).toBeVisible();
  await expect(box(third, 'Vendor 2 name')).toHaveValue('');
  await expect(box(third, 'Vendor 3 name')).toHaveCount(0);
  await fresh.close();
  await third.context().close();
});
