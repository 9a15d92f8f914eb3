/** The contract checklist end to end: clauses, the contract brief, persistence, print. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/contract-checklist/';
const clause = (page: Page, text: string) => page.getByRole('group', { name: new RegExp(`^${text}`) });
const mark = (page: Page, text: string, status: 'Agreed' | 'Not needed' | 'Still open') =>
  clause(page, text).getByRole('radio', { name: status, exact: true }).check();
const status = (page: Page) => page.locator('.checklist-status');

test('agreed clauses count; not-needed ones are left out; critical open ones are listed', async ({ page }) => {
  await openTool(page, URL);
  await expect(status(page)).toContainText('0 of 18 agreed');
  await expect(status(page)).toContainText('Critical items still open (7)');
  await mark(page, 'Scope of services', 'Agreed');
  await mark(page, 'Sub-contracting', 'Not needed');
  await expect(status(page)).toContainText('1 of 17 agreed (1 not needed, not counted)');
  await expect(status(page)).toContainText('Critical items still open (6)');
  await clause(page, 'Ownership of intellectual property').getByText('Why it matters').click();
  await expect(clause(page, 'Ownership of intellectual property').getByText(/^Ask a lawyer:/)).toBeVisible();
});

test('the contract brief lists agreed and open points with questions for a lawyer', async ({ page }) => {
  await openTool(page, URL);
  await mark(page, 'Scope of services', 'Agreed');
  await clause(page, 'Scope of services').getByLabel('Note (optional)').fill('Schedule 1 of the draft');
  await mark(page, 'Sub-contracting', 'Not needed');
  const brief = await downloadOf(page, 'Download contract brief (Markdown)');
  expect(brief.name).toMatch(/^contract-checklist-\d{4}-\d{2}-\d{2}\.md$/);
  expect(brief.text).toContain('# Contract brief');
  expect(brief.text).toMatch(
    /## Agreed \(1\)\n\n- \*\*Critical:\*\* Scope of services\n {2}- Note: Schedule 1 of the draft/,
  );
  expect(brief.text).toMatch(
    /## Still open \(16\)[\s\S]*- Deliverables\n {2}- Should say: [^\n]+\n {2}- Ask a lawyer: /,
  );
  expect(brief.text).toMatch(/## Not needed \(1\)\n\n- Sub-contracting/);
  const csv = await downloadOf(page, 'Download contract checklist as a table (CSV)');
  expect(csv.text).toContain('"The work itself","Scope of services","yes","Agreed","Schedule 1 of the draft"');
});

test('answers survive a reload', async ({ page }) => {
  await openTool(page, URL);
  await mark(page, 'Dispute resolution', 'Agreed');
  await clause(page, 'Dispute resolution').getByLabel('Note (optional)').fill('Mediation first');
  await page.reload();
  await expect(clause(page, 'Dispute resolution').getByRole('radio', { name: 'Agreed' })).toBeChecked();
  await expect(clause(page, 'Dispute resolution').getByLabel('Note (optional)')).toHaveValue('Mediation first');
  await expect(status(page)).toContainText('1 of 18 agreed');
});

test('axe finds nothing in the initial and answered states, in both themes', async ({ page }) => {
  await openTool(page, URL);
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
  await mark(page, 'Scope of services', 'Agreed');
  await mark(page, 'Sub-contracting', 'Not needed');
  await clause(page, 'Termination and exit').getByText('Why it matters').click();
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard only: answer a clause and follow a critical link', async ({ page }) => {
  await openTool(page, URL);
  const scope = clause(page, 'Scope of services');
  await scope.getByRole('radio', { name: 'Agreed' }).focus();
  await page.keyboard.press('Space');
  await expect(scope.getByRole('radio', { name: 'Agreed' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(scope.getByRole('radio', { name: 'Not needed' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(status(page)).toContainText('1 of 18 agreed');
  const link = status(page).getByRole('link', { name: 'Fees and payment terms' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#contract-checklist--payment$/);
});

test('print shows the clauses without the toolbar', async ({ page }) => {
  await openTool(page, URL);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tool-actions')).toBeHidden();
  await expect(clause(page, 'Scope of services')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download contract brief (Markdown)' })).toBeHidden();
});
