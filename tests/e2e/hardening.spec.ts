/**
 * Hardening, end to end: a newer version written by another tab never wipes this tab's values
 * nor is overwritten by them; a share link whose "companions" is not an object only shows a
 * message (and the scorecard still seeds its two vendors); corrupt settings are told, not lost.
 */
import { deflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { openTool } from './support/tool-page';

const KEY = 'os:tool:default:total-cost';
const salary = (page: import('@playwright/test').Page) =>
  page.getByRole('textbox', { name: 'Annual salary', exact: true });

test('a newer version written in another tab is kept, and this tab keeps its values and stops writing', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openTool(page, '/tools/total-cost/');
  await salary(page).fill('42000');
  await salary(page).blur();

  const other = await context.newPage();
  await other.goto('/about/');
  const newer = JSON.stringify({ format: 'outsource-smart', tool: 'total-cost', v: 2, data: { next: 'shape' } });
  await other.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, newer]);

  await expect(page.getByText('This tool was updated in another tab.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(salary(page)).toHaveValue('42,000');
  await salary(page).fill('50000');
  await salary(page).blur();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
  expect(await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}:backup`)), KEY)).toEqual(
    [],
  );
  expect(errors).toEqual([]);
});

test('a share link whose companions is not an object only shows a message; two vendors are still seeded', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const json = JSON.stringify({
    format: 'outsource-smart',
    tool: 'vendor-scorecard',
    v: 1,
    data: {
      criteria: [{ id: 'price', lib: 'price', name: 'Price', weight: 1, min: null, fromBids: false }],
      scores: {},
      bids: {},
    },
    companions: 'x',
  });
  const hash = deflateRawSync(Buffer.from(json)).toString('base64url');
  await openTool(page, `/tools/vendor-scorecard/#share=${hash}`);
  await expect(page.getByText(/This share link cannot be used: .*companions/)).toBeVisible();
  await expect(page.getByLabel('Vendor 1 name')).toBeVisible();
  await expect(page.getByLabel('Vendor 2 name')).toBeVisible();
  expect(errors).toEqual([]);
});

test('corrupt settings are kept aside and the visitor told', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('os:settings', '{"locale":42');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/tools/readiness/');
  await expect(page.getByText('Your number format and currency settings could not be read')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('os:settings:backup'))).toBe('{"locale":42');
});
