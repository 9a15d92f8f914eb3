/** The due-diligence checklist end to end: per-vendor answers, progress, exports, persistence. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/due-diligence/';
const main = (page: Page) => page.locator('section.checklist').first();
const item = (page: Page, text: string) => main(page).getByRole('group', { name: new RegExp(`^${text}`) });
const mark = (page: Page, text: string, status: string) =>
  item(page, text).getByRole('radio', { name: status, exact: true }).check();

async function addVendor(page: Page, name: string) {
  await page.getByLabel('New vendor name').fill(name);
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByLabel('Show answers for')).toHaveValue(/.+/);
}

test('a vendor must be added first; answers count towards "N of M checked"', async ({ page }) => {
  await openTool(page, URL);
  await expect(page.getByText('Add a vendor above to start the due-diligence checklist.')).toBeVisible();
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByText('Enter the vendor’s name')).toBeVisible();
  await addVendor(page, 'Acme Books');
  const status = main(page).locator('.checklist-status');
  await expect(status).toContainText('0 of 28 checked');
  await expect(status).toContainText('Critical items still open (8)');
  await mark(page, 'The vendor has done this kind of work', 'Checked');
  await mark(page, 'Where health information is involved', 'Not applicable');
  await expect(status).toContainText('1 of 27 checked (1 not applicable, not counted)');
  await expect(status).toContainText('Critical items still open (7)');
  await expect(status.getByRole('link', { name: /^You have phoned at least two current clients/ })).toBeVisible();
});

test('answers and notes survive a reload, and each vendor keeps its own', async ({ page }) => {
  await openTool(page, URL);
  await addVendor(page, 'Acme Books');
  await mark(page, 'You have phoned at least two current clients', 'Checked');
  await item(page, 'You have phoned at least two current clients').getByLabel('Note (optional)').fill('Both happy');
  await addVendor(page, 'Birch & Co');
  await expect(page.getByRole('heading', { name: /Due-diligence checklist — Birch & Co/ })).toBeVisible();
  await expect(main(page).locator('.checklist-status')).toContainText('0 of 28 checked');
  await mark(page, 'The vendor carries professional liability', 'Checked');

  await page.reload();
  await expect(page.getByLabel('Show answers for')).toHaveValue(/.+/);
  await expect(main(page).getByRole('heading', { name: /— Birch & Co/ })).toBeVisible();
  await expect(
    item(page, 'The vendor carries professional liability').getByRole('radio', { name: 'Checked' }),
  ).toBeChecked();
  await expect(item(page, 'You have phoned at least two').getByRole('radio', { name: 'To check' })).toBeChecked();

  await page.getByLabel('Show answers for').selectOption({ label: 'Acme Books' });
  await expect(item(page, 'You have phoned at least two').getByRole('radio', { name: 'Checked' })).toBeChecked();
  await expect(item(page, 'You have phoned at least two').getByLabel('Note (optional)')).toHaveValue('Both happy');
  await expect(
    item(page, 'The vendor carries professional liability').getByRole('radio', { name: 'To check' }),
  ).toBeChecked();
  // The vendor list is the shared one, so the other vendor tools see both vendors.
  const vendors = await page.evaluate(() => localStorage.getItem('os:tool:default:vendors'));
  expect(vendors).toContain('Acme Books');
  expect(vendors).toContain('Birch & Co');
});

test('the Markdown and CSV downloads contain the answers; CSV is safe against formulas', async ({ page }) => {
  await openTool(page, URL);
  await addVendor(page, 'Acme Books');
  await mark(page, 'A data processing agreement is ready', 'Checked');
  await item(page, 'A data processing agreement is ready').getByLabel('Note (optional)').fill('=HYPERLINK("x")');
  await mark(page, 'Where health information is involved', 'Not applicable');

  const md = await downloadOf(page, 'Download due-diligence report (Markdown)');
  expect(md.name).toMatch(/^due-diligence-acme-books-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain('# Due-diligence report — Acme Books');
  expect(md.text).toContain('Progress: 1 of 27 checked (1 not applicable).');
  expect(md.text).toMatch(/## Checked \(1\)\n\n- \*\*Critical:\*\* A data processing agreement is ready/);
  expect(md.text).toContain('  - Note: =HYPERLINK("x")');

  const csv = await downloadOf(page, 'Download due-diligence checklist as a table (CSV)');
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toBe('"Vendor","Section","Item","Critical","Answer","Note"');
  expect(csv.text).toContain('"Checked","\'=HYPERLINK(""x"")"');
  expect(csv.text).toContain('"Not applicable",""');
});

test('an extra checklist added as a data file appears on the page with its own answers', async ({ page }) => {
  await openTool(page, URL);
  await addVendor(page, 'Acme Books');
  const extra = page.locator('section.checklist').nth(1);
  await expect(extra.getByRole('heading', { name: /Extra checks for IT and software providers/ })).toBeVisible();
  await extra
    .getByRole('group', { name: /^You keep the master passwords/ })
    .getByRole('radio', { name: 'Checked' })
    .check();
  await expect(extra.locator('.checklist-status')).toContainText('1 of 5 checked');
  await expect(main(page).locator('.checklist-status')).toContainText('0 of 28 checked');
});

test('axe finds nothing without vendors, with answers and open details, in both themes', async ({ page }) => {
  await openTool(page, URL);
  expect(await axeViolations(page)).toEqual([]);
  await addVendor(page, 'Acme Books');
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
  await mark(page, 'The vendor has done this kind of work', 'Checked');
  await mark(page, 'Where health information is involved', 'Not applicable');
  await item(page, 'You have phoned at least two').getByText('Why it matters').click();
  await page.getByRole('button', { name: 'Add vendor' }).click(); // error state
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard only: add a vendor, answer an item, write a note', async ({ page }) => {
  await openTool(page, URL);
  await page.getByLabel('New vendor name').focus();
  await page.keyboard.type('Acme Books');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Show answers for')).toHaveValue(/.+/);
  const first = item(page, 'The vendor has done this kind of work');
  await first.getByRole('radio', { name: 'To check' }).focus();
  await page.keyboard.press('Shift+Tab'); // nothing else in the group is a tab stop: back out…
  await first.getByRole('radio', { name: 'Checked' }).focus();
  await page.keyboard.press('Space');
  await expect(first.getByRole('radio', { name: 'Checked' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'Not applicable' })).toBeChecked();
  await page.keyboard.press('Tab'); // Why it matters
  await page.keyboard.press('Tab'); // Note
  await page.keyboard.type('Checked on their website');
  await expect(first.getByLabel('Note (optional)')).toHaveValue('Checked on their website');
});
