/**
 * The embed tests' own HTTPS server on the second port (E2E_HOST_PORT, 4433 unless set), with
 * two origins on it, told apart by host name:
 * - `https://127.0.0.1:<port>` serves dist/ with public/_headers applied the way Cloudflare
 *   Pages (or Netlify) applies it — every matching rule, merged (support/headers-model.ts) —
 *   so framing is allowed or refused by the real rules, which `frame-ancestors https:` needs TLS for;
 * - `https://localhost:<port>` serves the host pages the test registers (a trainer's site).
 * The certificate is made for the run with openssl (contexts use ignoreHTTPSErrors).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders, type Host } from './headers-model';

const PORT = Number(process.env.E2E_HOST_PORT ?? 4433);
/** The site under test, with its `_headers`. */
export const SITE = `https://127.0.0.1:${PORT}`;
/** The trainer's site that embeds it. */
export const HOST = `https://localhost:${PORT}`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'os-e2e-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The running server: register host pages, choose which host's header rules apply. */
export interface TwoOrigins {
  /** Serves `html` at `HOST + path`. */
  page(path: string, html: string): string;
  /** Whose `_headers` semantics apply from now on (Cloudflare unless set). */
  rules(host: Host): void;
  close(): Promise<void>;
}

/** Starts the server (once per worker: the embed specs run with one worker). */
export async function startTwoOrigins(): Promise<TwoOrigins> {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const pages = new Map<string, string>();
  let model: Host = 'cloudflare';

  const handler: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'https://x');
    if ((req.headers.host ?? '').startsWith('localhost')) {
      const html = pages.get(url.pathname);
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(html ?? 'not found');
    }
    // normalize() of an absolute path cannot climb above it, so files stay inside dist/.
    let file = join('dist', normalize(decodeURIComponent(url.pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join('dist', '404.html');
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const [name, values] of headersFor(rules, url.pathname, model)) headers[name] = values.join(', ');
    res.writeHead(status, headers);
    res.end(readFileSync(file));
  };
  // Loopback only; "localhost" may resolve to ::1 or 127.0.0.1, so both listen.
  const tls = certificate();
  const servers: Server[] = await Promise.all(
    ['127.0.0.1', '::1'].map(
      (address) =>
        new Promise<Server>((resolve) => {
          const s = createServer(tls, handler);
          s.listen(PORT, address, () => resolve(s));
        }),
    ),
  );
  return {
    page(path, html) {
      pages.set(path, html);
      return `${HOST}${path}`;
    },
    rules(host) {
      model = host;
    },
    close: async () => {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}
