#!/usr/bin/env node
/**
 * Writes dist/sw.js: src/offline/sw.js with the list of every page and asset of this build
 * (the precache) and a version made from their contents, so a changed build is a new worker.
 *
 * Hand-written rather than workbox-build: the worker needs only precache + one runtime cache
 * for the search index + an update prompt, about 60 lines; workbox-build would add a large
 * dev dependency tree for the same result, and @vite-pwa/astro does not yet accept Astro 7.
 * Left out of the precache: the search index (cached as it is used), the sitemap, robots,
 * _headers and source maps.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';
const SKIP = /^(pagefind\/|sw\.js$|_headers$|robots\.txt$|sitemap[^/]*\.xml$)|\.map$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The URL a file is requested by: pages by their directory URL, the rest by path. */
export function urlOf(file) {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

const files = walk(DIST)
  .filter((f) => !SKIP.test(relative(DIST, f).split(sep).join('/')))
  .sort();
const template = readFileSync('src/offline/sw.js', 'utf8');
const hash = createHash('sha256').update(template);
for (const f of files) hash.update(urlOf(f)).update(readFileSync(f));
const version = hash.digest('hex').slice(0, 16);
const urls = files.map(urlOf);

const worker = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('/* __PRECACHE__ */ []', JSON.stringify(urls));
writeFileSync(join(DIST, 'sw.js'), worker);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`service worker: ${urls.length} files precached (${(bytes / 1024).toFixed(0)} KB), version ${version}`);
