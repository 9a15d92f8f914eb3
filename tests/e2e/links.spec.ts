/**
 * Every internal link in the built site resolves: the target page exists in dist/, and a
 * #fragment names an element id on that page. No dead links, including links to tools
 * that are not built yet. And no page's <head> links a file the browser fetches while the
 * page loads (an icon, a stylesheet, a preload): each would join the first paint's critical path.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(p);
    return d.name.endsWith('.html') ? [p] : [];
  });
}

function fileFor(pathname: string): string | undefined {
  const candidates = [join('dist', pathname), join('dist', pathname, 'index.html')];
  return candidates.find((c) => existsSync(c) && (c.endsWith('.html') || !c.endsWith('/')) && !c.endsWith('dist/'));
}

test('every internal link and fragment in dist/ resolves', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const file of htmlFiles('dist')) {
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (!href!.startsWith('/') && !href!.startsWith('#')) continue;
      const url = new URL(href!, `http://site${file.slice(4).replace(/index\.html$/, '')}`);
      const target = fileFor(decodeURIComponent(url.pathname));
      if (!target) broken.push(`${file}: ${href} (no page)`);
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${file}: ${href} (no #${url.hash.slice(1)})`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page links a file the browser fetches on load (the icon is a data: URL)', () => {
  // rel values the browser does not fetch on its own; anything else with a URL is a request
  // near the first paint (the icon as /favicon.svg added ~80 ms to Lighthouse's LCP).
  const passive = new Set(['canonical', 'sitemap', 'alternate', 'author', 'license', 'help', 'search']);
  const fetched: string[] = [];
  for (const file of htmlFiles('dist'))
    for (const [tag] of readFileSync(file, 'utf8').matchAll(/<link\s[^>]*>/g)) {
      const rel = / rel="([^"]+)"/.exec(tag)?.[1] ?? '';
      const href = / href="([^"]+)"/.exec(tag)?.[1] ?? '';
      if (href && !href.startsWith('data:') && !rel.split(/\s+/).every((r) => passive.has(r)))
        fetched.push(`${file}: ${tag}`);
    }
  expect(fetched).toEqual([]);
});
