#!/usr/bin/env node
/**
 * `npm run build`: the static site into dist/, then each page's CSP reduced to the hashes it
 * uses (csp-prune.mjs), the Pagefind search index into dist/pagefind/, and the offline service
 * worker (dist/sw.js). Prints the wall time of each step (the budget is ≤ 60 s on 2 cores).
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function step(label, cmd, args) {
  const start = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  const secs = ((performance.now() - start) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n${label} failed after ${secs} s`);
    process.exit(r.status ?? 1);
  }
  console.log(`${label}: ${secs} s`);
  return Number(secs);
}

const total =
  step('astro build', 'astro', ['build']) +
  step('csp', process.execPath, ['scripts/csp-prune.mjs']) +
  step('pagefind', 'pagefind', ['--site', 'dist', '--silent']) +
  step('offline', process.execPath, ['scripts/offline-manifest.mjs']);
console.log(`Build total: ${total.toFixed(1)} s`);
