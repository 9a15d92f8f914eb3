/** The RACI builder end to end, driven by its visible labels like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/raci/';
const KEY = 'os:tool:default:raci';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const check = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const cell = (page: Page, role: string, task: string) =>
  page.getByRole('combobox', { name: `${role} on ${task}`, exact: true });
const checks = (page: Page) => page.locator('.raci-checks .verdict[role="status"]');

/** Presses a button by keyboard. */
async function press(page: Page, name: string) {
  await button(page, name).focus();
  await page.keyboard.press('Enter');
}

/** Gives a cell its letter by keyboard: focus the select and type the letter (blank: Home). */
async function letter(page: Page, role: string, task: string, value: 'R' | 'A' | 'C' | 'I' | '') {
  await cell(page, role, task).focus();
  if (value === '') await page.keyboard.press('Home');
  else await page.keyboard.type(value);
  await expect(cell(page, role, task)).toHaveValue(value);
}

/** Two tasks, three roles, no letters yet — all by keyboard. */
async function buildSmallChart(page: Page) {
  await press(page, 'Add task');
  await expect(box(page, 'Task 1 name')).toBeFocused();
  await page.keyboard.type('Record transactions');
  await page.keyboard.press('Tab');
  await expect(check(page, 'Outsourced: Record transactions')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(check(page, 'Outsourced: Record transactions')).toBeChecked();
  await press(page, 'Add task');
  await expect(box(page, 'Task 2 name')).toBeFocused();
  await page.keyboard.type('Approve payments');
  for (const [n, name] of ['Owner', 'Office manager', 'Vendor bookkeeper'].entries()) {
    await press(page, 'Add role');
    await expect(box(page, `Role ${n + 1} name`)).toBeFocused();
    // Before it has a name, its labels say "Role N".
    await expect(check(page, `At the vendor: Role ${n + 1}`)).toBeVisible();
    await page.keyboard.type(name);
  }
  await check(page, 'At the vendor: Vendor bookkeeper').focus();
  await page.keyboard.press('Space');
  await expect(check(page, 'At the vendor: Vendor bookkeeper')).toBeChecked();
}

test('build a small chart by keyboard: each rule’s message names its task', async ({ page }) => {
  await openTool(page, URL);
  await expect(checks(page)).toContainText('No tasks yet');
  expect(await axeViolationsInBothThemes(page), 'axe at first visit').toEqual([]);
  await buildSmallChart(page);

  // No letters yet: every task lacks its A and its R, every role its letters.
  await expect(checks(page)).toContainText('Record transactions has no A: give exactly one role the A (accountable).');
  await expect(checks(page)).toContainText('Approve payments has no R');
  await expect(checks(page)).toContainText('Office manager has no letters on any task');
  expect(await axeViolationsInBothThemes(page), 'axe with every problem').toEqual([]);

  // Two As.
  await letter(page, 'Owner', 'Record transactions', 'A');
  await letter(page, 'Office manager', 'Record transactions', 'A');
  await letter(page, 'Vendor bookkeeper', 'Record transactions', 'R');
  await expect(checks(page)).toContainText(
    'Record transactions has 2 As (Owner and Office manager): keep exactly one A.',
  );
  await expect(page.getByRole('rowheader', { name: /Record transactions/ })).toContainText('needs a change');

  // The A of outsourced work at the vendor.
  await letter(page, 'Owner', 'Record transactions', '');
  await letter(page, 'Office manager', 'Record transactions', 'R');
  await letter(page, 'Vendor bookkeeper', 'Record transactions', 'A');
  await expect(checks(page)).not.toContainText('2 As');
  await expect(checks(page)).toContainText(
    'Record transactions is outsourced, but its A sits at the vendor (Vendor bookkeeper): accountability cannot be outsourced',
  );
  await expect(checks(page).getByRole('link', { name: 'Accountability stays with you' })).toHaveAttribute(
    'href',
    '/guides/roles-and-responsibilities/#accountability-stays-with-you',
  );
  expect(await axeViolationsInBothThemes(page), 'axe with a vendor A').toEqual([]);
});

test('a lone A passes once the A may do the work; fixed, the chart passes and a reload keeps it', async ({ page }) => {
  await openTool(page, URL);
  await buildSmallChart(page);
  await letter(page, 'Vendor bookkeeper', 'Record transactions', 'A');
  // A lone A: no R while the setting is off; passes once the A may do the work.
  await letter(page, 'Owner', 'Approve payments', 'A');
  await expect(checks(page)).toContainText(
    'Approve payments has no R: give at least one role the R (responsible for doing the work).',
  );
  await check(page, 'The accountable person may also do the work').focus();
  await page.keyboard.press('Space');
  await expect(checks(page)).not.toContainText('Approve payments has no R');

  // Fix the rest: the A back on our side, the bookkeeper does the work.
  await letter(page, 'Office manager', 'Record transactions', 'A');
  await letter(page, 'Vendor bookkeeper', 'Record transactions', 'R');
  await letter(page, 'Vendor bookkeeper', 'Approve payments', 'C');
  await expect(checks(page)).toContainText(
    'All 2 tasks pass: each has exactly one A and at least one R (or a lone A who does the work).',
  );
  await expect(checks(page).locator('li')).toHaveCount(0);
  await expect(checks(page).locator('a[href="/guides/roles-and-responsibilities/"]')).toHaveCount(1);
  expect(await axeViolationsInBothThemes(page), 'axe with every check passed').toEqual([]);

  // Reload keeps everything.
  await page.reload();
  await expect(box(page, 'Task 1 name')).toHaveValue('Record transactions');
  await expect(check(page, 'Outsourced: Record transactions')).toBeChecked();
  await expect(check(page, 'Outsourced: Approve payments')).not.toBeChecked();
  await expect(check(page, 'At the vendor: Vendor bookkeeper')).toBeChecked();
  await expect(check(page, 'The accountable person may also do the work')).toBeChecked();
  await expect(cell(page, 'Office manager', 'Record transactions')).toHaveValue('A');
  await expect(cell(page, 'Vendor bookkeeper', 'Approve payments')).toHaveValue('C');
  await expect(checks(page)).toContainText('All 2 tasks pass');
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
  expect(stored.tasks.map((t: { name: string }) => t.name)).toEqual(['Record transactions', 'Approve payments']);
  expect(stored.aDoesWork).toBe(true);
});

test('presets add tasks and roles that pass, reuse roles by name, and stop at the limits', async ({ page }) => {
  await openTool(page, URL);
  await page.getByLabel('RACI preset', { exact: true }).selectOption({ label: 'Bookkeeping (6 tasks, 4 roles)' });
  await press(page, 'Add preset');
  await expect(box(page, 'Task 1 name')).toBeFocused();
  await expect(box(page, 'Task 1 name')).toHaveValue('Record transactions');
  await expect(check(page, 'At the vendor: Vendor bookkeeper')).toBeChecked();
  await expect(checks(page)).toContainText('All 6 tasks pass');
  // Customer support and IT support: the owner and office manager are reused, not doubled.
  for (const label of ['Customer support (7 tasks, 4 roles)', 'IT support (6 tasks, 4 roles)']) {
    await page.getByLabel('RACI preset', { exact: true }).selectOption({ label });
    await press(page, 'Add preset');
  }
  await expect(box(page, 'Task 19 name')).toHaveValue('Approve new software and equipment');
  await expect(box(page, 'Role 9 name')).toHaveValue('Vendor engineer');
  await expect(page.getByRole('textbox', { name: /^Role \d+ name$/ })).toHaveCount(9);
  await expect(checks(page)).toContainText('All 19 tasks pass');
  // The handover's 4 new roles would make 13 of 12.
  await page.getByLabel('RACI preset', { exact: true }).selectOption({ label: 'Handover (7 tasks, 5 roles)' });
  await press(page, 'Add preset');
  await expect(
    page.getByText('The handover preset adds 7 tasks and 4 roles, but you can have at most 30 tasks and 12 roles.'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Task \d+ name$/ })).toHaveCount(19);
  expect(await axeViolationsInBothThemes(page), 'axe with a full chart and a limit message').toEqual([]);
});

test('keyboard only: tasks move with Alt+↑, a removed role takes its letters along', async ({ page }) => {
  await openTool(page, URL);
  for (const label of ['Bookkeeping (6 tasks, 4 roles)', 'IT support (6 tasks, 4 roles)']) {
    await page.getByLabel('RACI preset', { exact: true }).selectOption({ label });
    await press(page, 'Add preset');
  }
  await expect(page.getByRole('textbox', { name: /^Role \d+ name$/ })).toHaveCount(6);
  await expect(box(page, 'Role 6 name')).toHaveValue('Vendor engineer');
  await box(page, 'Task 2 name').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(box(page, 'Task 1 name')).toHaveValue('Reconcile the bank accounts');
  await expect(box(page, 'Task 1 name')).toBeFocused();
  await expect(page.locator('.raci-grid tbody th').first()).toContainText('Reconcile the bank accounts');
  await press(page, 'Remove role 6');
  await expect(cell(page, 'Vendor engineer', 'Run payroll')).toHaveCount(0);
  // The IT tasks the engineer did now lack their R.
  await expect(checks(page)).toContainText('Patch and update computers and phones has no R');
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
  const roles = Object.values(stored.cells as Record<string, Record<string, string>>).flatMap(Object.keys);
  expect(new Set(roles).size).toBe(5);
  expect(await axeViolationsInBothThemes(page), 'axe after moving and removing').toEqual([]);
});

test('CSV with a task named "=cmd" is neutralised; Markdown holds the chart and its checks', async ({
  page,
  baseURL,
}) => {
  await openTool(page, URL);
  await press(page, 'Add task');
  await page.keyboard.type('=cmd');
  await press(page, 'Add role');
  await page.keyboard.type('Owner');
  await letter(page, 'Owner', '=cmd', 'A');
  const csv = await downloadOf(page, 'Download CSV');
  expect(csv.name).toMatch(/^raci-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text).toBe('"Task","Outsourced","Owner"\r\n"\'=cmd","no","A"\r\n');
  const md = await downloadOf(page, 'Download Markdown');
  expect(md.name).toMatch(/^raci-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain('| Task | Outsourced | Owner |');
  expect(md.text).toContain('| =cmd | no | A |');
  expect(md.text).toContain('- Fix: =cmd has no R');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await button(page, 'Copy as Markdown').click();
  await expect(page.getByText('Copied as Markdown.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.raci-inputs')).toBeHidden();
  await expect(page.locator('.raci-grid')).toBeVisible();
  await expect(page.locator('.raci-checks')).toBeVisible();
});

test('at 320 px the chart is a list per task and the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, URL);
  await page.getByLabel('RACI preset', { exact: true }).selectOption({ label: 'Handover (7 tasks, 5 roles)' });
  await press(page, 'Add preset');
  await expect(checks(page)).toContainText('All 7 tasks pass');
  // Each role's name is shown beside its select (the column headers are hidden).
  await expect(page.locator('.raci-grid thead')).toHaveCSS('position', 'absolute');
  await expect(page.locator('.raci-grid label[for]').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolationsInBothThemes(page), 'axe at 320 px').toEqual([]);
});
