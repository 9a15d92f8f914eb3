/*
 * Outsource Smart's service worker (hand-written; see scripts/offline-manifest.mjs for why).
 * The build replaces PRECACHE and VERSION. It precaches every page and asset of the build, so
 * the site works offline after the first visit, and caches the search index as it is used.
 * A new build installs in the background and waits: the page offers "Reload to update", so no
 * tab ever runs two versions at once. Only same-origin GET requests are ever answered or cached.
 */
const VERSION = '__VERSION__';
const PRECACHE = /* __PRECACHE__ */ [];
const CACHE = `os-${VERSION}`;
const SEARCH = 'os-search';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== SEARCH).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'os:activate') self.skipWaiting();
});

/** The cached copy of a page or asset of this build, if any (a page URL with or without its query). */
async function fromPrecache(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: module scripts are requested with an Origin header the precache requests lacked.
  const hit = await cache.match(request, { ignoreVary: true });
  return (
    hit ?? (request.mode === 'navigate' ? cache.match(request, { ignoreSearch: true, ignoreVary: true }) : undefined)
  );
}

/** The search index: served from the cache, refreshed from the network when online. */
async function searchFile(request) {
  const cache = await caches.open(SEARCH);
  const cached = await cache.match(request, { ignoreVary: true });
  const fresh = fetch(request)
    .then((response) => {
      if (response.ok) void cache.put(request, response.clone());
      return response;
    })
    .catch(() => cached);
  return cached ?? fresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/pagefind/')) return event.respondWith(searchFile(request));
  event.respondWith(
    fromPrecache(request).then(
      (hit) =>
        hit ??
        fetch(request).catch(async () =>
          request.mode === 'navigate' ? ((await caches.match('/404.html')) ?? Response.error()) : Response.error(),
        ),
    ),
  );
});
