/**
 * Workshop mode end to end: five participants answer the readiness audit in their own browser
 * contexts and send response codes (one as a file); the facilitator pastes them with a
 * duplicate, a tampered code, another tool's code and a code of an unknown version, and sees
 * the known figures; the room survives a reload; axe in every state; keyboard only; 320 px.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothThemes } from './support/axe';
import { downloadOf, openTool } from './support/tool-page';

const question = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });
const codeBox = (page: Page) => page.getByRole('textbox', { name: 'Response code' });

/** CRC-32 as the codes carry it (to sign a code whose version was changed). */
function crc32(text: string): string {
  let crc = 0xffffffff;
  for (const b of new TextEncoder().encode(text)) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** Opens "Send to facilitator", gives the nickname and returns the code once it carries it. */
async function sendCode(page: Page, nickname: string): Promise<string> {
  await page.getByRole('button', { name: 'Send to facilitator' }).click();
  await expect(codeBox(page)).toHaveValue(/^osw1\./);
  const before = await codeBox(page).inputValue();
  if (!nickname) return before;
  await page.getByLabel('Nickname (optional)').fill(nickname);
  await expect(codeBox(page)).not.toHaveValue(before);
  return codeBox(page).inputValue();
}

/**
 * Answers to questions 1–4 (scores: Ann 100 %, Ben 50 %, Cy 25 %, no nickname 50 %, Eve 50 %).
 * Question 1: Yes from 3 of 5 → 60 %. Room score: mean 55 % (Not ready yet), range 25–100,
 * population standard deviation √600 ≈ 24.5.
 */
const PEOPLE: [string, ('Yes' | 'No')[]][] = [
  ['Ann', ['Yes', 'Yes', 'Yes', 'Yes']],
  ['Ben', ['Yes', 'No', 'Yes', 'No']],
  ['Cy', ['Yes', 'No', 'No', 'No']],
  ['', ['No', 'Yes', 'Yes', 'No']],
  ['Eve', ['No', 'No', 'Yes', 'Yes']],
];

async function participant(browser: Browser, nickname: string, answers: ('Yes' | 'No')[], asFile = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTool(page, '/tools/readiness/');
  for (const [i, a] of answers.entries())
    await question(page, i + 1)
      .getByRole('radio', { name: a, exact: true })
      .check();
  const code = await sendCode(page, nickname);
  let file: { name: string; text: string } | null = null;
  if (asFile) file = await downloadOf(page, 'Download code');
  await context.close();
  return { code, file };
}

test('five participants send codes; the facilitator merges them, rejects bad ones by line, and keeps the room', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const sent = [];
  for (const [i, [nick, answers]] of PEOPLE.entries()) sent.push(await participant(browser, nick, answers, i === 4));
  const codes = sent.map((s) => s.code);
  const file = sent[4]!.file!;
  expect(file.text.trim()).toBe(codes[4]);
  for (const c of codes) expect(c.length).toBeLessThan(300); // short enough for a chat message

  // Another tool's code, from a participant of the cultural-fit assessment.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openTool(otherPage, '/tools/cultural-fit/');
  await otherPage.getByLabel('New vendor name').fill('Acme');
  await otherPage.getByRole('button', { name: 'Add vendor' }).click();
  await otherPage.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: '4', exact: true }).check();
  const otherCode = await sendCode(otherPage, 'Dan');
  await other.close();

  // One character of Ben's payload changed, and Ann's code signed anew with version 7.
  const at = 30;
  const tampered = codes[1]!.slice(0, at) + (codes[1]![at] === 'A' ? 'B' : 'A') + codes[1]!.slice(at + 1);
  const body = codes[0]!.slice(0, codes[0]!.lastIndexOf('.')).replace('.readiness.1.', '.readiness.7.');
  const newer = `${body}.${crc32(body)}`;

  await openTool(page, '/workshop/');
  expect(await axeViolationsInBothThemes(page), 'axe: empty room').toEqual([]);
  await expect(page.getByText('No responses merged for this tool yet.')).toBeVisible();
  const pasted = [codes[0], codes[1], codes[2], `Anna: ${codes[3]}`, codes[0], tampered, otherCode, newer].join('\n');
  // Keyboard only: type into "Response codes", Tab past the file field to "Merge responses", Enter.
  await page.getByLabel('Response codes').focus();
  await page.keyboard.insertText(pasted);
  await page.getByLabel('Response files (optional)').setInputFiles({
    name: file.name,
    mimeType: 'text/plain',
    buffer: Buffer.from(file.text),
  });
  await page.getByLabel('Response codes').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Response files (optional)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Merge responses' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').first()).toContainText(
    '5 responses in the room (5 new). 1 duplicate dropped. 3 codes rejected, listed below.',
  );
  const rejected = page.locator('.workshop-rejected li');
  await expect(rejected).toHaveText([
    'Line 6: the checksum does not match (the code was changed or cut off when copied).',
    'Line 7: the code is for the Cultural-fit assessment, not the Readiness self-audit.',
    'Line 8: the code has response version 7, newer than this page reads (1); reload the page.',
  ]);
  await expect(page.getByLabel('Tool', { exact: true })).toHaveValue('readiness');

  const check = async () => {
    await expect(page.locator('#workshop-count')).toContainText(
      '5 responses from Ann, Ben, Cy, Eve and 1 without a nickname.',
    );
    await expect(page.locator('#workshop-score')).toContainText(
      'Room score: 55 % — Not ready yet. The mean of everyone’s score; range 25–100, standard deviation 24.5.',
    );
    const rows = page.locator('#workshop-items tbody tr');
    await expect(rows).toHaveCount(4);
    // Question 1 first (most disagreement, first asked): 5 answers, mean 0.6, 0–1, sd √0.24, 60 % Yes.
    await expect(rows.nth(0).locator('th')).toContainText(
      'Have you written down what the outsourced work should achieve',
    );
    await expect(rows.nth(0).locator('td')).toHaveText(['5', '0.6', '0–1', '0.49', '60 %']);
    // Question 3 last: Yes from 4 of 5, the room agrees most.
    await expect(rows.nth(3).locator('td')).toHaveText(['5', '0.8', '0–1', '0.4', '80 %']);
  };
  await check();
  expect(await axeViolationsInBothThemes(page), 'axe: merged, with rejected codes').toEqual([]);

  // The chart's data table has the same figures.
  await page.getByText('Data table: Share of Yes per question').click();
  await expect(page.locator('.chart-table tbody tr').first()).toContainText('60');

  // The room is kept in the engagement: after a reload it is all still there.
  await page.reload();
  await check();

  // Pasting the same codes again adds nobody.
  await page.getByLabel('Response codes').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Merge responses' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    '5 responses in the room (0 new). 5 duplicates dropped.',
  );

  // Presenter view: large type, the figures only; Escape leaves it.
  await page.getByRole('button', { name: 'Presenter view' }).click();
  await expect(page.getByRole('button', { name: 'Presenter view' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Response codes')).toHaveCount(0);
  await check();
  expect(await axeViolationsInBothThemes(page), 'axe: presenter view').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Response codes')).toBeVisible();

  // Exports: CSV with a header and one row per item, JSON with the merged figures only.
  const csv = await downloadOf(page, 'Export (CSV)');
  expect(csv.text.split('\r\n')[0]).toBe(
    '"Item","Count","Mean","Min","Max","Standard deviation (population)","Share of Yes (%)"',
  );
  expect(csv.text).toContain('"5","0.6","0","1"');
  const json = JSON.parse((await downloadOf(page, 'Export (JSON)')).text);
  expect(json).toMatchObject({ format: 'outsource-smart-workshop', tool: 'readiness', responses: 5 });
  expect(JSON.stringify(json)).not.toContain('Ann');

  // Invite: the link and a QR code to project.
  await page.getByRole('button', { name: 'Show QR code' }).click();
  await expect(page.getByRole('img', { name: /^QR code that opens http.*\/tools\/readiness\/$/ })).toBeVisible();
  await expect(page.getByLabel('Link for participants')).toHaveValue(/\/tools\/readiness\/$/);
  expect(await axeViolations(page), 'axe: QR code shown').toEqual([]);
});

test('at 320 px neither the participant panel nor the facilitator page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openTool(page, '/tools/readiness/');
  await question(page, 1).getByRole('radio', { name: 'Yes', exact: true }).check();
  const code = await sendCode(page, 'Zoë');
  expect(await axeViolations(page, '.tool-actions')).toEqual([]);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await openTool(page, '/workshop/');
  await page.getByLabel('Response codes').fill(`${code}\nnot a code`);
  await page.getByRole('button', { name: 'Merge responses' }).click();
  await expect(page.locator('.workshop-rejected li')).toHaveText(['Line 2: this is not a response code.']);
  await expect(page.locator('#workshop-count')).toContainText('1 response from Zoë.');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Presenter view' }).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, a participant and the facilitator work offline; the first code preselects its tool', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    await context.setOffline(true);
    await openTool(page, '/tools/task-classifier/');
    await page.getByRole('button', { name: 'Add task', exact: true }).click();
    await page.getByLabel('Task 1 name').fill('Bookkeeping');
    await page.getByRole('radio', { name: '4' }).first().check();
    const code = await sendCode(page, 'Kim');
    await openTool(page, '/workshop/');
    await page.getByLabel('Response codes').fill(code);
    await expect(page.getByLabel('Tool', { exact: true })).toHaveValue('task-classifier');
    await page.getByRole('button', { name: 'Merge responses' }).click();
    await expect(page.locator('#workshop-count')).toContainText('1 response from Kim.');
    await expect(page.locator('#workshop-items tbody tr').first().locator('th')).toContainText('Bookkeeping — ');
    await context.setOffline(false);
  });
});
