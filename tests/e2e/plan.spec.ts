/**
 * /plan/: two engagements side by side, each with its own figures; rename, duplicate, delete
 * with undo; the workspace backup round trip; a bad file changes nothing, byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { openTool } from './support/tool-page';

const salary = (page: Page) => page.getByRole('textbox', { name: 'Annual salary', exact: true });
const storageOf = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

async function twoEngagements(page: Page) {
  await openTool(page, '/tools/total-cost/');
  await salary(page).fill('42000');
  await salary(page).blur();
  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByLabel('Engagement name').fill('Customer support');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(salary(page)).toHaveValue('45,000');
  await salary(page).fill('30000');
  await salary(page).blur();
  await openTool(page, '/tools/readiness/');
  await page.getByRole('radio', { name: 'Yes' }).first().check();
}

test('the dashboard shows each engagement’s own figures and the next step', async ({ page }) => {
  await openTool(page, '/plan/');
  await expect(page.getByText('Nothing entered yet. Start with the first stage')).toBeVisible();
  expect(await axeViolationsInBothThemes(page)).toEqual([]);

  await twoEngagements(page);
  await openTool(page, '/plan/');
  const first = page.getByRole('region', { name: 'My first engagement' });
  const second = page.getByRole('region', { name: /^Customer support/ });
  await expect(first.getByText(/Total cost of engagement: Over 36 months outsourcing/)).toBeVisible();
  await expect(second.getByText(/Readiness self-audit: 100 % — .* \(provisional, 1 of 14 answered\)\./)).toBeVisible();
  await expect(first.getByText(/Readiness self-audit: not started\./)).toBeVisible();
  // Next step: the first stage with nothing started (Decide has the readiness audit).
  await expect(first.getByText(/Next step: Decide\./)).toBeVisible();
  await expect(second.getByText(/Next step: Choose\./)).toBeVisible();
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
});

test('rename, duplicate, delete and undo', async ({ page }) => {
  await twoEngagements(page);
  await openTool(page, '/plan/');
  await page.getByLabel('New name for Customer support').fill('Support desk');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByLabel('Engagement', { exact: true }).locator('option:checked')).toHaveText('Support desk');
  await page.getByRole('button', { name: 'Duplicate “Support desk”' }).click();
  await expect(page.getByRole('region', { name: /^Support desk \(copy\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Delete “Support desk (copy)”' }).click();
  await expect(page.getByText('Deleted “Support desk (copy)” and all its values.')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Support desk \(copy\)/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: /^Support desk \(copy\)/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^Support desk \(copy\)/ }).getByText(/Readiness self-audit: 100 %/),
  ).toBeVisible();
});

test('export workspace, then a bad file changes nothing and a good one restores everything', async ({
  page,
  browser,
}, info) => {
  await twoEngagements(page);
  await openTool(page, '/plan/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text).engagements.map((e: { name: string }) => e.name)).toEqual([
    'My first engagement',
    'Customer support',
  ]);

  // A file with one bad field: rejected, naming engagement, tool and field; storage byte for byte the same.
  const bad = JSON.parse(text);
  bad.engagements[1].tools['total-cost'].data.values.salary = -5;
  const badPath = info.outputPath('bad-workspace.json');
  writeFileSync(badPath, JSON.stringify(bad));
  const before = await storageOf(page);
  await page.getByLabel('Import workspace').setInputFiles(badPath);
  await expect(
    page.getByText(/Import failed: Engagement “Customer support”, Total cost of engagement tool: .*Annual salary/),
  ).toBeVisible();
  expect(await storageOf(page)).toEqual(before);

  // In a fresh browser, "Replace" restores both engagements with their values.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openTool(other, '/plan/');
  await other.getByLabel('Replace all my engagements and settings').check();
  await other.getByLabel('Import workspace').setInputFiles(file);
  await expect(other.getByText(/Replaced everything with 2 engagements/)).toBeVisible();
  await openTool(other, '/tools/total-cost/');
  await expect(salary(other)).toHaveValue('42,000');
  await other.getByLabel('Engagement', { exact: true }).selectOption({ label: 'Customer support' });
  await expect(salary(other)).toHaveValue('30,000');
  await fresh.close();
});

test('the plan report prints one engagement’s tools, with no site chrome', async ({ page }) => {
  await twoEngagements(page);
  await page.getByLabel('Engagement', { exact: true }).selectOption({ label: 'My first engagement' });
  await openTool(page, '/plan/report/');
  await expect(page.getByRole('heading', { name: 'My first engagement', level: 2 })).toBeVisible();
  const part = page.getByRole('region', { name: /^Total cost of engagement/ });
  await expect(part.getByRole('row', { name: /Annual salary/ })).toContainText('$42,000');
  await expect(part.getByRole('row', { name: /Break-even/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Readiness self-audit/ })).toHaveCount(0); // Only in the other engagement.
  expect(await axeViolationsInBothThemes(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2); // The cover, then the tools.
  expect(pages).toBeLessThanOrEqual(3);
});
