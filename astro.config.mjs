// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { THEME_INIT_SCRIPT } from './src/layouts/theme-init.mjs';
import { EMBED_INIT_SCRIPT } from './src/embed/embed-init.mjs';

/** Public origin of the deployed site; used for canonical URLs, Open Graph and the sitemap. */
const site = process.env.SITE_URL ?? 'https://outsource-smart.example';

/** @param {string} script */
const hashOf = (script) =>
  /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`);
// The two inline scripts: the theme before first paint, and the embed options (embeds only).
const inlineHashes = [hashOf(THEME_INIT_SCRIPT), hashOf(EMBED_INIT_SCRIPT)];

/** `client:paint` (src/directives/after-paint.ts): `client:load`, one frame after the first paint. */
const afterPaintDirective = {
  name: 'client-after-paint',
  hooks: {
    /** @param {{ addClientDirective: (d: { name: string; entrypoint: string }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'paint', entrypoint: './src/directives/after-paint.ts' }),
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // MDX `optimize`: the guides' static content becomes HTML strings at compile time instead of a
  // tree of JSX calls per page (same HTML; the build with 1,000 extra guides 15.2 → 13.7 s).
  // Preact `include`: @astrojs/preact always passes its Vite preset a Babel config, so Babel
  // re-parsed and re-printed every .ts file of src/ too (551 KB with no JSX in it: ~1.5 s of the
  // 2.5 s Babel took in a build). Only files that can hold JSX go through it now; the output is
  // byte-identical, and astro build went 6.7-7.4 → 5.4-5.8 s.
  integrations: [
    mdx({ optimize: true }),
    preact({ include: [/\.[jt]sx$/] }),
    afterPaintDirective,
    sitemap({ filter: (page) => !page.includes('/embed/') }),
  ],
  // The site's CSS (3 KB gzip on content pages) travels inside the HTML: no render-blocking second
  // request before first paint. Astro hashes the inlined styles into the CSP's style-src.
  // concurrency 2: pages render two at a time, overlapping one page's file writes with the next
  // page's rendering (the build with 1,000 extra guides 13.9 → 13.2 s on 2 cores; same output).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  // Shiki writes inline styles, which the CSP forbids; the guides need no code highlighting.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind runs its search index in WebAssembly, which needs 'wasm-unsafe-eval'
      // (this is not 'unsafe-eval': JavaScript eval stays blocked).
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineHashes,
      },
    },
  },
  vite: {
    build: {
      sourcemap: process.env.SOURCEMAP === '1',
      rolldownOptions: {
        output: {
          // Every tool page needs the same core (Preact, nanostores, the store engine,
          // the shell). Left to itself the bundler cuts it into a dozen small chunks shared by
          // different subsets of pages, and each chunk compresses on its own: one chunk is
          // smaller in gzip and one request. What most tool pages use belongs here (the table
          // engine and number fields too: ten of the eleven tool pages have them, and pulled
          // apart they cost the heaviest pages more than the room the lightest ones have); the
          // document buttons only three contract-stage tools use stay with them, and so do the
          // download and CSV helpers (most pages call them only from click-loaded code);
          // lazily loaded parts (offers, share links, notices, charts, and Zod with the schemas: see
          // src/tools/framework/lazy-schema.ts) stay out of it.
          codeSplitting: {
            groups: [
              {
                name: 'framework',
                test: /node_modules\/(preact|nanostores|@nanostores)\/|src\/tools\/framework\/(storage|record|lazy-schema|load-schemas|limits|tool-store|instance|engagement|boot|settings|define|rows|vendors|backup-reminder|field-validation|number-format|text|own)\.|src\/tools\/ui\/(ToolShell|deferred|hooks|text-runs|Field|AddField|EngagementPicker|use-share-arrival|focus|EditableTable|RowButtons|NumberField|ErrorSummary|SettingsControls)\./,
              },
            ],
          },
        },
        onLog(level, log, handler) {
          // One harmless warning per MDX file (withastro/astro#18087).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
