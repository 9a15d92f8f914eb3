/** Search finds guides by words from their bodies, loading Pagefind only on demand. */
import { expect, test } from '@playwright/test';

const cases: [query: string, guidePath: string][] = [
  ['payroll', '/guides/which-tasks-to-outsource/'],
  ['SLA', '/guides/contracts-and-slas/'],
  ['NDA', '/guides/protecting-data-and-ip/'],
  ['hidden costs', '/guides/total-cost-of-engagement/'],
  ['cultural fit', '/guides/cultural-fit/'],
  ['trial period', '/guides/trial-period/'],
];

for (const [query, guidePath] of cases) {
  test(`search "${query}" finds ${guidePath} in the top 3`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-status')).toContainText('result');
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(guidePath);
  });
}

test('search from the header form on any page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search guides and tools' }).fill('payroll');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=payroll/);
  await expect(page.locator('#search-results a').first()).toBeVisible();
});
