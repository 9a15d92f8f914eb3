/** The communication plan end to end, driven by its visible labels like a visitor would. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const URL = '/tools/communication-plan/';
const KEY = 'os:tool:default:communication-plan';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const hours = (page: Page) =>
  page.locator('.key-figures div').filter({ hasText: 'Internal hours per month' }).locator('dd');

async function fill(page: Page, name: string, value: string) {
  await box(page, name).fill(value);
  await box(page, name).blur();
}

/** model.test.ts "a mix of frequencies and people": 10.8333 + 4.875 + 2 = 17.71 hours. */
async function fillMix(page: Page) {
  for (const n of [4, 3, 2, 1]) await button(page, `Remove touchpoint ${n}`).click();
  await expect(hours(page)).toHaveText('0');
  const rows: [purpose: string, frequency: string, minutes: string, people: string][] = [
    ['Stand-up', 'Daily on working days', '15', '2'],
    ['Demo', 'Fortnightly', '45', '3'],
    ['Quarterly review', 'Quarterly', '120', '3'],
  ];
  for (const [k, [purpose, frequency, minutes, people]] of rows.entries()) {
    await button(page, 'Add touchpoint').click();
    await expect(box(page, `Touchpoint ${k + 1} purpose`)).toBeFocused();
    await page.keyboard.type(purpose);
    await page.getByLabel(`Frequency for ${purpose}`, { exact: true }).selectOption({ label: frequency });
    await fill(page, `Duration in minutes for ${purpose}`, minutes);
    await fill(page, `Internal people at ${purpose}`, people);
  }
}

test('the guide’s rhythm, then a mix of frequencies, gives the hand-computed hours', async ({ page }) => {
  await openTool(page, URL);
  // Written update 0.72 + check-in 2.17 + review 1 + quarterly 0.5 = 4.39 (model.test.ts).
  await expect(hours(page)).toHaveText('4.39');
  await expect(page.locator('.cp-breakdown tbody tr').nth(1)).toHaveText(/Check-in call\s*4\.33\s*2\.17/);
  await page.getByLabel('Frequency for Check-in call', { exact: true }).selectOption({ label: 'Fortnightly' });
  await expect(hours(page)).toHaveText('3.31');
  await fillMix(page);
  await expect(hours(page)).toHaveText('17.71');
  await expect(page.locator('.cp-breakdown tbody tr')).toHaveText([
    /Stand-up\s*21\.67\s*10\.83/,
    /Demo\s*2\.17\s*4\.88/,
    /Quarterly review\s*0\.33\s*2/,
  ]);
  await expect(page.locator('.cp-results a[href="/guides/communication-plan/"]')).toHaveCount(1);
  await expect(page.locator('.cp-results a[href="/guides/roles-and-responsibilities/"]')).toHaveCount(1);
  // Reload keeps everything.
  await page.reload();
  await expect(box(page, 'Touchpoint 2 purpose')).toHaveValue('Demo');
  await expect(box(page, 'Internal people at Quarterly review')).toHaveValue('3');
  await expect(hours(page)).toHaveText('17.71');
});

test('bad numbers are named, and an escalation level without a response time is warned about', async ({ page }) => {
  await openTool(page, URL);
  await fill(page, 'Duration in minutes for Check-in call', 'half an hour');
  await expect(
    page.getByRole('link', { name: 'Duration in minutes for Check-in call must be a number, like 30' }),
  ).toBeVisible();
  await expect(page.locator('.cp-results')).toContainText('Check-in call has no duration or no number of people');
  await expect(hours(page)).toHaveText('2.22'); // 4.39 − 2.17 while the call is left out
  await fill(page, 'Internal people at Written update', '1.5');
  await expect(
    page.getByRole('link', { name: 'Internal people at Written update must be a whole number, like 1' }),
  ).toBeVisible();
  await fill(page, 'Level 2: response time', '');
  await expect(page.locator('.cp-results')).toContainText('Level 2 has no response time');
  expect(await axeViolationsInBothThemes(page), 'axe with errors and warnings').toEqual([]);
  await fill(page, 'Duration in minutes for Check-in call', '30');
  await fill(page, 'Internal people at Written update', '1');
  await expect(hours(page)).toHaveText('4.39');
});

test('the hours reach total cost as its oversight hours only on “Use it”', async ({ page }) => {
  await openTool(page, URL);
  await fillMix(page);
  await expect(hours(page)).toHaveText('17.71');
  await openTool(page, '/tools/total-cost/');
  const oversight = box(page, 'Oversight hours per month');
  await expect(oversight).toHaveValue('6');
  const question = 'Use 17.71 hours a month from your communication plan as “Oversight hours per month”?';
  await expect(page.getByText(question)).toBeVisible();
  expect(await axeViolationsInBothThemes(page), 'axe with the offer shown').toEqual([]);
  // "Not now" changes nothing.
  const before = await page.evaluate((k) => localStorage.getItem(k), 'os:tool:default:total-cost');
  await button(page, 'Not now').click();
  await expect(page.getByText(question)).toHaveCount(0);
  await expect(oversight).toHaveValue('6');
  expect(await page.evaluate((k) => localStorage.getItem(k), 'os:tool:default:total-cost')).toBe(before);
  // Back again: "Use it" applies it.
  await page.reload();
  await button(page, 'Use it').click();
  await expect(page.getByText('Done: used the value from your communication plan.')).toBeVisible();
  await expect(oversight).toHaveValue('17.71');
  await page.reload();
  await expect(oversight).toHaveValue('17.71');
  await expect(page.getByText(question)).toHaveCount(0);
});

test('the charter prints results first and exports as Markdown', async ({ page, baseURL }) => {
  await openTool(page, URL);
  await box(page, 'Progress updates').fill('Friday note: done, planned, blocked, figures');
  const md = await downloadOf(page, 'Download Markdown');
  expect(md.name).toMatch(/^communication-charter-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain(
    '| Check-in call | Weekly | 30 | Video call | Our owner | 1 | Vendor lead | Unblock work, quick decisions |',
  );
  expect(md.text).toContain('Our time: 4.39 internal hours a month.');
  expect(md.text).toContain('- Progress updates: Friday note: done, planned, blocked, figures');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await button(page, 'Copy as Markdown').click();
  await expect(page.getByText('Copied as Markdown.')).toBeVisible();
  // Without clipboard access, the text is offered in a box to copy from.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
  });
  await button(page, 'Copy as Markdown').click();
  await expect(page.getByLabel('Markdown to copy')).toHaveValue(/# Communication charter/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cp-inputs')).toBeHidden();
  await expect(page.locator('.cp-charter')).toBeVisible();
  await expect(page.locator('.cp-results')).toBeVisible();
});

test('keyboard only: add from the guide, edit, reorder, remove', async ({ page }) => {
  await openTool(page, URL);
  expect(await axeViolationsInBothThemes(page), 'axe at first visit').toEqual([]);
  await page.getByLabel('Touchpoint from the guide').focus();
  await page.keyboard.press('End'); // the last preset: the handover check-in
  await button(page, 'Add from the guide').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Touchpoint 5 purpose')).toBeFocused();
  await expect(box(page, 'Touchpoint 5 purpose')).toHaveValue('Handover check-in');
  // 4.39 + 21.67 × 15 ÷ 60 = 4.39 + 5.42 = 9.81
  await expect(hours(page)).toHaveText('9.81');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(box(page, 'Touchpoint 4 purpose')).toHaveValue('Handover check-in');
  await button(page, 'Remove touchpoint 4').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Touchpoint 4 purpose')).toHaveValue('Relationship review');
  await expect(hours(page)).toHaveText('4.39');
  await button(page, 'Add level').focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Level 4: who on our side')).toBeFocused();
  await page.keyboard.type('Our director');
  await expect(page.locator('.cp-results')).toContainText('Level 4 has no response time');
  expect(await axeViolationsInBothThemes(page), 'axe after editing').toEqual([]);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
  expect(stored.levels[3].ours).toBe('Our director');
});

test('at 320 px the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTool(page, URL);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolationsInBothThemes(page), 'axe at 320 px').toEqual([]);
});
