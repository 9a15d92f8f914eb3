/** The SLA and KPI builder end to end, driven by its visible labels like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/sla-builder/';
const KEY = 'os:tool:default:sla-builder';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const figure = (page: Page, name: string) => page.locator('.key-figures div').filter({ hasText: name }).locator('dd');
const downtimeRow = (page: Page, period: string) =>
  page.locator('.sla-downtime tbody tr').filter({ has: page.getByRole('rowheader', { name: period, exact: true }) });

async function fill(page: Page, name: string, value: string) {
  await box(page, name).fill(value);
  await box(page, name).blur();
}

test('allowed downtime for 99.5 % and 99.9 %, around the clock and in business hours', async ({ page }) => {
  await openTool(page, URL);
  await expect(downtimeRow(page, '30-day month')).toHaveText(/30-day month\s*43,200\s*3 h 36 min/);
  await expect(downtimeRow(page, 'Day')).toContainText('7 min 12 s');
  await expect(downtimeRow(page, '365-day year')).toContainText('43 h 48 min');
  await fill(page, 'Availability target (%)', '99.9');
  await expect(downtimeRow(page, 'Day')).toContainText('1 min 26 s');
  await expect(downtimeRow(page, '31-day month')).toContainText('44 min 38 s');
  await expect(downtimeRow(page, 'Quarter')).toContainText('2 h 11 min');
  await fill(page, 'Availability target (%)', '99.5');
  await page.getByRole('radio', { name: 'Business hours' }).check();
  await fill(page, 'Days a week', '5');
  await fill(page, 'Hours a day', '8');
  await expect(downtimeRow(page, 'Working day')).toHaveText(/480\s*2 min 24 s/);
  await expect(downtimeRow(page, '30-day month')).toHaveText(/10,286\s*51 min 26 s/);
  expect(await axeViolationsInBothThemes(page), 'axe in business hours').toEqual([]);
});

test('the credit in money: a tier edge earns nothing, the lowest threshold wins, the cap holds', async ({ page }) => {
  await openTool(page, URL);
  await fill(page, 'Monthly service fee', '2,000');
  await page.getByLabel('Days in the month').selectOption('30');
  // Exactly 99.5 %: 216 minutes of 43,200. Tier 1 is "below 99.5", so no credit.
  await fill(page, 'Downtime in the month (minutes)', '216');
  await expect(figure(page, 'Achieved availability')).toHaveText('99.5000%');
  await expect(figure(page, 'Tier that applies')).toHaveText('None');
  await expect(figure(page, 'Service credit')).toHaveText('$0.00');
  // 500 minutes: 98.8426 %, below 99.5 and below 99: tier 2 (the lowest threshold) alone, 10 % = $200.
  await fill(page, 'Downtime in the month (minutes)', '500');
  await expect(figure(page, 'Achieved availability')).toHaveText('98.8426%');
  await expect(figure(page, 'Tier that applies')).toHaveText('Tier 2');
  await expect(figure(page, 'Service credit')).toHaveText('$200.00');
  // A third tier of 30 % below 98 % is capped at 20 %: 2,000 × 20 % = $400.
  await button(page, 'Add tier').click();
  await expect(box(page, 'Tier 3: availability below (%)')).toBeFocused();
  await fill(page, 'Tier 3: availability below (%)', '98');
  await fill(page, 'Tier 3: credit (% of fee)', '30');
  await fill(page, 'Downtime in the month (minutes)', '1,000');
  await expect(figure(page, 'Tier that applies')).toHaveText('Tier 3');
  await expect(figure(page, 'Service credit')).toHaveText('$400.00');
  await expect(page.locator('.sla-verdict')).toContainText('(capped at 20 %)');
  // A 28-day month has fewer minutes, so the same downtime weighs more.
  await page.getByLabel('Days in the month').selectOption('28');
  await expect(figure(page, 'Achieved availability')).toHaveText('97.5198%'); // 1 − 1,000 ÷ 40,320
  await page.reload();
  await expect(box(page, 'Tier 3: credit (% of fee)')).toHaveValue('30');
  await expect(figure(page, 'Service credit')).toHaveText('$400.00');
  await expect(page.locator('.tool-results a[href="/guides/contracts-and-slas/"]')).toHaveCount(1);
  expect(await axeViolationsInBothThemes(page), 'axe with a credit').toEqual([]);
});

test('bad input is named and never reaches the results', async ({ page }) => {
  await openTool(page, URL);
  await fill(page, 'Availability target (%)', '101');
  await expect(page.getByRole('link', { name: 'Availability target (%) must be 100 or less' })).toBeVisible();
  await expect(page.locator('.tool-results')).toContainText('Correct the field marked with an error');
  await fill(page, 'Tier 1: credit (% of fee)', 'five');
  await expect(page.getByRole('link', { name: 'Tier 1: credit (% of fee) must be a number, like 5' })).toBeVisible();
  await expect(page.locator('.tool-results')).not.toContainText(/NaN|Infinity/);
  expect(await axeViolationsInBothThemes(page), 'axe with errors').toEqual([]);
});

test('KPIs from presets and by hand, then the schedule as Markdown', async ({ page }) => {
  await openTool(page, URL);
  await page.getByLabel('KPI preset').selectOption({ label: 'Customer satisfaction' });
  await button(page, 'Add preset KPI').click();
  await expect(box(page, 'KPI 1 name')).toHaveValue('Customer satisfaction');
  await button(page, 'Add KPI').click();
  await expect(box(page, 'KPI 2 name')).toBeFocused();
  await page.keyboard.type('Invoices posted on time');
  await page.getByLabel('Direction of Invoices posted on time').selectOption({ label: 'Higher is better' });
  await fill(page, 'Target for Invoices posted on time', '95');
  await fill(page, 'Minimum for Invoices posted on time', '98');
  await expect(
    page.getByText('Invoices posted on time: higher is better, so the minimum should not be above the target.'),
  ).toBeVisible();
  await fill(page, 'Minimum for Invoices posted on time', '90');
  await box(page, 'Owner of Invoices posted on time').fill('Sam');
  await page.getByLabel('Service review meeting').selectOption({ label: 'Monthly review' });
  await box(page, 'On repeated breach').fill('Three months below the minimum in a row let us end the contract.');
  await expect(page.locator('.sla-schedule')).toContainText('Invoices posted on time');
  const md = await downloadOf(page, 'Download Markdown');
  expect(md.name).toMatch(/^sla-schedule-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain('| Invoices posted on time | — | — | higher | 95 | 90 | Monthly | — | Sam |');
  expect(md.text).toContain('| 30-day month | 3 h 36 min |');
  expect(md.text).toContain(
    'Worked example: 432 minutes of downtime in a 30-day month of 43,200 service minutes gives 99.0000% availability. Tier 1 applies (below 99.5 %): a credit of 5 % of the fee; on a monthly fee of $1,000.00 that is $50.00.',
  );
  expect(md.text).toContain('- Service review: a monthly service review of the figures and actions');
  expect(md.text).toContain('- On repeated breach: Three months below the minimum in a row let us end the contract.');
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
  expect(stored.kpis.map((k: { name: string }) => k.name)).toEqual([
    'Customer satisfaction',
    'Invoices posted on time',
  ]);
  // The KPIs are offered to the KPI tracker (kind kpis:sla).
  const offer = await page.evaluate(
    () => JSON.parse(localStorage.getItem('os:offers:default:sla-builder')!).data.offers[0],
  );
  expect(offer.kind).toBe('kpis:sla');
  expect(offer.value.kpis[1]).toEqual({
    name: 'Invoices posted on time',
    unit: '',
    lowerIsBetter: false,
    target: 95,
    minimum: 90,
  });
  expect(await axeViolationsInBothThemes(page), 'axe with KPIs').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sla-schedule')).toBeVisible();
  await expect(box(page, 'KPI 1 name')).toBeHidden();
});

test('success measures from the goals and scope canvas arrive as KPIs only on “Use it”', async ({ page }) => {
  await openTool(page, URL);
  await page.evaluate(() => {
    const offers = [
      {
        id: 'measures',
        kind: 'success-measures',
        label: 'your goals and scope canvas',
        value: {
          measures: [
            { name: 'Reply time', baseline: '8 h', target: '4', how: 'Hours to first reply' },
            { name: 'Happy customers', baseline: '', target: 'more', how: 'Survey' },
          ],
        },
      },
    ];
    localStorage.setItem(
      'os:offers:default:goals-scope',
      JSON.stringify({ format: 'outsource-smart', tool: 'goals-scope', v: 1, data: { offers } }),
    );
  });
  await page.reload();
  const question = 'Add 2 success measures from your goals and scope canvas as KPIs: Reply time, Happy customers?';
  await expect(page.getByText(question)).toBeVisible();
  await button(page, 'Not now').click();
  await expect(box(page, 'KPI 1 name')).toHaveCount(0);
  await page.reload();
  await button(page, 'Use it').click();
  await expect(box(page, 'KPI 1 name')).toHaveValue('Reply time');
  await expect(box(page, 'Target for Reply time')).toHaveValue('4');
  await expect(box(page, 'Target for Happy customers')).toHaveValue('');
  await page.reload();
  await expect(box(page, 'KPI 2 name')).toHaveValue('Happy customers');
  await expect(page.getByText(question)).toHaveCount(0);
});

test('keyboard only, and no sideways scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, URL);
  await box(page, 'Availability target (%)').focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('99.9');
  await page.keyboard.press('Tab');
  await expect(downtimeRow(page, '30-day month')).toContainText('43 min 12 s');
  await button(page, 'Remove tier 2').focus();
  await page.keyboard.press('Enter');
  await expect(button(page, 'Add tier')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Tier 2: availability below (%)')).toBeFocused();
  await page.keyboard.type('99');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolationsInBothThemes(page), 'axe at 320 px').toEqual([]);
});
