/** The task classifier end to end, driven by its accessible names like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { openTool } from './support/tool-page';
import { jsBudget } from './support/site';
import { inlineScriptBytes, watchPage } from './support/watch';

const URL = '/tools/task-classifier/';

const QUESTIONS = [
  'Sets you apart from competitors',
  'Customers notice if it goes wrong',
  'Rests on knowledge only you have',
  'Time it takes',
  'Holds up other work',
  'Cost of doing it well',
];

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const radio = (page: Page, question: string, task: string, n: number) =>
  group(page, `${question} for ${task}`).getByRole('radio', { name: String(n), exact: true });
const verdict = (page: Page) => page.locator('.verdict');
const rows = (page: Page) => page.locator('.tc-by-quadrant tbody tr');

/** Adds a task with this name and answers its six questions in order. */
async function addTask(page: Page, name: string, scores: number[]) {
  await button(page, 'Add task').click();
  const n = await page.locator('.tc-task').count();
  await box(page, `Task ${n} name`).fill(name);
  for (const [i, s] of scores.entries()) await radio(page, QUESTIONS[i]!, name, s).check();
}

test('a new visitor starts with no tasks; the examples add names to score', async ({ page }) => {
  await openTool(page, URL);
  await expect(page.getByText('No tasks yet.')).toBeVisible();
  await expect(box(page, 'Task 1 name')).toHaveCount(0);
  await expect(verdict(page)).toContainText('Add a task and answer at least one question on each axis');
  expect(await axeViolationsInBothThemes(page), 'axe with no tasks').toEqual([]);
  await button(page, 'Add common examples').click();
  await expect(box(page, 'Task 1 name')).toHaveValue('Payroll');
  await expect(box(page, 'Task 1 name')).toBeFocused();
  await expect(box(page, 'Task 6 name')).toHaveValue('Data entry');
  await expect(button(page, 'Add common examples')).toHaveCount(0);
  await expect(verdict(page)).toContainText('Not placed yet, because an axis has no answer: Payroll, Bookkeeping');
});

test('hand-computed placements, the 3.0 edges, the chart and the guides', async ({ page }) => {
  await openTool(page, URL);
  // (1 + 3 + 1) / 3 = 1.67 strategic, (4 + 3 + 3) / 3 = 3.33 operational → Outsource (tactical).
  await addTask(page, 'Payroll', [1, 3, 1, 4, 3, 3]);
  // (3 + 3 + 3) / 3 = 3.00 and (2 + 3 + 4) / 3 = 3.00: both high → Retain in-house.
  await addTask(page, 'Quotes', [3, 3, 3, 2, 3, 4]);
  // (4 + 4 + 1) / 3 = 3.00 high, (2 + 2 + 4) / 3 = 2.67 low → Partner (strategic).
  await addTask(page, 'Product design', [4, 4, 1, 2, 2, 4]);
  await expect(verdict(page)).toHaveText('3 tasks placed: 1 Retain in-house, 1 Partner, 1 Outsource.');
  await expect(rows(page)).toHaveText([
    /Quotes\s*3\.00\s*3\.00\s*Retain in-house\s*Keeping the core/,
    /Product design\s*3\.00\s*2\.67\s*Partner\s*strategic outsourcing\s*Strategic outsourcing/,
    /Payroll\s*1\.67\s*3\.33\s*Outsource\s*tactical outsourcing\s*Tactical outsourcing/,
  ]);
  await expect(rows(page).nth(2).getByRole('link')).toHaveAttribute(
    'href',
    '/guides/strategic-vs-tactical/#handling-tactical-outsourcing-well',
  );

  // Quotes drops to 2.67 strategic when one answer goes from 3 to 2: it crosses 3.0 → Outsource.
  await radio(page, 'Rests on knowledge only you have', 'Quotes', 2).check();
  await expect(verdict(page)).toHaveText('3 tasks placed: 1 Partner, 2 Outsource.');
  await expect(rows(page).filter({ hasText: 'Quotes' })).toContainText('2.67');

  // The chart and its data table (x = operational, y = strategic).
  await expect(page.locator('#tc-chart')).toHaveAttribute('aria-label', /Scatter chart of 3 tasks/);
  await page.getByText('Data table: Tasks on the 2×2').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveText([
    /Product design\s*2\.67\s*3\.00/,
    /Payroll\s*3\.33\s*1\.67/,
    /Quotes\s*3\.00\s*2\.67/,
  ]);
  const next = page.locator('.recommendation');
  await expect(next).toContainText('Outsource — tactical outsourcing: Payroll, Quotes');
  await expect(next.getByRole('link', { name: 'goals and scope canvas' }).first()).toHaveAttribute(
    'href',
    '/tools/goals-scope/',
  );
  expect(await axeViolationsInBothThemes(page), 'axe with results and the data table').toEqual([]);
});

test('everything survives a reload, and the tasks can be reordered and removed', async ({ page }) => {
  await openTool(page, URL);
  await addTask(page, 'Payroll', [1, 3, 1, 4, 3, 3]);
  await addTask(page, 'Recipes', [5, 5, 5, 4, 4, 4]);
  await page.reload();
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  await expect(box(page, 'Task 1 name')).toHaveValue('Payroll');
  await expect(radio(page, 'Time it takes', 'Payroll', 4)).toBeChecked();
  await expect(radio(page, 'Sets you apart from competitors', 'Recipes', 5)).toBeChecked();
  await expect(verdict(page)).toHaveText('2 tasks placed: 1 Retain in-house, 1 Outsource.');
  await button(page, 'Move up task 2').click();
  await expect(box(page, 'Task 1 name')).toHaveValue('Recipes');
  await expect(radio(page, 'Time it takes', 'Payroll', 4)).toBeChecked();
  await button(page, 'Remove task 1').click();
  await expect(box(page, 'Task 1 name')).toHaveValue('Payroll');
  await expect(box(page, 'Task 1 name')).toBeFocused();
  await expect(verdict(page)).toHaveText('1 task placed: 1 Outsource.');
});

test('a 31st task is refused with a message', async ({ page }) => {
  // 30 tasks × 6 radio groups: axe needs time on a loaded 2-core machine.
  test.setTimeout(150_000);
  await openTool(page, URL);
  await page.evaluate(() => {
    const tasks = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, answers: {} }));
    localStorage.setItem(
      'os:tool:default:task-classifier',
      JSON.stringify({ format: 'outsource-smart', tool: 'task-classifier', v: 1, data: { tasks } }),
    );
  });
  await page.reload();
  await expect(box(page, 'Task 30 name')).toBeVisible();
  await button(page, 'Add task').click();
  await expect(page.getByText('You can have at most 30 tasks. Remove one before adding another.')).toBeVisible();
  await expect(box(page, 'Task 31 name')).toHaveCount(0);
  expect(await axeViolations(page, '.tool'), 'axe with the limit message').toEqual([]);
});

test('keyboard only: add a task, name it and score it with the arrow keys', async ({ page }) => {
  await openTool(page, URL);
  await button(page, 'Add task').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Task 1 name')).toBeFocused();
  await page.keyboard.type('Payroll');
  // Tab into the first group: arrow keys pick the score within a group, Tab moves to the next.
  for (const [i, target] of [1, 3, 1, 4, 3, 3].entries()) {
    await page.keyboard.press('Tab');
    const first = radio(page, QUESTIONS[i]!, 'Payroll', 1);
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    for (let n = 1; n < target; n++) await page.keyboard.press('ArrowRight');
    await expect(radio(page, QUESTIONS[i]!, 'Payroll', target)).toBeChecked();
  }
  await expect(verdict(page)).toHaveText('1 task placed: 1 Outsource.');
  await button(page, 'Remove task 1').focus();
  await page.keyboard.press('Enter');
  await expect(button(page, 'Add task')).toBeFocused();
});

test('reflows at 320 px with tasks and results', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, URL);
  await addTask(page, 'Customer support with a long name', [2, 4, 3, 5, 4, 4]);
  await expect(verdict(page)).toHaveText('1 task placed: 1 Retain in-house.');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('with tasks placed and the chart drawn, the page stays within the JS budget', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  await openTool(page, URL);
  await addTask(page, 'Payroll', [1, 3, 1, 4, 3, 3]);
  await addTask(page, 'Recipes', [5, 5, 5, 4, 4, 4]);
  await page.locator('#tc-chart').scrollIntoViewIfNeeded();
  await expect.poll(() => [...watch.scripts.keys()].some((u) => /chart-core/.test(u))).toBe(true);
  await page.waitForLoadState('networkidle');
  const bytes = [...watch.scripts.values()].reduce((a, b) => a + b, 0) + (await inlineScriptBytes(page));
  test.info().annotations.push({ type: 'JS gzip bytes with chart', description: String(bytes) });
  expect(bytes, `JS gzip bytes with the chart (budget ${jsBudget('tool')})`).toBeLessThanOrEqual(jsBudget('tool'));
  expect([...watch.consoleErrors, ...watch.pageErrors, ...watch.foreignRequests]).toEqual([]);
});
