/** Helpers shared by the tool specs: open a tool page hydrated with en-US settings, read a download. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Opens a tool page with en-US settings and waits until its island is hydrated. */
export async function openTool(page: Page, url: string): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('os:settings'))
      localStorage.setItem('os:settings', JSON.stringify({ locale: 'en-US', currency: 'USD' }));
  });
  await page.goto(url);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
}

/** Clicks a button that downloads a file and returns the file's text and name. */
export async function downloadOf(page: Page, button: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const d = await download;
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

/**
 * Clicks "Copy share link" and returns the link this page copied. The system clipboard is
 * shared by every test running at the same time, so the text is taken from the page's own
 * call to navigator.clipboard.writeText, not read back from the clipboard.
 */
export async function copyShareLink(page: Page, origin: string): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      (window as unknown as { __copied: string }).__copied = text;
      return write(text);
    };
  });
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied.')).toBeVisible();
  return page.evaluate(() => (window as unknown as { __copied: string }).__copied);
}
