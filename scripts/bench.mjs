#!/usr/bin/env node
/**
 * `npm run bench`: one page of each kind (home, guide, stage hub, tool) measured on the built
 * site — HTML bytes, JS gzip bytes (on load, and after scrolling to the end, which loads
 * lazy code such as charts), the build time of the whole site, and Lighthouse mobile scores
 * with LCP and TBT (medians of 3 runs, `-- --runs N`) when Lighthouse and Chromium are
 * available. Writes bench-results/bench.json.
 * It also times input → result update on three tools with a 4× CPU slowdown (responsiveness.mjs).
 * Extra pages: `npm run bench -- /tools/readiness/`; every tool page: `npm run bench -- --tools`.
 *
 * Each page's JS is split into its own code, the shared framework (Preact, stores, shell) and
 * the chart. A bare reference page (one heading, its CSS inline, written into dist/ for the run
 * only) is measured in the same run, so timings are compared as ratios to it: absolute times
 * vary two- to threefold between runs on shared machines. `bench/baseline.json` (committed) is
 * compared with this run: bytes exactly, timings as ratios beyond ±25 %. `-- --write-baseline`
 * replaces it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import budgets from '../tests/budgets.json' with { type: 'json' };
import { measureResponsiveness } from './responsiveness.mjs';

const PORT = 4455;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const REFERENCE = '/__bench-reference/';
const PAGES = [
  ['reference', REFERENCE, budgets.content],
  ['home', '/', budgets.content],
  ['guide', '/guides/why-outsource/', budgets.content],
  ['stage hub', '/stages/decide/', budgets.content],
  ['tool', '/tools/total-cost/', budgets.tool],
  ['tool', '/tools/vendor-scorecard/', budgets.tool],
  ['app', '/plan/', budgets.tool],
  ['app', '/plan/report/', budgets.tool],
];
const WRITE_BASELINE = process.argv.includes('--write-baseline');
/**
 * Lighthouse runs per page (`-- --runs 1` for a quick look). Three, with medians, as the issue
 * measured: Lighthouse's simulated timings multiply the main thread's observed tasks by 4, so
 * one busy moment on a shared two-core machine adds 150–350 ms to one run's LCP.
 */
const runsArg = process.argv.indexOf('--runs');
const LIGHTHOUSE_RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Extra pages: `npm run bench -- /tools/vendor-scorecard/ /about/`, or `-- --tools` for every
// built tool page (listed from dist after the build).
const EXTRA = process.argv
  .slice(2)
  .filter((a, i, all) => a !== '--write-baseline' && a !== '--runs' && all[i - 1] !== '--runs');
const addPage = (path) => {
  if (PAGES.some(([, p]) => p === path)) return;
  const tool = /^\/(tools|embed)\/[a-z0-9-]+\/$/.test(path);
  PAGES.push([
    tool ? (path.startsWith('/embed/') ? 'embed' : 'tool') : 'page',
    path,
    tool ? budgets.tool : budgets.content,
  ]);
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
// The reference: what a bare static page costs on this machine right now. Its empty data: icon
// keeps Chromium from requesting /favicon.ico near the first paint (as the site's pages do since
// their icon became a data: URL): with that request the reference's LCP was 618 or 755 ms by run.
mkdirSync(`dist${REFERENCE}`, { recursive: true });
writeFileSync(
  `dist${REFERENCE}index.html`,
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>Reference</title><meta name="description" content="Bench reference page"><link rel="icon" href="data:,">' +
    '<style>body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>' +
    '</head><body><main><h1>Reference page</h1><p>One heading and one paragraph, for timing ratios.</p></main></body></html>',
);
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
  /** Which part of the JS a script is: the chart, the shared framework and runtime, or the page's own. */
  const part = (url) =>
    /chart-core/.test(url) ? 'chart' : /\/(framework|client|signals\.module|preact)[.-]/.test(url) ? 'shared' : 'own';
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
  const split = { own: inlineBytes, shared: 0, chart: 0 };
  for (const [url, bytes] of sizes) split[part(url)] += bytes;
  return { onLoad, afterScroll: sum(), ...split };
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
    jsOwn: js.own,
    jsShared: js.shared,
    jsChart: js.chart,
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
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const chrome = await launch({ chromePath: CHROME, chromeFlags: ARGS });
      try {
        const { lhr } = await lighthouse(ORIGIN + row.path, { port: chrome.port, output: 'json', logLevel: 'error' });
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        runs.push({
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
    // Each figure is the median of its runs; the runs' LCPs are kept to show the spread.
    for (const k of Object.keys(runs[0])) row[k] = median(runs.map((r) => r[k]));
    row.lcpRuns = runs.map((r) => r.lcpMs);
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
    own: r.jsOwn,
    shared: r.jsShared,
    chart: r.jsChart,
    'JS budget': r.budget,
    ...(r.performance !== undefined && {
      perf: r.performance,
      a11y: r.accessibility,
      bp: r.bestPractices,
      seo: r.seo,
      'LCP ms': r.lcpMs,
      'LCP runs': r.lcpRuns.join(' '),
      'TBT ms': r.tbtMs,
    }),
  })),
);
console.log('\nInput → result update and → next paint, 4× CPU slowdown (medians of 9 edits):\n');
console.table(responsiveness);
// Timings as ratios to the reference page measured in this run.
const ref = rows.find((r) => r.kind === 'reference');
for (const r of rows)
  if (ref?.lcpMs && r.lcpMs !== undefined) Object.assign(r, { lcpRatio: +(r.lcpMs / ref.lcpMs).toFixed(2) });

const BASELINE = 'bench/baseline.json';
if (existsSync(BASELINE) && !WRITE_BASELINE) {
  const base = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const changes = [];
  for (const r of rows) {
    const b = base.pages.find((x) => x.path === r.path);
    if (!b) continue;
    for (const k of ['htmlGzip', 'jsOwn', 'jsShared', 'jsChart'])
      if (b[k] !== undefined && r[k] !== b[k])
        changes.push(`${r.path} ${k}: ${b[k]} → ${r[k]} B (${r[k] - b[k] > 0 ? '+' : ''}${r[k] - b[k]})`);
    if (b.lcpRatio && r.lcpRatio && Math.abs(r.lcpRatio / b.lcpRatio - 1) > 0.25)
      changes.push(`${r.path} LCP ratio to the reference: ${b.lcpRatio} → ${r.lcpRatio}`);
    if (b.performance !== undefined && r.performance !== undefined && r.performance < b.performance - 2)
      changes.push(`${r.path} Lighthouse performance: ${b.performance} → ${r.performance}`);
  }
  console.log(
    changes.length
      ? `\nChanges against ${BASELINE}:\n  ${changes.join('\n  ')}`
      : `\nNo change beyond noise against ${BASELINE}.`,
  );
}
if (WRITE_BASELINE) {
  mkdirSync('bench', { recursive: true });
  const keep = ({ kind, path, htmlGzip, jsOwn, jsShared, jsChart, performance, lcpMs, lcpRatio }) => ({
    kind,
    path,
    htmlGzip,
    jsOwn,
    jsShared,
    jsChart,
    performance,
    lcpMs,
    lcpRatio,
  });
  writeFileSync(
    BASELINE,
    JSON.stringify({ date: new Date().toISOString(), pages: rows.map(keep), responsiveness }, null, 2) + '\n',
  );
  console.log(`\nWrote ${BASELINE}.`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), buildSeconds, pages: rows, responsiveness }, null, 2),
);
server.kill();
process.exit(rows.some((r) => r.jsAfterScroll > r.budget) ? 1 : 0);
