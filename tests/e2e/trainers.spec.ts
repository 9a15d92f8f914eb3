/**
 * The embed builder at /trainers/ as a trainer uses it: choose a tool and options, see the
 * preview (the real embed, sized by /embed.js), copy the code and the direct link, prefill from
 * a share link copied in the tool, and download the QR code as SVG and PNG.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './support/axe';
import { copyShareLink, openTool } from './support/tool-page';
import { watchPage } from './support/watch';

const preview = (page: Page) => page.locator('iframe.preview-frame');

async function openBuilder(page: Page) {
  await page.goto('/trainers/');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
}

test('builds the embed code, direct link and preview from the chosen options', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  await openBuilder(page);
  await page.getByLabel('Tool', { exact: true }).selectOption({ label: 'RACI builder' });
  await page.getByLabel('Theme of the embed', { exact: true }).selectOption('dark');
  await page.getByRole('radio', { name: /^Nowhere/ }).check();
  await page.getByLabel('Accent colour', { exact: true }).selectOption('teal');
  await page.getByRole('checkbox', { name: /^Presenter mode/ }).check();
  await page.getByRole('checkbox', { name: 'Show the tool’s introduction' }).uncheck();

  const src = `${baseURL}/embed/raci/?theme=dark&storage=none&presenter=on&intro=hide&accent=teal`;
  await expect(preview(page)).toHaveAttribute('src', src);
  const code = await page.getByLabel('Paste this where the tool should appear').inputValue();
  expect(code).toBe(
    `<iframe src="${src.replace(/&/g, '&amp;')}" title="RACI builder" width="100%" height="720" ` +
      `style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-outsource-smart></iframe>\n` +
      `<script src="${baseURL}/embed.js" async></script>`,
  );
  await expect(page.getByLabel(/^Direct link to the tool/)).toHaveValue(`${baseURL}/tools/raci/`);

  // The preview is the real embed with those options, sized to its content by /embed.js.
  const frame = page.frameLocator('iframe.preview-frame');
  await expect(frame.locator('html')).toHaveAttribute('data-embed-accent', 'teal');
  await expect(frame.getByText('Not kept: export before you close.').first()).toBeVisible();
  await expect
    .poll(async () => {
      const outer = await preview(page).evaluate((e) => e.clientHeight);
      const inner = await frame.locator('html').evaluate((e) => e.getBoundingClientRect().height);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText('Embed code copied.')).toBeVisible();
  expect(watch.pageErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('prefills from a share link, refuses another tool’s link, and draws a downloadable QR code', async ({
  page,
  baseURL,
}) => {
  await openTool(page, '/tools/raci/');
  await page.getByLabel('RACI preset', { exact: true }).selectOption({ label: 'Bookkeeping (6 tasks, 4 roles)' });
  await page.getByRole('button', { name: 'Add preset', exact: true }).click();
  const link = await copyShareLink(page, baseURL!);
  expect(link).toContain('/tools/raci/#share=');

  await openBuilder(page);
  const prefill = page.getByLabel('Prefilled values (optional)');
  await prefill.fill(link);
  const carried = page.getByText('The preview, the embed code, the link and the QR code carry these values.');
  await expect(carried).toHaveCount(0);
  await expect(page.getByText(/This share link is for the “RACI builder”/)).toBeVisible();
  await expect(prefill).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolationsInBothThemes(page, '.builder-options')).toEqual([]);

  await page.getByLabel('Tool', { exact: true }).selectOption({ label: 'RACI builder' });
  await expect(prefill).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(carried).toBeVisible();
  await expect(page.getByLabel(/^Direct link to the tool/)).toHaveValue(link);
  const share = new URL(link).hash;
  await expect(preview(page)).toHaveAttribute('src', `${baseURL}/embed/raci/${share}`);
  await expect(
    page.frameLocator('iframe.preview-frame').getByText('Loaded the values from the share link.'),
  ).toBeVisible();

  const qr = page.getByRole('img', { name: 'QR code of the direct link to the RACI builder' });
  await expect(qr).toBeVisible();
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download QR code (SVG)' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('raci-qr-code.svg');
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText).toMatch(/^<\?xml[^>]*\?><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain(await qr.locator('path').getAttribute('d'));

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download QR code (PNG)' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('raci-qr-code.png');
  const bytes = readFileSync(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Width of the PNG (IHDR): (modules + 8 quiet) × 12 px.
  const side = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]);
  expect(bytes.readUInt32BE(16)).toBe(side * 12);
});

test('the builder works at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openBuilder(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});
