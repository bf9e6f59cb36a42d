// shailoo verification page: the service worker that lets the page open
// again without a network once it has been opened once. It keeps a copy
// of each of the page's files (FILES, fetched when it installs) and
// answers from the network first, so that a new version of the page
// replaces the old one as soon as the network is there; without a
// network, from the copy. It sees only this page's own files: the page
// makes no other request.
'use strict';

const CACHE = 'shailoo-page-v1';
const FILES = ['./', 'app.js', 'style.css', 'worker.js', 'wasm_exec.js', 'shailoo.wasm'];

self.addEventListener('install', (ev) => {
  ev.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (ev) => {
  ev.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (ev) => {
  const req = ev.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  // a live feed (?feed=): its result is fetched fresh, its event stream never ends
  if (req.cache === 'no-store' || req.headers.get('Accept') === 'text/event-stream') return;
  ev.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const res = await fetch(req);
      if (res.ok && res.type === 'basic') {
        // the page itself is kept under './' whatever its query (?lang=ky)
        const key = req.mode === 'navigate' ? './' : req;
        await cache.put(key, res.clone());
      }
      return res;
    } catch (e) { // no network: the copy
      const hit = req.mode === 'navigate'
        ? await cache.match('./')
        : await cache.match(req, { ignoreSearch: true });
      if (hit) return hit;
      throw e;
    }
  })());
});
