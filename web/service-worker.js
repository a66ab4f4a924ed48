// The service worker: keeps this build's files so the app opens with no network.
// scripts/finish-site.mjs writes the site's sw.js from this file, replacing the next line with
// the build's id and the exact list of its files; nothing here names a file by hand.
const BUILD = { id: 'dev', files: [] };

const CACHE_PREFIX = 'smarketing-';
const CACHE = `${CACHE_PREFIX}${BUILD.id}`;
// The app's page: every navigation inside the scope gets it (the routes are in the hash).
const APP_PAGE = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload`: past the HTTP cache, so a file is this build's and not a stale copy.
      cache.addAll(BUILD.files.map((file) => new Request(file, { cache: 'reload' }))),
    ),
  );
  // No skipWaiting here: a new version waits until the page asks (the user chose "Reload"),
  // so a running meeting is never reloaded under someone's hands.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The old version's files go once this one is in charge.
      for (const key of await caches.keys()) {
        if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
      }
      // The first visit's page is served from here from now on, without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-new-version') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const key = request.mode === 'navigate' ? APP_PAGE : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: request.mode === 'navigate' }))
      .then((cached) => cached ?? fetch(request)),
  );
});
