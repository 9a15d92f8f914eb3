/**
 * Several engagements on one page: switching the "Engagement" select re-binds every island at
 * once, without a reload, and never mixes two engagements' values (also after a reload and
 * in a second tab).
 */
import { expect, test, type Page } from '@playwright/test';
import { openTool } from './support/tool-page';

const salary = (page: Page) => page.getByRole('textbox', { name: 'Annual salary', exact: true });

async function setSalary(page: Page, text: string) {
  await salary(page).fill(text);
  await salary(page).blur();
}

test('switch engagement at runtime on a tool page, and back, without mixing values', async ({ page, context }) => {
  await openTool(page, '/tools/total-cost/');
  await expect(page.getByLabel('Engagement', { exact: true })).toHaveValue('default');
  await setSalary(page, '42000');

  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByLabel('Engagement name').fill('Customer support');
  await page.getByLabel('Engagement name').press('Enter');
  const select = page.getByLabel('Engagement', { exact: true });
  await expect(select.locator('option:checked')).toHaveText('Customer support');
  // A new engagement starts from the defaults, on the same page (no reload happened).
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
  await expect(salary(page)).toHaveValue('45,000');
  await setSalary(page, '30000');

  await select.selectOption({ label: 'My first engagement' });
  await expect(salary(page)).toHaveValue('42,000');
  await select.selectOption({ label: 'Customer support' });
  await expect(salary(page)).toHaveValue('30,000');
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);

  const stored = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.endsWith(':total-cost'))
        .map((k) => [k.split(':')[2], JSON.parse(localStorage.getItem(k)!).data.values.salary]),
    ),
  );
  const id = await select.inputValue();
  expect(stored).toEqual({ default: 42000, [id]: 30000 });

  // The choice is remembered; a second tab shows the same engagement's values.
  await page.reload();
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  await expect(salary(page)).toHaveValue('30,000');
  const second = await context.newPage();
  await openTool(second, '/tools/total-cost/');
  await expect(salary(second)).toHaveValue('30,000');
  // Switching in one tab moves the other with it: neither shows one engagement's values under another's name.
  await second.getByLabel('Engagement', { exact: true }).selectOption({ label: 'My first engagement' });
  await expect(salary(second)).toHaveValue('42,000');
  await expect(page.getByLabel('Engagement', { exact: true }).locator('option:checked')).toHaveText(
    'My first engagement',
  );
  await expect(salary(page)).toHaveValue('42,000');
});

test('per-vendor tools keep one vendor list per engagement', async ({ page }) => {
  await openTool(page, '/tools/due-diligence/');
  await page.getByLabel('New vendor name').fill('Acme Books');
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByLabel('Engagement name').fill('Payroll');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByText('Add a vendor above to start the due-diligence checklist.')).toBeVisible();
  await page.getByLabel('Engagement', { exact: true }).selectOption({ label: 'My first engagement' });
  await expect(page.getByLabel('Show answers for')).toHaveValue(/.+/);
  await expect(page.getByLabel('Show answers for').locator('option:checked')).toHaveText('Acme Books');
});
