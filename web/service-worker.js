// The offline service worker. scripts/finish-build.mjs writes the build's file
// list and version into the two constants below (file names carry content
// hashes, so the list changes with every build) and saves the result next to
// index.html as service-worker.js: a stable name, so the browser finds the new
// worker of a new build by comparing bytes.
//
// Strategy (the usual "app shell"): every file of the build is cached on
// install, and everything, the page included, is served from the cache, so the
// page opens the same online and offline. The browser fetches this file on
// each visit; when a new build has a new one, it installs beside the old and
// waits, the page shows "a new version is available", and "Reload" activates
// it. Caches of older builds are removed on activation.

const BUILD_VERSION = '__BUILD_VERSION__';
const BUILD_FILES = __BUILD_FILES__;
// One cache family per installed copy: two copies of the calculator on one
// origin (under different paths) never delete each other's caches.
const CACHE_PREFIX = `open-or-closed ${self.registration.scope} `;
const CACHE_NAME = `${CACHE_PREFIX}${BUILD_VERSION}`;

// Files whose names carry a content hash were usually just downloaded: the
// browser's HTTP cache may serve them. Files with fixed names are revalidated,
// so the cache holds this build's.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      await Promise.all(
        BUILD_FILES.map(async (file) => {
          const request = new Request(file, { cache: HASHED.test(file) ? 'default' : 'no-cache' });
          const response = await fetch(request);
          if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
          // A host that redirected (index.html -> ./) would leave a redirected
          // response, which a browser refuses to serve for a page: keep the body only.
          await cache.put(request, response.redirected ? await unredirected(response) : response);
        }),
      );
    })(),
  );
});

async function unredirected(response) {
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

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
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});

// The page under any query (?embed=1) or as the bare directory URL; the
// network only if this build's copy is missing.
async function page(request) {
  const cache = await caches.open(CACHE_NAME);
  return (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match('./index.html')) ?? fetch(request);
}

async function file(request) {
  const cache = await caches.open(CACHE_NAME);
  return (await cache.match(request)) ?? fetch(request);
}
