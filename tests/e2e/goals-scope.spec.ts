/**
 * The goals and scope canvas end to end, driven by its accessible names: the brief and the
 * request for proposal, the offers from the task classifier and the vendor scorecard, and its
 * own offer of success measures to the pilot planner.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/goals-scope/';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const brief = (page: Page) => page.locator('#gs-brief-doc');
const rfp = (page: Page) => page.locator('#gs-rfp-doc');
const status = (page: Page) => page.locator('.gs-brief .verdict');

async function addMeasure(page: Page, name: string, baseline: string, target: string, how: string) {
  await button(page, 'Add measure').click();
  const n = await page.locator('#gs-m tbody tr').count();
  await box(page, `Measure ${n} name`).fill(name);
  await box(page, `Baseline for ${name}`).fill(baseline);
  await box(page, `Target for ${name}`).fill(target);
  await box(page, `How it is measured for ${name}`).fill(how);
}

/** The goals-and-scope guide's sample brief (Hartley's Bakery). */
async function fillBakery(page: Page) {
  await box(page, 'Task or function').fill('Bookkeeping');
  await page.getByRole('checkbox', { name: 'Get expertise we lack' }).check();
  await page.getByRole('checkbox', { name: 'Free time for core work' }).check();
  await box(page, 'Other objective').fill('File every VAT return on time');
  await box(page, 'Expected outcomes').fill('Accurate books every month\nEvery VAT return filed on time');
  await addMeasure(page, 'Management accounts ready', 'working day 25', 'working day 10', 'Date received');
  await addMeasure(page, 'Owner hours a week', '6', '1', 'Diary');
  await box(page, 'In scope').fill(
    'Record sales and purchase invoices (about 150 a month)\nReconcile two bank accounts weekly',
  );
  await box(page, 'Out of scope').fill('Payroll\nYear-end accounts');
  await box(page, 'Budget per month').fill('900');
  await box(page, 'Budget per month').blur();
  await page.getByLabel('Deadline').fill('2027-03-01');
  await page.getByRole('radio', { name: 'Personal data' }).check();
  await box(page, 'Internal owner').fill('Sam Hartley');
}

test('a new canvas points out all ten parts; filled in, the brief is complete and survives a reload', async ({
  page,
}) => {
  await openTool(page, URL);
  await expect(status(page)).toContainText('Still to fill in: 10 of 10 parts.');
  await expect(brief(page)).toContainText('Outsourcing brief: [task or function]');
  expect(await axeViolationsInBothThemes(page), 'axe on an empty canvas').toEqual([]);
  // A missing part links to its field.
  await status(page).getByRole('link', { name: 'Internal owner' }).click();
  await expect(box(page, 'Internal owner')).toBeFocused();

  await fillBakery(page);
  await expect(status(page)).toHaveText(/The brief is complete\./);
  await expect(brief(page)).toContainText('Outsourcing brief: Bookkeeping');
  await expect(brief(page)).toContainText(
    'Why we are outsourcing: Get expertise we lack; free time for core work; File every VAT return on time.',
  );
  await expect(brief(page).locator('table tbody tr').first()).toHaveText(
    /Management accounts ready\s*working day 25\s*working day 10\s*Date received/,
  );
  await expect(brief(page)).toContainText('Budget: up to $900 a month.');
  await expect(brief(page)).toContainText('Running by: Mar 1, 2027.');
  await expect(brief(page)).toContainText('Data the vendor will handle: Personal data.');
  expect(await axeViolationsInBothThemes(page), 'axe with a complete brief').toEqual([]);

  await page.reload();
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  await expect(box(page, 'Task or function')).toHaveValue('Bookkeeping');
  await expect(page.getByRole('checkbox', { name: 'Free time for core work' })).toBeChecked();
  await expect(box(page, 'Baseline for Owner hours a week')).toHaveValue('6');
  await expect(box(page, 'Budget per month')).toHaveValue('900');
  await expect(page.getByLabel('Deadline')).toHaveValue('2027-03-01');
  await expect(page.getByRole('radio', { name: 'Personal data' })).toBeChecked();
  await expect(box(page, 'Out of scope')).toHaveValue('Payroll\nYear-end accounts');
  await expect(status(page)).toHaveText(/The brief is complete\./);
});

test('the brief copies as Markdown (or shows it to copy) and downloads; the RFP carries every part', async ({
  page,
  baseURL,
}) => {
  await openTool(page, URL);
  await fillBakery(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.evaluate(() => {
    navigator.clipboard.writeText = (text: string) => {
      (window as unknown as { __copied: string[] }).__copied ??= [];
      (window as unknown as { __copied: string[] }).__copied.push(text);
      return Promise.resolve();
    };
  });
  await button(page, 'Copy as Markdown').click();
  await expect(page.getByText('Copied the brief as Markdown.')).toBeVisible();
  const download = await downloadOf(page, 'Download brief (Markdown)');
  expect(download.name).toMatch(/^outsourcing-brief-bookkeeping-\d{4}-\d{2}-\d{2}\.md$/);
  const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
  expect(copied[0]).toBe(download.text);
  expect(download.text).toContain('# Outsourcing brief: Bookkeeping');
  expect(download.text).toContain('| Owner hours a week | 6 | 1 | Diary |');

  await button(page, 'Copy request for proposal').click();
  await expect(page.getByText('Copied the request for proposal as Markdown.')).toBeVisible();
  const request = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied[1]!);
  expect(request).toContain('# Request for proposal: Bookkeeping');
  expect(request).toContain('## 1. What we need');
  expect(request).toContain(
    '**Team:** who would do the work, their experience, and who our day-to-day contact would be.',
  );
  // Personal data: the GDPR and data processing agreement checks are asked, the health-data one is not.
  expect(request).toContain('- A data processing agreement is ready to sign before any personal data changes hands');
  expect(request).not.toContain('HIPAA');
  expect(request).toContain('| Industry experience | 20% |');
  expect(request).toContain('| Questions to us | Jan 4, 2027 |');
  expect(request).toContain('| Our decision | Feb 1, 2027 |');
  expect(request).toContain('## 5. What we will ask at interview');
  expect((await downloadOf(page, 'Download request for proposal (Markdown)')).text).toBe(request);

  // More sensitive data, more checks.
  await page.getByRole('radio', { name: 'Special-category or health data' }).check();
  await expect(rfp(page)).toContainText('HIPAA business associate agreement');
  // Without a deadline there is no timetable, and the page says how to get one.
  await page.getByLabel('Deadline').fill('');
  await expect(rfp(page)).toContainText('[Set a deadline to get a timetable.]');
  await expect(page.locator('.gs-rfp').getByText('Set a deadline to get a timetable.', { exact: true })).toBeVisible();

  // Clipboard refused: the text appears in a read-only box.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
  });
  await button(page, 'Copy as Markdown').click();
  await expect(page.getByLabel('The brief as Markdown')).toHaveValue(/^# Outsourcing brief: Bookkeeping/);
  expect(await axeViolations(page), 'axe with the copy box').toEqual([]);
});

test('the offers arrive: a classifier task, the scorecard’s criteria into the RFP, the measures into the pilot', async ({
  page,
}) => {
  // 1. The task classifier puts Payroll in Outsource; the canvas offers it as its task.
  await openTool(page, '/tools/task-classifier/');
  await button(page, 'Add task').click();
  await box(page, 'Task 1 name').fill('Payroll');
  const answers = [
    ['Sets you apart from competitors', 1],
    ['Customers notice if it goes wrong', 3],
    ['Rests on knowledge only you have', 1],
    ['Time it takes', 4],
    ['Holds up other work', 3],
    ['Cost of doing it well', 3],
  ] as const;
  for (const [q, n] of answers)
    await page
      .getByRole('group', { name: `${q} for Payroll`, exact: true })
      .getByRole('radio', { name: String(n), exact: true })
      .check();
  await expect(page.locator('.verdict')).toHaveText('1 task placed: 1 Outsource.');

  await openTool(page, URL);
  const taskQuestion = 'Use “Payroll” from your task classifier (“Payroll” is in Outsource) as the task or function?';
  await expect(page.getByText(taskQuestion)).toBeVisible();
  expect(await axeViolationsInBothThemes(page), 'axe with an offer shown').toEqual([]);
  await button(page, 'Use it').click();
  await expect(box(page, 'Task or function')).toHaveValue('Payroll');
  await expect(page.getByText(taskQuestion)).toHaveCount(0);

  // 2. The scorecard's criteria and weights: Price raised to 45 points of 120 → 37.5 %.
  await openTool(page, '/tools/vendor-scorecard/');
  await box(page, 'Weight for Price').fill('45');
  await box(page, 'Weight for Price').blur();
  // The page publishes its offers once their code has loaded: leave only after it has.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.entries(localStorage).some(
          ([k, v]) => k.startsWith('os:offers:') && k.endsWith(':vendor-scorecard') && v.includes('0.375'),
        ),
      ),
    )
    .toBe(true);
  await openTool(page, URL);
  const criteriaQuestion =
    'Judge proposals by the criteria and weights of your vendor scorecard: Industry experience 16.7 %, Track record 16.7 %, Security and compliance 16.7 %, Communication and responsiveness 12.5 %, Price 37.5 %?';
  await expect(page.getByText(criteriaQuestion)).toBeVisible();
  await expect(rfp(page)).toContainText(/Price\s*25%/);
  await page.getByText(criteriaQuestion).locator('..').getByRole('button', { name: 'Use it' }).click();
  await expect(rfp(page).locator('table').filter({ hasText: 'Criterion' }).last()).toHaveText(
    /Industry experience\s*16\.7%\s*Track record\s*16\.7%\s*Security and compliance\s*16\.7%\s*Communication and responsiveness\s*12\.5%\s*Price\s*37\.5%/,
  );
  await expect(
    page.getByText('Proposals are judged by the criteria and weights you took from your vendor scorecard.'),
  ).toBeVisible();
  await page.reload();
  await expect(rfp(page)).toContainText(/Price\s*37\.5%/);
  await expect(page.getByText(criteriaQuestion)).toHaveCount(0);

  // 3. Its success measures go to the pilot planner as criteria.
  await addMeasure(page, 'Payslips correct', '97', '100', 'Staff queries');
  await addMeasure(page, 'Payroll ready', 'day 28', 'day 25', 'Bank file date');
  await openTool(page, '/tools/pilot-planner/');
  const pilotQuestion =
    'Add 2 success measures “Payslips correct”, “Payroll ready” from your goals and scope canvas as criteria? Targets that are plain numbers are copied, and a baseline that is a plain number becomes the minimum (no worse than today); fill in the rest.';
  await expect(page.getByText(pilotQuestion)).toBeVisible();
  await button(page, 'Use it').click();
  await expect(box(page, 'Criterion 1 name')).toHaveValue('Payslips correct');
  await expect(box(page, 'Target for Payslips correct')).toHaveValue('100');
  await expect(box(page, 'Minimum for Payslips correct')).toHaveValue('97');
  await expect(box(page, 'How it is measured for Payslips correct')).toHaveValue('Staff queries');
  await expect(box(page, 'Target for Payroll ready')).toHaveValue('');
  await expect(page.getByText(pilotQuestion)).toHaveCount(0);
  await page.reload();
  await expect(box(page, 'Criterion 2 name')).toHaveValue('Payroll ready');
  await expect(box(page, 'Criterion 3 name')).toHaveCount(0);
  await expect(page.getByText(pilotQuestion)).toHaveCount(0);

  // 4. The same measures reach the SLA builder as KPIs.
  await openTool(page, '/tools/sla-builder/');
  await expect(
    page.getByText('Add 2 success measures from your goals and scope canvas as KPIs: Payslips correct, Payroll ready?'),
  ).toBeVisible();
});

test('printing: the toolbar prints the brief; “Print request for proposal” prints the request alone', async ({
  page,
}) => {
  await openTool(page, URL);
  await fillBakery(page);
  await page.evaluate(() => (window.print = () => undefined));
  await page.emulateMedia({ media: 'print' });
  await expect(brief(page)).toBeVisible();
  await expect(rfp(page)).toBeHidden();
  await expect(box(page, 'Task or function')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await button(page, 'Print request for proposal').click();
  await page.emulateMedia({ media: 'print' });
  await expect(rfp(page)).toBeVisible();
  await expect(brief(page)).toBeHidden();
});

test('bad budget text gets a message; keyboard only fills the canvas', async ({ page }) => {
  await openTool(page, URL);
  await box(page, 'Budget per month').fill('lots');
  await box(page, 'Budget per month').blur();
  await expect(page.getByRole('link', { name: 'Budget per month must be a number, like 900' })).toBeVisible();
  expect(await axeViolations(page), 'axe with an error').toEqual([]);
  await box(page, 'Budget per month').fill('');
  await box(page, 'Budget per month').blur();

  await box(page, 'Task or function').focus();
  await page.keyboard.type('Payroll');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Cut cost' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Cut cost' })).toBeChecked();
  await button(page, 'Add measure').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Measure 1 name')).toBeFocused();
  await page.keyboard.type('Payslips correct');
  await page.keyboard.press('Tab');
  await expect(box(page, 'Baseline for Payslips correct')).toBeFocused();
  await page.keyboard.type('97 %');
  await page.getByRole('radio', { name: 'None', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Personal data' })).toBeChecked();
  await expect(brief(page)).toContainText('Data the vendor will handle: Personal data.');
  await expect(brief(page)).toContainText(/Payslips correct\s*97 %\s*\[target\]/);
});

test('reflows at 320 px with a filled canvas', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, URL);
  await fillBakery(page);
  await expect(status(page)).toHaveText(/The brief is complete\./);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
