/** The risk register end to end, driven by its visible labels like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/risk-register/';
const KEY = 'os:tool:default:risk-register';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const select = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
const figure = (page: Page, name: string) =>
  page.locator('.rr-results .key-figures div').filter({ hasText: name }).locator('dd');
const cell = (page: Page, view: 'inherent' | 'residual', l: number, i: number) => page.locator(`#rr-${view}-${l}-${i}`);
const listRows = (page: Page) => page.locator('.rr-list tbody tr');

async function fill(page: Page, name: string, value: string) {
  await box(page, name).fill(value);
  await box(page, name).blur();
}

// One page for the whole visit: the register built in one step is checked in the next. Axe over
// ten risks' 120 fields and two heat maps in both themes takes over a minute on a loaded 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 150_000 });
let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
});
test.afterAll(() => page.context().close());

test('a new visitor starts empty; the ten preset risks arrive scored and on the heat map', async () => {
  await openTool(page, URL);
  await expect(page.getByText('No risks yet. Add the preset risks or your own.')).toBeVisible();
  expect(await axeViolationsInBothThemes(page), 'axe at first visit').toEqual([]);
  await button(page, 'Add preset risks').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Risk 1 name')).toBeFocused();
  await expect(box(page, 'Risk 1 name')).toHaveValue('Data breach');
  await expect(box(page, 'Risk 10 name')).toHaveValue('Vendor cannot scale with you');
  await expect(select(page, 'Likelihood for Data breach')).toHaveValue('2');
  await expect(select(page, 'Impact for Data breach')).toHaveValue('5');
  await expect(select(page, 'Residual likelihood for Data breach')).toHaveValue('');
  // Option values 1–5 with words.
  await expect(select(page, 'Likelihood for Data breach').locator('option')).toHaveText([
    'Not scored',
    '1 Rare',
    '2 Unlikely',
    '3 Possible',
    '4 Likely',
    '5 Almost certain',
  ]);
  // Four presets start at 3 × 3 = 9, High; seven in all are High (8–10), three Moderate (5, 6, 6).
  await expect(cell(page, 'inherent', 3, 3)).toHaveText(/4\s*risks,\s*High/);
  await expect(figure(page, 'High')).toHaveText('7');
  await expect(figure(page, 'Moderate')).toHaveText('3');
  await button(page, 'Add preset risks').click();
  await expect(page.getByText('Every preset risk is in your register already.')).toBeVisible();
  expect(await axeViolationsInBothThemes(page), 'axe with the presets').toEqual([]);
});

test('score = likelihood × impact at every band edge; inherent and residual side by side', async () => {
  const scores = page.locator('#rr-risk tbody tr').first().locator('.rr-scores');
  for (const [l, i, text] of [
    ['1', '3', 'Inherent 3 Low'],
    ['2', '2', 'Inherent 4 Moderate'],
    ['2', '3', 'Inherent 6 Moderate'],
    ['2', '4', 'Inherent 8 High'],
    ['3', '4', 'Inherent 12 High'],
    ['3', '5', 'Inherent 15 Extreme'],
    ['4', '5', 'Inherent 20 Extreme'],
  ]) {
    await select(page, 'Likelihood for Data breach').selectOption(l!);
    await select(page, 'Impact for Data breach').selectOption(i!);
    await expect(scores).toHaveText(new RegExp(`^${text} → residual not scored`));
  }
  await select(page, 'Residual likelihood for Data breach').selectOption('2');
  await select(page, 'Residual impact for Data breach').selectOption('3');
  // (20 − 6) ÷ 20 = 70 % lower.
  await expect(scores).toHaveText('Inherent 20 Extreme → residual 6 Moderate (70 % lower)');
  await expect(listRows(page).filter({ hasText: 'Data breach' })).toHaveText(
    /Data breach\s*20 Extreme\s*6 Moderate\s*70 %/,
  );
  await expect(cell(page, 'residual', 2, 3)).toHaveText(/1\s*risk,\s*Moderate/);
});

test('the heat map works by keyboard: arrows move, Enter filters the register, again shows all', async () => {
  // One Tab stop per map: the top-left cell (likelihood 1, impact 5) until another is chosen.
  await expect(cell(page, 'inherent', 1, 5)).toHaveAttribute('tabindex', '0');
  await expect(cell(page, 'inherent', 2, 5)).toHaveAttribute('tabindex', '-1');
  await cell(page, 'inherent', 1, 5).focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
  await expect(cell(page, 'inherent', 4, 5)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, 'inherent', 4, 5)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Showing 1 of 10 risks with inherent likelihood 4 and impact 5.')).toBeVisible();
  await expect(listRows(page)).toHaveCount(1);
  await expect(listRows(page).first()).toContainText('Data breach');
  // Down to likelihood 4, impact 4 and on to the 3 × 3 cell.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await expect(cell(page, 'inherent', 3, 3)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(listRows(page)).toHaveCount(4);
  expect(await axeViolationsInBothThemes(page), 'axe with a cell chosen').toEqual([]);
  await page.keyboard.press('Enter');
  await expect(cell(page, 'inherent', 3, 3)).toHaveAttribute('aria-pressed', 'false');
  await expect(listRows(page)).toHaveCount(10);
  await cell(page, 'residual', 2, 3).click();
  await expect(page.getByText('Showing 1 of 10 risks with residual likelihood 2 and impact 3.')).toBeVisible();
  await button(page, 'Show all risks').click();
  await expect(listRows(page)).toHaveCount(10);
});

test('expected cost = probability × cost, offered to the total cost as its contingency', async () => {
  await fill(page, 'Probability (%) for Data breach', '20');
  await fill(page, 'Cost if it happens for Data breach', '10,000');
  await expect(figure(page, 'Expected cost')).toHaveText('$2,000');
  await fill(page, 'Probability (%) for Data breach', '120');
  await expect(page.getByText('Probability (%) for Data breach must be 100 or less').first()).toBeVisible();
  await expect(figure(page, 'Expected cost')).toHaveText('—');
  expect(await axeViolationsInBothThemes(page), 'axe with a field error').toEqual([]);
  await fill(page, 'Probability (%) for Data breach', '20');
  await expect(figure(page, 'Expected cost')).toHaveText('$2,000');

  await openTool(page, '/tools/total-cost/');
  const field = box(page, 'Risk contingency (% of fee)');
  await expect(field).toHaveValue('5');
  // Fees over 36 months at 2,800 a month rising 3 % a year: 33,600 × (1 + 1.03 + 1.0609) =
  // 103,854.24; 2,000 ÷ 103,854.24 = 1.93 %.
  const question =
    'Use 1.93 % from your risk register (expected cost 2000 over the vendor fees of the horizon) as “Risk contingency (% of fee)”?';
  await expect(page.getByText(question)).toBeVisible();
  await button(page, 'Use it').click();
  await expect(field).toHaveValue('1.93');
  await page.reload();
  await expect(field).toHaveValue('1.93');
  await expect(page.getByText(question)).toHaveCount(0);
});

test('open due-diligence items arrive as risks, once', async () => {
  await openTool(page, '/tools/due-diligence/');
  await page.getByLabel('New vendor name').fill('Acme Books');
  await button(page, 'Add vendor').click();
  await page
    .locator('section.checklist')
    .first()
    .getByRole('group', { name: /^The vendor has done this kind of work/ })
    .getByRole('radio', { name: 'Checked', exact: true })
    .check();
  await openTool(page, URL);
  const question = page.getByText(/^Add 7 open items from your due-diligence checklist for Acme Books as risks: /);
  await expect(question).toBeVisible();
  await expect(question).toContainText('Not yet checked at Acme Books: You have phoned at least two current clients');
  expect(await axeViolationsInBothThemes(page), 'axe with the offer').toEqual([]);
  await button(page, 'Use it').click();
  await expect(box(page, 'Risk 11 name')).toHaveValue(/^Not yet checked at Acme Books: /);
  await expect(box(page, 'Risk 17 name')).toHaveValue(/^Not yet checked at Acme Books: /);
  await expect(box(page, 'Risk 18 name')).toHaveCount(0);
  await page.reload();
  await expect(box(page, 'Risk 17 name')).toHaveValue(/^Not yet checked at Acme Books: /);
  await expect(question).toHaveCount(0);
});

test('a reload keeps the scores; CSV is injection-safe; a bad import leaves the register unchanged', async () => {
  await expect(select(page, 'Residual impact for Data breach')).toHaveValue('3');
  await expect(box(page, 'Probability (%) for Data breach')).toHaveValue('20');
  await button(page, 'Add risk').click();
  await expect(box(page, 'Risk 18 name')).toBeFocused();
  await page.keyboard.type('=cmd|calc');
  await select(page, 'Likelihood for =cmd|calc').selectOption('5');
  await select(page, 'Impact for =cmd|calc').selectOption('5');
  const csv = await downloadOf(page, 'Download CSV');
  expect(csv.name).toMatch(/^risk-register-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toContain('"Risk","Likelihood","Impact","Score","Band","Residual likelihood"');
  expect(lines[1]).toMatch(/^"Data breach","4","5","20","Extreme","2","3","6","Moderate","70",/);
  expect(lines[18]).toMatch(/^"'=cmd\|calc","5","5","25","Extreme",/);

  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const bad = JSON.parse(before!);
  bad.data.risks[0].likelihood = 7;
  const chooser = page.waitForEvent('filechooser');
  await button(page, 'Import (JSON)').click();
  await (
    await chooser
  ).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByText(/^Import failed: .*Your current values are unchanged\.$/)).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await expect(select(page, 'Likelihood for Data breach')).toHaveValue('4');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.rr-inputs')).toBeHidden();
  await expect(page.locator('.rr-heatmap').first()).toBeVisible();
  await expect(listRows(page)).toHaveCount(18);
  await page.emulateMedia({ media: 'screen' });
});

test('at 320 px the heat maps and the register fit without sideways scrolling', async () => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.reload();
  await expect(box(page, 'Risk 1 name')).toHaveValue('Data breach');
  await expect(page.locator('.rr-legend').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolationsInBothThemes(page), 'axe at 320 px').toEqual([]);
});
