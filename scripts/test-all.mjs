#!/usr/bin/env node
/**
 * `npm test`: every quality gate in order, stopping at the first failure —
 * type check (0 errors, 0 warnings), lint, unit tests, build, end-to-end tests in Chromium
 * (pages, axe, privacy, CSP, JS budgets, search, tools). Prints a summary with timings.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npm', ['run', 'check']],
  ['lint', 'npm', ['run', 'lint']],
  ['unit tests', 'npm', ['run', 'test:unit']],
  ['build', 'npm', ['run', 'build']],
  ['end-to-end tests', 'npm', ['run', 'test:e2e']],
];

const results = [];
for (const [label, cmd, args] of steps) {
  console.log(`\n=== ${label} ===`);
  const start = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const secs = (performance.now() - start) / 1000;
  results.push([label, r.status === 0, secs]);
  if (r.status !== 0) break;
}

console.log('\n=== summary ===');
for (const [label, ok, secs] of results)
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(18)} ${secs.toFixed(1)} s`);
const failed = results.filter(([, ok]) => !ok).length + (steps.length - results.length);
const passed = results.length - results.filter(([, ok]) => !ok).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
