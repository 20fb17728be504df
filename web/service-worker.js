// The offline service worker. scripts/finish-build.mjs writes the build's file
// list and version into the two constants below (file names carry content
// hashes, so the list changes with every build) and saves the result next to
// index.html as service-worker.js: a stable name, so the browser finds the new
// worker of a new build by comparing bytes.
//
// Strategy: every file of the build is cached on install. The page itself is
// fetched network-first (so an online visit sees a new build at once, and the
// new worker is found), falling back to the cache offline; the hashed files are
// served from the cache. Caches of older builds are removed on activation.

const BUILD_VERSION = '__BUILD_VERSION__';
const BUILD_FILES = __BUILD_FILES__;
// One cache family per installed copy: two copies of the calculator on one
// origin (under different paths) never delete each other's caches.
const CACHE_PREFIX = `open-or-closed ${self.registration.scope} `;
const CACHE_NAME = `${CACHE_PREFIX}${BUILD_VERSION}`;

// The page's hashed files were usually just downloaded: the browser's HTTP cache
// may serve them. The page itself is revalidated so the cache holds this build's.
self.addEventListener('install', (event) => {
  const requests = BUILD_FILES.map((file) => new Request(file, { cache: file === './index.html' ? 'no-cache' : 'default' }));
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

// The page asks for this when the user accepts the "new version" prompt.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'open-or-closed:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  try {
    const response = await fetch(request);
    if (response.ok) return response;
    return (await cachedPage(cache, request)) ?? response;
  } catch (error) {
    const cached = await cachedPage(cache, request);
    if (cached) return cached;
    throw error;
  }
}

// The page under any query (?embed=1) or as the bare directory URL.
async function cachedPage(cache, request) {
  return (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match('./index.html'));
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  return (await cache.match(request)) ?? fetch(request);
}
