// Target UMKM service worker. GENERATED: tools/postbuild.mjs copies this file
// to the root of each build as sw.js, filling in VERSION and PRECACHE.
//
// Strategy: the app shell (index.html and the exact hashed files of this
// build) is fetched once at install and then served from the cache first, so
// the app opens at once on a weak signal and works with no signal at all.
// A new deployment changes this file (VERSION is a hash of every precached
// file's name and content), the browser notices on its next navigation, the
// new worker installs beside the old one and waits; the page shows "new
// version available" and, when the user taps reload, posts
// {type: 'skip-waiting'}. The new worker then takes over and drops old caches.
'use strict';

const VERSION = '__VERSION__';
// Paths relative to this file, so the same build works under any sub-path.
const PRECACHE = __PRECACHE__;
const INDEX = 'index.html';

const SCOPE = new URL('./', self.location.href);
// One app per scope: caches of another app on the same origin are left alone.
const PREFIX = `target-umkm:${SCOPE.pathname}:`;
const CACHE = PREFIX + VERSION;
const urlOf = (path) => new URL(path, SCOPE).href;
const PRECACHED = new Set(PRECACHE.map(urlOf));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map(async (path) => {
      // A file whose name carries its content hash cannot be stale: take the
      // copy the page has just downloaded from the HTTP cache rather than
      // download it a second time on a weak signal. Anything else (index.html,
      // icons, manifest) is fetched afresh: never fill the cache from a stale
      // HTTP cache entry.
      const hashed = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(path);
      const response = await fetch(new Request(urlOf(path), { cache: hashed ? 'force-cache' : 'reload' }));
      if (!response.ok) throw new Error(`precache ${path}: HTTP ${response.status}`);
      // A redirected response cannot answer a navigation: store a clean copy.
      const clean = response.redirected
        ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
        : response;
      await cache.put(urlOf(path), clean);
    }));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  return hit ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === 'navigate') {
    // The app's page, whatever its query (?embed=1, ?lang=en, prefill).
    if (url.pathname === SCOPE.pathname || url.href.split(/[?#]/)[0] === urlOf(INDEX)) {
      event.respondWith(fromCache(urlOf(INDEX), request));
    }
    return;
  }
  const key = url.origin + url.pathname;
  if (PRECACHED.has(key)) event.respondWith(fromCache(key, request));
});
