/** The total-cost tool end to end, driven by its visible labels like a visitor would. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { copyShareLink, openTool } from './support/tool-page';

const URL = '/tools/total-cost/';
const KEY = 'os:tool:default:total-cost';

/** Worked example 2 of model.test.ts: hourly pricing over 6 months, no break-even. */
const example: [label: string, value: string][] = [
  ['Horizon (months)', '6'],
  ['Annual salary', '36,000'],
  ['FTE', '0.5'],
  ['Benefits and payroll-tax load (%)', '20'],
  ['Annual overhead', '1,200'],
  ['Annual turnover rate (%)', '10'],
  ['Replacement cost (% of salary)', '50'],
  ['One-off recruiting and training', '600'],
  ['Hourly rate', '40'],
  ['Hours per month', '30'],
  ['Oversight hours per month', '2'],
  ['Oversight hourly rate', '50'],
  ['Tools and subscriptions per month', '20'],
  ['Risk contingency (% of fee)', '10'],
  ['Yearly price increase (%)', '0'],
  ['Knowledge transfer and documentation', '1,000'],
  ['Parallel running (months)', '1'],
  ['Legal and contract costs', '500'],
  ['Exit cost', '800'],
];

async function open(page: Page) {
  await openTool(page, URL);
}

async function fillExample(page: Page) {
  await page.getByRole('radio', { name: 'Hourly rate' }).check();
  for (const [label, value] of example) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  await page.getByRole('textbox', { name: 'Exit cost', exact: true }).blur();
}

const figure = (page: Page, name: string) => page.locator('.key-figures div').filter({ hasText: name }).locator('dd');

test('a worked example gives the hand-computed figures', async ({ page }) => {
  await open(page);
  await fillExample(page);
  await expect(figure(page, 'In-house per month')).toHaveText('$1,975');
  await expect(figure(page, 'Outsourced per month')).toHaveText('$1,440');
  await expect(figure(page, 'Break-even month')).toHaveText('No break-even');
  await expect(figure(page, 'Total saving')).toHaveText('-$465');
  await expect(figure(page, 'Saving %')).toHaveText('-3.7%');
  await expect(page.locator('.verdict')).toContainText(
    'Keeping the work in-house is cheaper by $465 (3.7%) over 6 months.',
  );
  await expect(
    page.getByText(
      'Break-even disappears if the vendor fee is above $1,164 a month (an hourly rate of $38.79 at 30 hours)',
    ),
  ).toBeVisible();
  // The chart's table holds the plotted cumulative values: month 6 = 12,450 vs 12,915.
  await page.getByText('Data table: Cumulative cost by month').click();
  const lastRow = page.locator('.chart-table tbody tr').last();
  await expect(lastRow).toHaveText(/6\s*\$12,450\s*\$12,915/);
  await expect(page.getByRole('link', { name: 'Work out the total cost of engagement' }).first()).toBeVisible();
});

test('values survive a reload', async ({ page }) => {
  await open(page);
  await fillExample(page);
  await expect(figure(page, 'Total saving')).toHaveText('-$465');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('36,000');
  await expect(page.getByRole('radio', { name: 'Hourly rate' })).toBeChecked();
  await expect(figure(page, 'Total saving')).toHaveText('-$465');
});

test('bad input gets a clear message, an error summary, and never reaches the results', async ({ page }) => {
  await open(page);
  const salary = page.getByRole('textbox', { name: 'Annual salary', exact: true });
  for (const [text, message] of [
    ['lots', 'Annual salary must be a number, like 45,000'],
    ['1e309', 'Annual salary must be a number, like 45,000'],
    ['-5', 'Annual salary cannot be negative'],
    ['', 'Enter a number for Annual salary'],
  ]) {
    await salary.fill(text);
    await salary.blur();
    await expect(page.locator('.field-error .error-message')).toHaveText(`Error: ${message}`);
    await expect(page.getByRole('link', { name: message })).toBeVisible();
    await expect(salary).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.verdict')).toContainText('Correct the field marked with an error');
    await expect(page.locator('.tool-results')).not.toContainText(/NaN|Infinity/);
  }
  expect(await axeViolations(page, '.tool'), 'axe in the error state').toEqual([]);
  await salary.fill('50,000');
  await expect(page.locator('.field-error')).toHaveCount(0);
  await expect(figure(page, 'Total saving')).not.toBeEmpty();
});

test('numbers follow the chosen locale (de-DE)', async ({ page }) => {
  await open(page);
  await page.getByText('Number format and currency').click();
  await page.getByLabel('Number format').selectOption('de-DE');
  await page.getByLabel('Currency').selectOption('EUR');
  await expect(page.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('45.000');
  await page.getByRole('textbox', { name: 'Annual salary', exact: true }).fill('1.234,56');
  await page.getByRole('textbox', { name: 'Annual salary', exact: true }).blur();
  await expect(page.locator('.field-error')).toHaveCount(0);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
  expect(stored.data.values.salary).toBe(1234.56);
  await expect(figure(page, 'In-house per month')).toContainText('€');
});

test('a share link opens in a fresh browser and asks before replacing own values', async ({
  page,
  browser,
  baseURL,
}) => {
  await open(page);
  await fillExample(page);
  const link = await copyShareLink(page, baseURL!);
  expect(link).toMatch(/\/tools\/total-cost\/#share=[A-Za-z0-9_-]+$/);

  // A visitor with no values of their own gets the shared values at once.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('Loaded the values from the share link.')).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('36,000');
  expect(new globalThis.URL(other.url()).hash).toBe('');

  // A visitor with values of their own is asked first, and can keep theirs.
  await other.getByRole('textbox', { name: 'Annual salary', exact: true }).fill('99,000');
  await other.goto('about:blank');
  await other.goto(link);
  await expect(other.getByText('This link contains shared values for this tool.')).toBeVisible();
  await other.getByRole('button', { name: 'Keep my values' }).click();
  await expect(other.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('99,000');
  await other.goto(link);
  await other.getByRole('button', { name: 'Replace my values' }).click();
  await expect(other.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('36,000');
  await fresh.close();
});

test('a malformed or oversized share link only shows a message', async ({ page }) => {
  await open(page);
  await page.goto(`${URL}#share=AAAA`);
  await expect(page.getByText('This share link is damaged')).toBeVisible();
  await page.goto(`${URL}#share=${'A'.repeat(20_000)}`);
  await expect(page.getByText('This share link is too long to be read.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('45,000');
});

test('export then import round-trips; a malformed import is rejected with storage unchanged', async ({ page }) => {
  await open(page);
  await fillExample(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export (JSON)' }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'outsource-smart', tool: 'total-cost', v: 1 });

  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import (JSON)' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"outsource-smart","tool":"total-cost","v":1,"data":{"pricing":"yearly"}'),
  });
  await expect(page.getByText('Import failed: The data is not valid JSON')).toBeVisible();
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import (JSON)' }).click();
  await (
    await chooser2
  ).setFiles({
    name: 'wrong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'outsource-smart', tool: 'total-cost', v: 1, data: { pricing: 'yearly', values: {} } }),
    ),
  });
  await expect(
    page.getByText(
      /Import failed: The data is not valid: “pricing” is not one of the allowed values\. Your current values are unchanged\./,
    ),
  ).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);

  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('45,000');
  const chooser3 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import (JSON)' }).click();
  await (await chooser3).setFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('36,000');
  await expect(figure(page, 'Total saving')).toHaveText('-$465');
});

test('with storage blocked the tool still works and says values are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(URL);
  await expect(page.getByText('Not saved in this browser.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Monthly vendor fee', exact: true }).fill('9,000');
  await expect(page.locator('.verdict')).toContainText('Keeping the work in-house is cheaper');
  expect(errors).toEqual([]);
});

test('a full storage is reported and nothing on screen is lost', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.getByRole('textbox', { name: 'Monthly vendor fee', exact: true }).fill('2,000');
  await expect(page.getByText('Your latest changes are not saved')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Monthly vendor fee', exact: true })).toHaveValue('2,000');
});

test('a corrupt stored value does not crash the page: it is kept aside and the visitor told', async ({ page }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, '{"format":"outsource-smart","tool":"total-cost","v":1,"data":{"pricing":42');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(URL);
  await expect(page.getByText('Your saved values for this tool could not be read')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:backup`), KEY)).toContain('"pricing":42');
  await expect(page.getByRole('textbox', { name: 'Annual salary', exact: true })).toHaveValue('45,000');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('"pricing":42');
  expect(errors).toEqual([]);
});

test('axe finds nothing in the initial and result states, in both themes', async ({ page }) => {
  await open(page);
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
  await fillExample(page);
  await page.getByText('Data table: Cumulative cost by month').click();
  await page.getByText('What is and is not included').click();
  expect(await axeViolations(page)).toEqual([]);
});

test('the whole tool can be used with the keyboard alone', async ({ page }) => {
  await open(page);
  const salary = page.getByRole('textbox', { name: 'Annual salary', exact: true });
  await salary.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('60000');
  await page.keyboard.press('Tab'); // to FTE; salary is reformatted on blur
  await expect(salary).toHaveValue('60,000');
  await expect(page.getByRole('textbox', { name: 'FTE', exact: true })).toBeFocused();
  // Pricing model by arrow keys.
  await page.getByRole('radio', { name: 'Monthly fee' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Hourly rate' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Hourly rate', exact: true })).toBeVisible();
  // Reset by keyboard, with its confirmation.
  await page.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(salary).toHaveValue('45,000');
  await expect(page.getByRole('radio', { name: 'Monthly fee' })).toBeChecked();
});

test('print shows the inputs and results without the site chrome', async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.tool-actions')).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Annual salary', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
});

test('a change in one tab shows up in another tab of the same browser', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  await a.getByRole('textbox', { name: 'Monthly vendor fee', exact: true }).fill('3,100');
  await a.getByRole('textbox', { name: 'Monthly vendor fee', exact: true }).blur();
  await expect(b.getByRole('textbox', { name: 'Monthly vendor fee', exact: true })).toHaveValue('3,100');
});
