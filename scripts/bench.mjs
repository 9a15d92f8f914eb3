#!/usr/bin/env node
/**
 * `npm run bench`: one page of each kind (home, guide, stage hub, tool) measured on the built
 * site — HTML bytes, JS gzip bytes (on load, and after scrolling to the end, which loads
 * lazy code such as charts), the build time of the whole site, and Lighthouse mobile scores
 * with LCP and TBT when Lighthouse and Chromium are available. Writes bench-results/bench.json.
 * It also times input → result update on three tools with a 4× CPU slowdown (responsiveness.mjs).
 * Extra pages: `npm run bench -- /tools/readiness/`; every tool page: `npm run bench -- --tools`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import budgets from '../tests/budgets.json' with { type: 'json' };
import { measureResponsiveness } from './responsiveness.mjs';

const PORT = 4455;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = [
  ['home', '/', budgets.content],
  ['guide', '/guides/why-outsource/', budgets.content],
  ['stage hub', '/stages/decide/', budgets.content],
  ['tool', '/tools/total-cost/', budgets.tool],
];
// Extra pages: `npm run bench -- /tools/vendor-scorecard/ /about/`, or `-- --tools` for every
// built tool page (listed from dist after the build).
const EXTRA = process.argv.slice(2);
const addPage = (path) => {
  if (PAGES.some(([, p]) => p === path)) return;
  const tool = path.startsWith('/tools/') && path !== '/tools/';
  PAGES.push([tool ? 'tool' : 'page', path, tool ? budgets.tool : budgets.content]);
};
const CHROME =
  process.env.CHROMIUM_PATH ??
  process.env.CHROME_PATH ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const start = performance.now();
const build = spawnSync('npm', ['run', 'build', '--silent'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - start) / 1000;
for (const arg of EXTRA) {
  if (arg === '--tools') {
    for (const id of readdirSync('dist/tools', { withFileTypes: true }).filter((d) => d.isDirectory()))
      addPage(`/tools/${id.name}/`);
  } else if (arg.startsWith('/')) addPage(arg.endsWith('/') ? arg : `${arg}/`);
  else {
    console.error(`Unknown argument "${arg}": give page paths such as /tools/readiness/, or --tools.`);
    process.exit(2);
  }
}

const server = spawn('astro', ['preview', '--ignore-lock', '--port', String(PORT), '--host', '127.0.0.1'], {
  stdio: 'ignore',
  shell: process.platform === 'win32',
});
process.on('exit', () => server.kill());
let up = false;
for (let i = 0; i < 300 && !up; i++) {
  try {
    up = (await fetch(ORIGIN)).ok;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
if (!up) {
  console.error(`The preview server did not start on ${ORIGIN}.`);
  process.exit(1);
}

async function measureJs(page, path) {
  const sizes = new Map();
  const onResponse = async (res) => {
    if (res.request().resourceType() === 'script')
      sizes.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
  };
  page.on('response', onResponse);
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
  );
  const inlineBytes = inline.reduce((a, t) => a + (t.trim() ? gzipSync(t, { level: 9 }).length : 0), 0);
  const sum = () => [...sizes.values()].reduce((a, b) => a + b, 0) + inlineBytes;
  const onLoad = sum();
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  page.off('response', onResponse);
  return { onLoad, afterScroll: sum() };
}

const browser = await chromium.launch({ executablePath: CHROME, args: ARGS.slice(1) });
const rows = [];
for (const [kind, path, budget] of PAGES) {
  const html = await (await fetch(ORIGIN + path)).arrayBuffer();
  const page = await browser.newPage();
  const js = await measureJs(page, path);
  await page.close();
  rows.push({
    kind,
    path,
    htmlBytes: html.byteLength,
    htmlGzip: gzipSync(Buffer.from(html), { level: 9 }).length,
    jsOnLoad: js.onLoad,
    jsAfterScroll: js.afterScroll,
    budget,
  });
}
const responsiveness = await measureResponsiveness(browser, ORIGIN);
await browser.close();

let lighthouse;
try {
  lighthouse = (await import('lighthouse')).default;
} catch {
  console.log('Lighthouse is not installed: skipping scores.');
}
if (lighthouse && CHROME) {
  const { launch } = await import('chrome-launcher');
  for (const row of rows) {
    const chrome = await launch({ chromePath: CHROME, chromeFlags: ARGS });
    try {
      const result = await lighthouse(ORIGIN + row.path, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result.lhr;
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      Object.assign(row, {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      });
    } finally {
      await chrome.kill();
    }
  }
}

console.log(`\nBuild of the whole site: ${buildSeconds.toFixed(1)} s\n`);
console.table(
  rows.map((r) => ({
    page: `${r.kind} ${r.path}`,
    'HTML B': r.htmlBytes,
    'HTML gz B': r.htmlGzip,
    'JS gz on load': r.jsOnLoad,
    'JS gz scrolled': r.jsAfterScroll,
    'JS budget': r.budget,
    ...(r.performance !== undefined && {
      perf: r.performance,
      a11y: r.accessibility,
      bp: r.bestPractices,
      seo: r.seo,
      'LCP ms': r.lcpMs,
      'TBT ms': r.tbtMs,
    }),
  })),
);
console.log('\nInput → result update and → next paint, 4× CPU slowdown (medians of 9 edits):\n');
console.table(responsiveness);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), buildSeconds, pages: rows, responsiveness }, null, 2),
);
server.kill();
process.exit(rows.some((r) => r.jsAfterScroll > r.budget) ? 1 : 0);
