/*
 * Podsmith's service worker (built into dist/sw.js with the list of every built file). On install it
 * caches the app shell and every asset, Monaco's chunks and workers included, so the app opens and
 * works with no network. Pages are fetched network first (a new build is picked up when online) and
 * fall back to the cached shell; built assets, whose names carry a content hash, come from the cache.
 * Only GET requests to this origin are handled.
 */
const ASSETS = self.__PODSMITH_ASSETS__;
const CACHE = `podsmith-${self.__PODSMITH_VERSION__}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('podsmith-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put('/index.html', response.clone());
      return response;
    }
    return (await cache.match('/index.html', { ignoreVary: true })) ?? response;
  } catch (error) {
    const cached =
      (await cache.match('/index.html', { ignoreVary: true })) ?? (await cache.match('/', { ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});
