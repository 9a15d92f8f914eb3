/** The KPI tracker end to end, driven by its visible labels like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { openTool } from './support/tool-page';

const URL = '/tools/kpi-tracker/';
const KEY = 'os:tool:default:kpi-tracker';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** The status shown beside an actual's field. */
const statusBeside = (page: Page, field: string) =>
  page
    .locator('.kpi-actual')
    .filter({ has: box(page, field) })
    .locator('.kpi-status');
/** A KPI's row of the "Status by period" table. */
const gridRow = (page: Page, kpi: string) =>
  page.locator('.kpi-grid tbody tr').filter({ has: page.getByRole('rowheader', { name: kpi, exact: true }) });
const creditRow = (page: Page, period: string) =>
  page.locator('.kpi-credits tbody tr').filter({ has: page.getByRole('rowheader', { name: period, exact: true }) });
const figure = (page: Page, name: string) =>
  page
    .locator('.key-figures div')
    .filter({ has: page.getByText(name, { exact: true }) })
    .locator('dd');

async function fill(page: Page, name: string, value: string) {
  await box(page, name).fill(value);
  await box(page, name).blur();
}

/** Adds a KPI by its labels. */
async function addKpi(page: Page, n: number, name: string, target: string, minimum: string, lower = false) {
  await button(page, 'Add KPI').click();
  await expect(box(page, `KPI ${n} name`)).toBeFocused();
  await page.keyboard.type(name);
  await fill(page, `Target for ${name}`, target);
  await fill(page, `Minimum for ${name}`, minimum);
  if (lower) await page.getByRole('checkbox', { name: `Lower is better: ${name}`, exact: true }).check();
}

/** Adds a period, names it and enters its actuals (KPI name → text). */
async function addPeriod(page: Page, n: number, name: string, actuals: Record<string, string>) {
  await button(page, 'Add period').click();
  await expect(box(page, `Period ${n} name`)).toBeFocused();
  await box(page, `Period ${n} name`).fill(name);
  for (const [kpi, v] of Object.entries(actuals)) await fill(page, `Actual for ${kpi} in period ${n}`, v);
}

test('the SLA builder’s KPIs and credit tiers arrive by its offer; statuses and credits due follow', async ({
  page,
}) => {
  // In the SLA builder: two KPI presets and the monthly fee (tiers: below 99.5 % → 5 %, below 99 % → 10 %, cap 20 %).
  await openTool(page, '/tools/sla-builder/');
  for (const preset of ['Availability', 'Turnaround time']) {
    await page.getByLabel('KPI preset').selectOption({ label: preset });
    await button(page, 'Add preset KPI').click();
  }
  await fill(page, 'Monthly service fee', '2,000');
  await expect(box(page, 'KPI 2 name')).toHaveValue('Turnaround time');

  await page.goto(URL);
  const question =
    'Use 2 KPIs (Availability, Turnaround time) and 2 service credit tiers (capped at 20 %) from your SLA builder?';
  await expect(page.getByText(question)).toBeVisible();
  await expect(page.locator('.tool-results')).toContainText('Add a KPI, or take the KPIs from your SLA builder');
  expect(await axeViolationsInBothThemes(page), 'axe with the offer shown').toEqual([]);
  await button(page, 'Use it').click();
  await expect(box(page, 'KPI 1 name')).toHaveValue('Availability');
  await expect(box(page, 'Target for Availability')).toHaveValue('99.9');
  await expect(box(page, 'Minimum for Availability')).toHaveValue('99.5');
  await expect(page.getByRole('checkbox', { name: 'Lower is better: Turnaround time' })).toBeChecked();
  await expect(page.getByLabel('Service credits apply to')).toHaveText(/Availability/);
  await expect(page.getByLabel('Service credits apply to').locator('option:checked')).toHaveText('Availability');
  await expect(box(page, 'Monthly service fee')).toHaveValue('2,000');
  await expect(page.getByText(question)).toHaveCount(0);

  // Three months: at or above target, between minimum and target, below both tiers.
  await addPeriod(page, 1, 'January 2027', { Availability: '99.95', 'Turnaround time': '8' });
  await button(page, 'Add period').click();
  // The next period is named after the month that follows.
  await expect(box(page, 'Period 2 name')).toHaveValue('February 2027');
  await fill(page, 'Actual for Availability in period 2', '99.5');
  await fill(page, 'Actual for Turnaround time in period 2', '16');
  await addPeriod(page, 3, 'March 2027', { Availability: '98.8', 'Turnaround time': '16.5' });

  await expect(statusBeside(page, 'Actual for Availability in period 1')).toHaveText('Green');
  await expect(statusBeside(page, 'Actual for Availability in period 2')).toHaveText('Amber'); // exactly the minimum
  await expect(statusBeside(page, 'Actual for Availability in period 3')).toHaveText('Red');
  await expect(statusBeside(page, 'Actual for Turnaround time in period 1')).toHaveText('Green'); // exactly 8 h
  await expect(statusBeside(page, 'Actual for Turnaround time in period 2')).toHaveText('Amber'); // exactly 16 h
  await expect(statusBeside(page, 'Actual for Turnaround time in period 3')).toHaveText('Red');
  await expect(gridRow(page, 'Availability')).toHaveText(/Green\s*99\.95\s*Amber\s*99\.5\s*Red\s*98\.8/);

  // Credits: 99.95 and 99.5 earn nothing (99.5 is not below 99.5); 98.8 is below 99: tier 2 alone, 10 % of 2,000.
  await expect(creditRow(page, 'January 2027')).toHaveText(/None\s*0 %\s*\$0\.00/);
  await expect(creditRow(page, 'February 2027')).toHaveText(/None\s*0 %\s*\$0\.00/);
  await expect(creditRow(page, 'March 2027')).toHaveText(/98\.8 %\s*Tier 2\s*10 %\s*\$200\.00/);
  await expect(page.locator('.kpi-credits tfoot')).toHaveText(/Total due\s*\$200\.00/);
  await expect(figure(page, 'Red')).toHaveText('2');
  await expect(figure(page, 'Service credit due')).toHaveText('$200.00');
  const attention = page.locator('.kpi-attention');
  await expect(attention).toContainText('Red Availability: 98.8 % against a target of 99.9 % and a minimum of 99.5 %.');
  await expect(attention).toContainText('Red Turnaround time: 16.5 working hours against a target of 8 working hours');
  expect(await axeViolationsInBothThemes(page), 'axe with three periods').toEqual([]);

  // Everything survives a reload, and the dashboard line names what is red.
  await page.reload();
  await expect(box(page, 'Actual for Availability in period 3')).toHaveValue('98.8');
  await expect(page.locator('.kpi-credits tfoot')).toHaveText(/\$200\.00/);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
  expect(stored.periods.map((p: { name: string }) => p.name)).toEqual(['January 2027', 'February 2027', 'March 2027']);
  await page.goto('/plan/');
  await expect(
    page.getByText('March 2027: red: Availability, Turnaround time. Service credits due in 1 period.'),
  ).toBeVisible();
  // The plan report's part: the latest figures with their status, the credits due and what to raise.
  await openTool(page, '/plan/report/');
  const part = page.getByRole('region', { name: /^KPI tracker/ });
  await expect(part.getByRole('row', { name: /^Availability/ })).toContainText('98.8 % — Red');
  await expect(part.getByRole('row', { name: /Service credits due/ })).toContainText('$200.00 over 3 periods');
  await expect(part).toContainText('Turnaround time is Red in March 2027');
});

test('KPIs by hand, trend chart with its table, feedback log and print', async ({ page }) => {
  await openTool(page, URL);
  await expect(page.locator('.tool-results')).toContainText('Add a KPI');
  expect(await axeViolationsInBothThemes(page), 'axe at first visit').toEqual([]);
  await addKpi(page, 1, 'Customer satisfaction', '85', '75');
  await addKpi(page, 2, 'Errors found', '0', '0', true);
  await addPeriod(page, 1, 'January 2027', { 'Customer satisfaction': '85', 'Errors found': '0' });
  await addPeriod(page, 2, 'February 2027', { 'Customer satisfaction': '74.9' });
  await expect(statusBeside(page, 'Actual for Customer satisfaction in period 1')).toHaveText('Green');
  await expect(statusBeside(page, 'Actual for Customer satisfaction in period 2')).toHaveText('Red');
  await expect(statusBeside(page, 'Actual for Errors found in period 1')).toHaveText('Green');
  // A missing figure has no status, and the latest period lists only what it has.
  await expect(statusBeside(page, 'Actual for Errors found in period 2')).toHaveText('No figure');
  await expect(page.locator('.tool-results .verdict')).toContainText('Latest period: February 2027');
  // Target = minimum, lower is better: one error is past both lines, so red (no amber band).
  await fill(page, 'Actual for Errors found in period 2', '1');
  await expect(statusBeside(page, 'Actual for Errors found in period 2')).toHaveText('Red');
  // No credit tiers without the SLA builder: the tracker says where they come from.
  await expect(page.locator('.tool-results')).toContainText('No service credit tiers yet');

  const chart = page.locator('figure').filter({ hasText: 'Customer satisfaction by period' });
  await expect(chart.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Line chart of Customer satisfaction in 2 of 2 periods/,
  );
  await chart.getByText('Data table: Customer satisfaction by period').click();
  await expect(chart.locator('tbody tr')).toHaveText([
    /January 2027\s*85\s*85\s*75/,
    /February 2027\s*74\.9\s*85\s*75/,
  ]);

  await box(page, 'What was said in February 2027').fill('Satisfaction fell after the new script.');
  await box(page, 'What was agreed in February 2027').fill('Go back to the old script <b>now</b>');
  await box(page, 'By when (February 2027)').fill('15 March');
  expect(await axeViolationsInBothThemes(page), 'axe with charts and the log').toEqual([]);
  await page.reload();
  await expect(box(page, 'By when (February 2027)')).toHaveValue('15 March');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tool-results')).toBeVisible();
  await expect(box(page, 'KPI 1 name')).toBeHidden();
  await expect(button(page, 'Add period')).toBeHidden();
  const log = page.locator('.kpi-log');
  await expect(log).toBeVisible();
  // What a visitor typed prints as text, never as markup.
  await expect(log).toContainText('Go back to the old script <b>now</b>');
  await expect(log.locator('b')).toHaveCount(0);
});

test('bad input is named and never reaches the results; a bad import leaves the store unchanged', async ({ page }) => {
  await openTool(page, URL);
  await addKpi(page, 1, 'Accuracy', '98', '95');
  await addPeriod(page, 1, 'January 2027', { Accuracy: '97' });
  await expect(statusBeside(page, 'Actual for Accuracy in period 1')).toHaveText('Amber');
  await fill(page, 'Actual for Accuracy in period 1', 'ninety');
  await expect(
    page.getByRole('link', { name: 'Actual for Accuracy in period 1 must be a number, like 95' }),
  ).toBeVisible();
  await expect(statusBeside(page, 'Actual for Accuracy in period 1')).toHaveText('No figure');
  await fill(page, 'Target for Accuracy', '-3');
  await expect(page.getByRole('link', { name: 'Target for Accuracy cannot be negative' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
  expect(await axeViolationsInBothThemes(page), 'axe with errors').toEqual([]);
  await fill(page, 'Actual for Accuracy in period 1', '97');
  await fill(page, 'Target for Accuracy', '98');

  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const bad = {
    format: 'outsource-smart',
    tool: 'kpi-tracker',
    v: 1,
    data: {
      kpis: [{ id: 'k1', name: 'X', unit: '', lowerIsBetter: false, target: 1, minimum: 0 }],
      periods: [{ id: 'p1', name: 'Jan', actuals: { k1: -5 }, feedback: { said: '', agreed: '', by: '' } }],
      credits: { kpi: null, tiers: [], capPct: null, fee: null },
    },
  };
  const chooser = page.waitForEvent('filechooser');
  await button(page, 'Import (JSON)').click();
  await (
    await chooser
  ).setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(
    page.getByText(
      /Import failed: The data is not valid: “Actual in period 1” must be a number between 0 and 1000000000\. Your current values are unchanged\./,
    ),
  ).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await expect(box(page, 'Actual for Accuracy in period 1')).toHaveValue('97');
});

test('keyboard only, and no sideways scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, URL);
  await button(page, 'Add KPI').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'KPI 1 name')).toBeFocused();
  await page.keyboard.type('Turnaround time');
  await page.keyboard.press('Tab'); // unit
  await page.keyboard.type('hours');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await page.keyboard.type('16');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Lower is better: Turnaround time' })).toBeFocused();
  await page.keyboard.press('Space');
  await button(page, 'Add period').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Period 1 name')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('January 2027');
  await page.keyboard.press('Tab');
  await expect(box(page, 'Actual for Turnaround time in period 1')).toBeFocused();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(statusBeside(page, 'Actual for Turnaround time in period 1')).toHaveText('Amber');
  await button(page, 'Remove period 1').focus();
  await page.keyboard.press('Enter');
  await expect(button(page, 'Add period')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await expect(statusBeside(page, 'Actual for Turnaround time in period 1')).toHaveText('Red');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolationsInBothThemes(page), 'axe at 320 px').toEqual([]);
});

test('stored data this version cannot read does not crash the page: it is kept aside and the visitor told', async ({
  page,
}) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      const data = {
        kpis: [{ id: 'k1', name: 'Accuracy', unit: '', lowerIsBetter: false, target: 98, minimum: 95 }],
        periods: [
          { id: 'p1', name: 'January 2027', actuals: { k1: 'high' }, feedback: { said: '', agreed: '', by: '' } },
        ],
        credits: { kpi: null, tiers: [], capPct: null, fee: null },
      };
      localStorage.setItem(k, JSON.stringify({ format: 'outsource-smart', tool: 'kpi-tracker', v: 1, data }));
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openTool(page, URL);
  await expect(page.getByText('Your saved values for this tool could not be read')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:backup`), KEY)).toContain('"k1":"high"');
  await expect(button(page, 'Add KPI')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/NaN|undefined/);
  expect(errors).toEqual([]);
});
