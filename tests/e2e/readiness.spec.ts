/** The readiness self-audit end to end: answers, score bands, recommendations, persistence. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/readiness/';
const question = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });
const answer = (page: Page, n: number, value: 'Yes' | 'No') =>
  question(page, n).getByRole('radio', { name: value, exact: true }).check();
const result = (page: Page) => page.locator('.questionnaire-result');

test('scores Yes ÷ answered, shows the band, the unanswered count and a recommendation per No', async ({ page }) => {
  await openTool(page, URL);
  await expect(result(page)).toContainText('Answer at least one question to see your score.');
  // 8 Yes, 2 No, 4 unanswered: 8 / 10 = 80 % → Ready (the edge of the band).
  for (let n = 1; n <= 8; n++) await answer(page, n, 'Yes');
  await answer(page, 9, 'No');
  await answer(page, 6 + 4, 'No');
  await expect(result(page)).toContainText('Score: 80% — Ready');
  await expect(result(page)).not.toContainText('Provisional'); // 10 of 14 answered
  await expect(result(page)).toContainText('4 of 14 unanswered. Unanswered questions are not counted in the score.');
  // One more No: 8 / 11 = 72.7 % → Nearly ready.
  await answer(page, 11, 'No');
  await expect(result(page)).toContainText('Score: 72.7% — Nearly ready');
  // Three more No: 8 / 14 = 57.1 % → Not ready.
  for (const n of [12, 13, 14]) await answer(page, n, 'No');
  await expect(result(page)).toContainText('Score: 57.1% — Not ready yet');
  await expect(result(page)).not.toContainText('unanswered');
  await expect(page.getByRole('heading', { name: 'What to do next (6)' })).toBeVisible();
  // Each No links its guide; a tool is linked only once it is built.
  const recs = page.locator('.recommendations li');
  const checkIns = recs.filter({ hasText: 'regular check-ins' });
  await expect(checkIns.getByRole('link').first()).toHaveAttribute('href', '/guides/communication-plan/');
  // The communication plan is built now, so its tool is linked too.
  await expect(checkIns.locator('a[href="/tools/communication-plan/"]')).toHaveCount(1);
  await expect(page.locator('.recommendations a[href="/tools/goals-scope/"]')).toHaveCount(0);
  await expect(result(page)).not.toContainText(/NaN|Infinity/);
});

test('a No on a question whose tool is built links that tool', async ({ page }) => {
  await openTool(page, URL);
  await answer(page, 6, 'No'); // full monthly cost → Total cost of engagement (built)
  await expect(page.locator('.recommendations a[href="/tools/total-cost/"]')).toBeVisible();
  await expect(page.locator('.recommendations a[href="/guides/total-cost-of-engagement/"]')).toBeVisible();
  await expect(result(page)).toContainText('Score: 0% — Not ready yet');
});

test('answers survive a reload', async ({ page }) => {
  await openTool(page, URL);
  await answer(page, 1, 'Yes');
  await answer(page, 2, 'No');
  await page.reload();
  await expect(question(page, 1).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(question(page, 2).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(result(page)).toContainText('Score: 50% — Not ready yet');
  await expect(result(page)).toContainText('12 of 14 unanswered');
  // An answer can be taken back: it stops counting, and stays cleared after a reload.
  await page.getByRole('button', { name: 'Clear answer to question 2' }).click();
  await expect(question(page, 2).getByRole('radio', { name: 'No', exact: true })).not.toBeChecked();
  await expect(question(page, 2).getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();
  await expect(result(page)).toContainText('Score: 100% — Ready');
  // One answer is not much to go on: the result says so.
  await expect(result(page)).toContainText('Provisional: based on 1 of 14 questions.');
  await page.reload();
  await expect(result(page)).toContainText('13 of 14 unanswered');
  await expect(page.getByRole('button', { name: 'Clear answer to question 2' })).toHaveCount(0);
});

test('why it matters is one click away', async ({ page }) => {
  await openTool(page, URL);
  const why = question(page, 3).getByText('Why it matters');
  await why.click();
  await expect(question(page, 3).getByText('Work that sets you apart is hard to get back')).toBeVisible();
});

test('export carries the answers', async ({ page }) => {
  await openTool(page, URL);
  await answer(page, 4, 'Yes');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export (JSON)' }).click();
  const { readFileSync } = await import('node:fs');
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(json).toMatchObject({ tool: 'readiness', v: 1, data: { answers: { all: { 'compared-vendors': 'yes' } } } });
});

test('the Markdown report has the score, the advice for each No and every answer', async ({ page }) => {
  await openTool(page, URL);
  await answer(page, 4, 'Yes');
  await answer(page, 9, 'No');
  const { name, text } = await downloadOf(page, 'Download report (Markdown)');
  expect(name).toMatch(/^readiness-\d{4}-\d{2}-\d{2}\.md$/);
  expect(text).toContain('**Score: 50% — Not ready yet.**');
  expect(text).toContain('12 of 14 unanswered; unanswered questions are not counted in the score.');
  expect(text).toContain('## What to do next (1)');
  expect(text).toMatch(/- \*\*Have you planned regular check-ins[^\n]*\*\* No\.[^\n]*\/guides\/communication-plan\/\)/);
  expect(text).toMatch(/^4\. Will you compare [^\n]* — \*\*Yes\*\*$/m);
  expect(text).toMatch(/^1\. [^\n]* — \*\*Not answered\*\*$/m);
});

test('axe finds nothing before, during and after answering, in both themes', async ({ page }) => {
  await openTool(page, URL);
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
  await answer(page, 1, 'No');
  await question(page, 1).getByText('Why it matters').click();
  expect(await axeViolations(page)).toEqual([]);
  for (let n = 2; n <= 14; n++) await answer(page, n, 'Yes');
  expect(await axeViolations(page)).toEqual([]);
});

test('the questionnaire can be answered with the keyboard alone', async ({ page }) => {
  await openTool(page, URL);
  const yes1 = question(page, 1).getByRole('radio', { name: 'Yes', exact: true });
  await yes1.focus();
  await page.keyboard.press('Space');
  await expect(yes1).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(question(page, 1).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  // Tab leaves the radio group for "Clear answer", then "Why it matters", then the next question.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear answer to question 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(question(page, 1).getByText('A vendor can only hit a target it can see.')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(question(page, 2).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(result(page)).toContainText('Score: 50%');
});
