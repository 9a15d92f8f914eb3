/** The transition planner end to end, driven by its visible labels like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { openTool } from './support/tool-page';

const URL = '/tools/transition-plan/';
const KEY = 'os:tool:default:transition-plan';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const figure = (page: Page, name: string) =>
  page.locator('.tp-results .key-figures div').filter({ hasText: name }).locator('dd');
const warnings = (page: Page) => page.locator('.tp-warnings');

async function fill(page: Page, name: string, value: string) {
  await box(page, name).fill(value);
  await box(page, name).blur();
}

// One page for the whole visit: the plan built in one step is checked in the next.
test.describe.configure({ mode: 'serial' });
let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
});
test.afterAll(() => page.context().close());

test('a new visitor starts empty; the usual phases make an 18-week plan with its timeline', async () => {
  await openTool(page, URL);
  await expect(page.getByText('No phases yet.')).toBeVisible();
  await expect(page.locator('.tp-results .verdict')).toContainText('No phases with a start week and a duration yet.');
  expect(await axeViolationsInBothThemes(page), 'axe at first visit').toEqual([]);

  await button(page, 'Add the usual phases').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Phase 1 name')).toBeFocused();
  await expect(button(page, 'Add the usual phases')).toHaveCount(0);
  const names = ['Prepare', 'Knowledge transfer', 'Parallel run', 'Handover', 'Stabilise'];
  for (const [k, name] of names.entries()) await expect(box(page, `Phase ${k + 1} name`)).toHaveValue(name);
  await expect(box(page, 'Start week for Knowledge transfer')).toHaveValue('3');
  await expect(box(page, 'Duration in weeks for Stabilise')).toHaveValue('8');
  // Prepare 1–2, transfer 3–5, parallel 6–9, handover 10, stabilise 11–18: 18 weeks, no gap.
  await expect(figure(page, 'Total length')).toHaveText('18 weeks');
  await expect(figure(page, 'End week')).toHaveText('Week 18');
  await expect(figure(page, 'Suggested buffer')).toHaveText('4 weeks');
  await expect(warnings(page)).toHaveCount(0);
  await expect(page.locator('.tp-results')).toContainText('so the plan could run to week 22');

  // The timeline and its data table.
  await expect(page.getByRole('img', { name: /Timeline of 5 phases from week 1 to week 18/ })).toBeVisible();
  await page.getByText('Data table: Timeline by week').click();
  const row = page.locator('.chart-table tbody tr').filter({ hasText: 'Parallel run' });
  await expect(row).toHaveText(/Parallel run\s*6\s*9\s*4/);
  expect(await axeViolationsInBothThemes(page), 'axe with the usual phases').toEqual([]);
});

test('gaps and overlaps are named by their weeks; bad weeks are refused with a message', async () => {
  await fill(page, 'Start week for Handover', '12');
  // Sorted by start: parallel run ends in week 9, stabilise starts in week 11, handover in 12.
  await expect(warnings(page)).toContainText('Gap: nothing is planned in week 10, between Parallel run and Stabilise.');
  await expect(warnings(page)).toContainText('Overlap: Stabilise and Handover both run in week 12.');
  await fill(page, 'Start week for Handover', '10');
  await fill(page, 'Duration in weeks for Knowledge transfer', '5');
  // Transfer now runs 3–7 and overlaps the parallel run in weeks 6–7.
  await expect(warnings(page)).toHaveText(/Overlap: Knowledge transfer and Parallel run both run in weeks 6–7\./);
  await fill(page, 'Duration in weeks for Knowledge transfer', '3');
  await expect(warnings(page)).toHaveCount(0);

  await fill(page, 'Duration in weeks for Prepare', 'two');
  await expect(page.getByText('Duration in weeks for Prepare must be a number, like 4').first()).toBeVisible();
  await expect(warnings(page)).toContainText('Prepare has no start week or no duration');
  await fill(page, 'Start week for Stabilise', '0');
  await expect(page.getByText('Start week for Stabilise must be 1 or more').first()).toBeVisible();
  expect(await axeViolationsInBothThemes(page), 'axe with field errors').toEqual([]);
  await fill(page, 'Duration in weeks for Prepare', '2');
  await fill(page, 'Start week for Stabilise', '11');
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(figure(page, 'Total length')).toHaveText('18 weeks');
});

test('training, check-ins and documents as lists; a reload keeps everything', async () => {
  await button(page, 'Add training session').click();
  await expect(box(page, 'Training session 1 topic')).toBeFocused();
  await page.keyboard.type('Month-end walk-through');
  await fill(page, 'Week of Month-end walk-through', '3');
  await button(page, 'Add check-in').click();
  await page.keyboard.type('Parallel-run stand-up');
  await page.getByLabel('How often: Parallel-run stand-up', { exact: true }).selectOption('daily');
  await fill(page, 'From week: Parallel-run stand-up', '6');
  await fill(page, 'To week: Parallel-run stand-up', '9');
  // Daily on working days for weeks 6–9: 4 × 5 = 20 meetings.
  await expect(page.locator('.tp-table tr').filter({ hasText: 'Parallel-run stand-up' })).toHaveText(
    /Parallel-run stand-up\s*Daily \(working days\)\s*weeks 6–9\s*20/,
  );
  await button(page, 'Add document').click();
  await page.keyboard.type('Payroll cut-off notes');
  await expect(warnings(page)).toContainText('Still missing: Payroll cut-off notes.');
  await page.getByLabel('Status of Payroll cut-off notes', { exact: true }).selectOption('draft');
  await expect(warnings(page)).toHaveCount(0);
  await page.getByLabel('Status of Handover', { exact: true }).selectOption('in-progress');
  await fill(page, 'Owner of Prepare', 'Sam (office manager)');
  expect(await axeViolationsInBothThemes(page), 'axe with every list filled').toEqual([]);

  await page.reload();
  await expect(box(page, 'Owner of Prepare')).toHaveValue('Sam (office manager)');
  await expect(box(page, 'Week of Month-end walk-through')).toHaveValue('3');
  await expect(page.getByLabel('How often: Parallel-run stand-up', { exact: true })).toHaveValue('daily');
  await expect(page.getByLabel('Status of Payroll cut-off notes', { exact: true })).toHaveValue('draft');
  await expect(page.getByLabel('Status of Handover', { exact: true })).toHaveValue('in-progress');
  await expect(figure(page, 'End week')).toHaveText('Week 18');
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
  expect(stored.phases.map((p: { duration: number }) => p.duration)).toEqual([2, 3, 4, 1, 8]);
  expect(stored.checkIns[0]).toMatchObject({ cadence: 'daily', fromWeek: 6, toWeek: 9 });
});

test('the parallel-run weeks reach the total-cost tool as months', async () => {
  await openTool(page, '/tools/total-cost/');
  const field = box(page, 'Parallel running (months)');
  await expect(field).toHaveValue('1');
  // 4 weeks × 12 ÷ 52 = 0.923… → 0.92 months.
  const question =
    'Use 0.92 months (4 weeks of parallel running) from your transition plan as “Parallel running (months)”?';
  await expect(page.getByText(question)).toBeVisible();
  expect(await axeViolationsInBothThemes(page), 'axe with the offer shown').toEqual([]);
  await button(page, 'Use it').click();
  await expect(page.getByText('Done: used the value from your transition plan.')).toBeVisible();
  await expect(field).toHaveValue('0.92');
  await page.reload();
  await expect(field).toHaveValue('0.92');
  await expect(page.getByText(question)).toHaveCount(0);
});

test('a bad import is refused with the plan unchanged; removing a phase; print shows the plan', async () => {
  await openTool(page, URL);
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const chooser = page.waitForEvent('filechooser');
  await button(page, 'Import (JSON)').click();
  const bad = { format: 'outsource-smart', tool: 'transition-plan', v: 1, data: { ...JSON.parse(before!).data } };
  bad.data.phases[0].start = 0;
  await (
    await chooser
  ).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByText(/^Import failed: .*Your current values are unchanged\.$/)).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await expect(box(page, 'Start week for Prepare')).toHaveValue('1');

  await button(page, 'Remove phase 5').click();
  await expect(box(page, 'Phase 5 name')).toHaveCount(0);
  await expect(figure(page, 'End week')).toHaveText('Week 10');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tp-inputs')).toBeHidden();
  await expect(page.locator('.tp-table').first()).toBeVisible();
  await expect(page.locator('.tp-results .key-figures')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('at 320 px the plan reflows without sideways scrolling', async () => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.reload();
  await expect(box(page, 'Phase 1 name')).toHaveValue('Prepare');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolationsInBothThemes(page), 'axe at 320 px').toEqual([]);
});
