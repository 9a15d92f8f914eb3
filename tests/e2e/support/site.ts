/** Facts about the built site that e2e tests share: its pages and what kind each one is. */
import { readFileSync, readdirSync } from 'node:fs';
import budgets from '../../budgets.json' with { type: 'json' };

/** Paths (e.g. `/guides/sla/`) of every page in the built sitemap. */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no pages: run `npm run build` first.');
  return paths.sort();
}

/** The kind of page at a path, which decides its JS budget. */
export type PageKind = 'tool' | 'app' | 'content';

/**
 * Tool pages and embeds are `tool`; the plan pages and the workshop page (which read every
 * tool's declaration) and the embed builder at /trainers/ (options, live preview, QR codes) are
 * `app`, with the tool page's total budget; everything else is a content page.
 */
export function pageKind(path: string): PageKind {
  if (/^\/(tools|embed)\/[a-z-]+\/$/.test(path)) return 'tool';
  return /^\/(plan|workshop|trainers)\//.test(path) ? 'app' : 'content';
}

/** The JS budget (gzip bytes) of a page kind. */
export function jsBudget(kind: PageKind): number {
  return kind === 'content' ? budgets.content : budgets.tool;
}

/** The JS budget of a tool page's own code, without the lazily loaded chart chunk. */
export const TOOL_WITHOUT_CHART_BUDGET: number = budgets.toolWithoutChart;

/** What a tool page may carry on a first visit (no stored data, so no schemas), chart left out. */
export const TOOL_FIRST_VISIT_BUDGET: number = budgets.toolFirstVisit;

/** What a tool page carries on a first visit once hydrated, before any scroll or use. */
export const TOOL_ARRIVAL_BUDGET: number = budgets.toolArrival;

/** True for the lazily loaded Chart.js chunk (built from src/tools/ui/chart-core.ts). */
export function isChartChunk(url: string): boolean {
  return /\/chart-core\.[\w-]+\.js$/.test(new URL(url).pathname);
}
