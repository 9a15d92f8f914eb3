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

/**
 * The install fetches a few files at a time with a pause after each, not all at once: a burst
 * of some 240 requests kept both cores of a two-core machine busy, and a visitor who typed
 * during it waited (issue 13: total cost's first keystroke painted in 80–112 ms at 4×
 * slowdown during the burst, 40–64 during this trickle). The page registers the worker only
 * once the visitor pauses (src/scripts/offline.ts); the trickle covers a visitor who starts again.
 * The install takes a few seconds longer.
 */
const AT_ONCE = 2;
const PAUSE_MS = 20;

/** Fills this version's cache a few files at a time; a failure empties it and fails the install. */
async function precache() {
  const cache = await caches.open(CACHE);
  const queue = [...PRECACHE];
  const next = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      await cache.add(url);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  };
  try {
    await Promise.all(Array.from({ length: AT_ONCE }, next));
  } catch (error) {
    queue.length = 0;
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
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
