/**
 * Every page in the sitemap, plus the 404 page: loads with no console or uncaught errors,
 * no CSP violation, no request to another origin, no axe violation in the light and dark
 * themes, and JavaScript within its budget (tool pages: with the chart, and without it, and
 * none of it requested before the first paint is on screen).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  sitemapPaths,
  pageKind,
  jsBudget,
  isChartChunk,
  TOOL_ARRIVAL_BUDGET,
  TOOL_FIRST_VISIT_BUDGET,
} from './support/site';
import { watchPage, cspViolations, inlineScriptBytes, scrollToEnd } from './support/watch';
import { axeViolationsInBothThemes } from './support/axe';

const paths = [...sitemapPaths(), '/404/'];
const jsReport: Record<string, number> = {};

for (const path of paths) {
  test(`page ${path}`, async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBeLessThan(path === '/404/' ? 500 : 400);
    const kind = pageKind(path);
    if (kind === 'tool') {
      // On arrival: hydrated, nothing scrolled or used (what Lighthouse and the bench load).
      await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
      await page.waitForLoadState('networkidle');
      const arrival = [...watch.scripts.values()].reduce((a, b) => a + b, 0) + (await inlineScriptBytes(page));
      expect(arrival, `JS gzip bytes of a tool page on arrival (budget ${TOOL_ARRIVAL_BUDGET})`).toBeLessThanOrEqual(
        TOOL_ARRIVAL_BUDGET,
      );
      // client:paint: no script is requested before the first paint is on screen (else it joins
      // the LCP that Lighthouse simulates, src/directives/after-paint.ts).
      const early = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
        return performance
          .getEntriesByType('resource')
          .filter((r) => /\/_astro\/.*\.js$/.test(r.name) && r.startTime < fcp)
          .map((r) => r.name.split('/').pop());
      });
      expect(early, 'scripts requested before the first contentful paint').toEqual([]);
    }
    await scrollToEnd(page);

    expect(await axeViolationsInBothThemes(page), 'axe violations').toEqual([]);

    const jsBytes = [...watch.scripts.values()].reduce((a, b) => a + b, 0) + (await inlineScriptBytes(page));
    jsReport[path] = jsBytes;
    expect(jsBytes, `JS gzip bytes on a ${kind} page (budget ${jsBudget(kind)})`).toBeLessThanOrEqual(jsBudget(kind));
    if (kind === 'tool') {
      const chart = [...watch.scripts].reduce((a, [url, bytes]) => a + (isChartChunk(url) ? bytes : 0), 0);
      expect(
        jsBytes - chart,
        `JS gzip bytes on a first visit to a tool page, without the chart (budget ${TOOL_FIRST_VISIT_BUDGET}, below the SPEC's 40 KB: no Zod on arrival)`,
      ).toBeLessThanOrEqual(TOOL_FIRST_VISIT_BUDGET);
    }

    expect(await cspViolations(page), 'CSP violations').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    expect(watch.pageErrors, 'uncaught errors').toEqual([]);
    expect(
      watch.consoleErrors.filter((e) => !(path === '/404/' && /404/.test(e))),
      'console errors',
    ).toEqual([]);
  });
}

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/js-budget-${process.pid}.json`, JSON.stringify(jsReport, null, 2));
});
