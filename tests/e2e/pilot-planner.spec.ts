/** The pilot planner end to end, driven by its accessible names like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/pilot-planner/';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const check = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const decision = (page: Page) => page.locator('.pp-results .verdict');

async function fill(page: Page, name: string, value: string) {
  await box(page, name).fill(value);
  await box(page, name).blur();
}

interface Row {
  name: string;
  weight: string;
  target: string;
  minimum: string;
  actual?: string;
  must?: boolean;
  lower?: boolean;
  how?: string;
}

async function addCriterion(page: Page, r: Row) {
  await button(page, 'Add criterion').click();
  const n = await page.locator('#pp-c tbody tr').count();
  await box(page, `Criterion ${n} name`).fill(r.name);
  await fill(page, `Weight for ${r.name}`, r.weight);
  await fill(page, `Target for ${r.name}`, r.target);
  await fill(page, `Minimum for ${r.name}`, r.minimum);
  if (r.actual !== undefined) await fill(page, `Actual for ${r.name}`, r.actual);
  if (r.must) await check(page, `Must-have: ${r.name}`).check();
  if (r.lower) await check(page, `Lower is better: ${r.name}`).check();
  if (r.how) await box(page, `How it is measured for ${r.name}`).fill(r.how);
}

/** The trial-period guide's example, weighted 30/30/15/10/15; see model.test.ts example 1. */
const GUIDE: Row[] = [
  {
    name: 'First reply (hours)',
    weight: '30',
    target: '4',
    minimum: '8',
    actual: '5',
    must: true,
    lower: true,
    how: 'Help desk report',
  },
  { name: 'Quality check passed (%)', weight: '30', target: '95', minimum: '85', actual: '96', must: true },
  { name: 'Customer rating', weight: '15', target: '4.5', minimum: '4', actual: '4.2' },
  { name: 'Weekly reports on time', weight: '10', target: '6', minimum: '5', actual: '6' },
  { name: 'Our hours fixing', weight: '15', target: '2', minimum: '4', actual: '3', lower: true },
];

async function fillTrial(page: Page) {
  await box(page, 'Vendor').fill('Acme Support');
  await box(page, 'Scope').fill('Answer customer emails\nOne shop, 300 emails a week');
  await page.getByLabel('Start date').fill('2027-03-01');
  await fill(page, 'Duration in weeks', '6');
  await box(page, 'Price of the pilot').fill('1,500 fixed');
}

test('a new visitor starts with no criteria; the guide example decides GO with conditions, a veto, then GO', async ({
  page,
}) => {
  await openTool(page, URL);
  await expect(page.getByText('No criteria yet.')).toBeVisible();
  await expect(box(page, 'Criterion 1 name')).toHaveCount(0);
  await expect(decision(page)).toContainText('Add the criteria you will judge the pilot by');
  expect(await axeViolationsInBothThemes(page), 'axe with no criteria').toEqual([]);

  await fillTrial(page);
  await expect(page.getByText('Blank means the day the pilot ends, Apr 12, 2027.')).toBeVisible();
  for (const r of GUIDE) await addCriterion(page, r);
  // 30×0.5 + 30×1 + 15×0.5 + 10×1 + 15×0.5 = 70 %.
  await expect(decision(page)).toHaveText(
    'GO with conditions — the weighted score is 70%. Agree how and by when these reach their target: First reply (hours), Customer rating, Our hours fixing.',
  );
  await expect(page.locator('.pp-scores tbody tr').first()).toHaveText(
    /First reply \(hours\)\s*must-have\s*30%\s*4\s*8\s*5\s*Minimum met \(0\.5\)\s*\(lower is better\)\s*15/,
  );
  await expect(page.locator('.pp-scores tfoot')).toHaveText(/Weighted total\s*70%/);
  await expect(page.locator('.recommendation a[href="/guides/trial-period/#make-the-decision"]')).toHaveCount(1);
  expect(await axeViolationsInBothThemes(page), 'axe with a decision').toEqual([]);

  // 9 hours is worse than the minimum of 8 (lower is better) on a must-have: NO-GO, named, whatever the total.
  await fill(page, 'Actual for First reply (hours)', '9');
  await fill(page, 'Actual for Customer rating', '4.5');
  await fill(page, 'Actual for Our hours fixing', '2');
  await expect(decision(page)).toHaveText(
    'NO-GO — the must-have “First reply (hours)” is worse than the minimum, whatever the total (70%).',
  );
  await expect(page.locator('.recommendation a[href="/guides/evaluating-vendors/"]')).toHaveCount(1);

  // Every target met: 100 % → GO.
  await fill(page, 'Actual for First reply (hours)', '3.5');
  await expect(decision(page)).toHaveText('GO — the weighted score is 100%, at or above 80%.');
  await expect(page.locator('.recommendation a[href="/guides/contracts-and-slas/"]')).toHaveCount(1);
});

test('the 80 % and 60 % edges, and a lower-is-better criterion at its minimum', async ({ page }) => {
  await openTool(page, URL);
  // Weights 8 and 2; A meets its target (1), B is worse than its minimum (0): 100 × 8 ÷ 10 = 80 % → GO.
  await addCriterion(page, { name: 'A', weight: '8', target: '10', minimum: '5', actual: '10' });
  await addCriterion(page, { name: 'B', weight: '2', target: '10', minimum: '5', actual: '4' });
  await expect(decision(page)).toHaveText('GO — the weighted score is 80%, at or above 80%.');
  // Weights 3 and 2: 60 % → GO with conditions (B is short of target).
  await fill(page, 'Weight for A', '3');
  await expect(decision(page)).toContainText('GO with conditions — the weighted score is 60%.');
  // B lower is better, target 2 and minimum 5: an actual of exactly 5 scores 0.5 → 3 + 2×0.5 = 4 of 5 = 80 %.
  await check(page, 'Lower is better: B').check();
  await fill(page, 'Target for B', '2');
  await fill(page, 'Actual for B', '5');
  await expect(decision(page)).toHaveText('GO — the weighted score is 80%, at or above 80%.');
  // Weights 59 and 41 with B at 0 (6 is worse than 5 when lower is better): 59 % → NO-GO.
  await fill(page, 'Weight for A', '59');
  await fill(page, 'Weight for B', '41');
  await fill(page, 'Actual for B', '6');
  await expect(decision(page)).toHaveText('NO-GO — the weighted score is 59%, below 60%.');
});

test('missing and inconsistent pass marks are pointed out; bad numbers get a message', async ({ page }) => {
  await openTool(page, URL);
  await addCriterion(page, { name: 'Speed', weight: '10', target: '90', minimum: '95' });
  await expect(decision(page)).toContainText(
    'Speed has a minimum above its target: the minimum should be the lower figure (or tick “Lower is better”).',
  );
  await check(page, 'Lower is better: Speed').check();
  await expect(decision(page)).toContainText(
    'The pass marks are set. Decide on the review date, once every actual is in. Still missing: Speed.',
  );
  await fill(page, 'Weight for Speed', '-3');
  await expect(page.getByRole('link', { name: 'Weight for Speed cannot be negative' })).toBeVisible();
  await expect(box(page, 'Weight for Speed')).toHaveAttribute('aria-invalid', 'true');
  await fill(page, 'Duration in weeks', '2.5');
  await expect(page.getByRole('link', { name: 'Duration in weeks must be a whole number, like 6' })).toBeVisible();
  expect(await axeViolations(page), 'axe with errors').toEqual([]);
});

test('everything survives a reload; the agreement downloads as Markdown and copies, or shows its text', async ({
  page,
  baseURL,
}) => {
  await openTool(page, URL);
  await fillTrial(page);
  for (const r of GUIDE.slice(0, 2)) await addCriterion(page, r);
  await page.reload();
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  await expect(box(page, 'Vendor')).toHaveValue('Acme Support');
  await expect(box(page, 'Duration in weeks')).toHaveValue('6');
  await expect(page.getByLabel('Start date')).toHaveValue('2027-03-01');
  await expect(box(page, 'Criterion 2 name')).toHaveValue('Quality check passed (%)');
  await expect(box(page, 'Minimum for First reply (hours)')).toHaveValue('8');
  await expect(check(page, 'Lower is better: First reply (hours)')).toBeChecked();
  await expect(check(page, 'Must-have: Quality check passed (%)')).toBeChecked();
  await expect(box(page, 'How it is measured for First reply (hours)')).toHaveValue('Help desk report');

  const agreement = page.locator('#pp-agreement-doc');
  await expect(agreement).toContainText('Pilot agreement with Acme Support');
  await expect(agreement).toContainText('From Mar 1, 2027 for 6 weeks, to Apr 12, 2027.');
  const md = await downloadOf(page, 'Download agreement (Markdown)');
  expect(md.name).toMatch(/^pilot-agreement-acme-support-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain('| First reply (hours) | 50% | 4 | 8 | lower | yes | Help desk report |');
  expect(md.text).toContain('- **NO-GO** if any must-have is worse than its minimum, whatever the total.');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.evaluate(() => {
    navigator.clipboard.writeText = (text: string) => {
      (window as unknown as { __copied: string }).__copied = text;
      return Promise.resolve();
    };
  });
  await button(page, 'Copy agreement as Markdown').click();
  await expect(page.getByText('Copied the pilot agreement as Markdown.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __copied: string }).__copied)).toBe(md.text);
  // Clipboard refused: the text appears in a read-only box instead.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
  });
  await button(page, 'Copy agreement as Markdown').click();
  await expect(page.getByText('Your browser did not allow copying.')).toBeVisible();
  await expect(page.getByLabel('The pilot agreement as Markdown')).toHaveValue(md.text);
  expect(await axeViolations(page), 'axe with the copy box').toEqual([]);
});

test('printing the agreement prints it alone', async ({ page }) => {
  await openTool(page, URL);
  await fillTrial(page);
  await page.evaluate(() => (window.print = () => undefined));
  await button(page, 'Print agreement').click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#pp-agreement-doc')).toBeVisible();
  await expect(page.locator('.pp-results')).toBeHidden();
  await expect(page.locator('h1')).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.pp-results')).toBeVisible();
});

test('keyboard only: add a criterion, fill it in and tick its boxes', async ({ page }) => {
  await openTool(page, URL);
  await button(page, 'Add criterion').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Criterion 1 name')).toBeFocused();
  await page.keyboard.type('Rating');
  for (const [name, value] of [
    ['Weight for Rating', '10'],
    ['Target for Rating', '4.5'],
    ['Minimum for Rating', '4'],
    ['Actual for Rating', '4.6'],
  ]) {
    await page.keyboard.press('Tab');
    await expect(box(page, name!)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(value!);
  }
  await page.keyboard.press('Tab');
  await expect(check(page, 'Must-have: Rating')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(check(page, 'Must-have: Rating')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(box(page, 'How it is measured for Rating')).toBeFocused();
  await expect(decision(page)).toHaveText('GO — the weighted score is 100%, at or above 80%.');
  await button(page, 'Remove criterion 1').focus();
  await page.keyboard.press('Enter');
  await expect(button(page, 'Add criterion')).toBeFocused();
});

test('reflows at 320 px with criteria and a decision', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, URL);
  await fillTrial(page);
  await addCriterion(page, GUIDE[1]!);
  await expect(decision(page)).toContainText('GO');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
