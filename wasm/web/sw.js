// shailoo verification page: the service worker that lets the page open
// again without a network once it has been opened once. It keeps a copy
// of each of the page's files (FILES, fetched when it installs) and
// asks the network first, so that a new version of the page replaces the
// old one as soon as the network is there; when the network has the
// version it keeps, and without a network, it answers from the copy. It
// sees only this page's own files: the page makes no other request.
//
// The mapping draft's module (draft.wasm) is not among FILES: the page
// fetches it only when the reader asks for a draft, and so does this
// worker: it keeps the copy of that first fetch, as of any file of the
// page, and the draft works offline from then on. So with the tools'
// module (tools.wasm: the reconciliation, the forensics, the exports):
// fetched at the first use of a tool and kept from then on, a tool works
// offline once it has been used online; before, it says that its module
// could not be loaded, and the count, the checks and the rest of the page
// work offline as before.
'use strict';

const CACHE = 'shailoo-page-v1';
const FILES = ['./', 'start.js', 'app.js', 'style.css', 'worker.js', 'wasm_exec.js', 'shailoo.wasm'];

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
        const kept = await cache.match(key, { ignoreSearch: true });
        if (req.mode !== 'navigate' && sameVersion(kept, res)) {
          // The copy is this very version: answer with it, so that the
          // browser reuses the code it compiled from it (Chromium keeps a
          // compiled module beside the copy it came from, never beside a
          // response passed through), and the 8 MB module is not written
          // again at every visit.
          if (res.body) res.body.cancel().catch(() => {});
          return kept;
        }
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

// sameVersion says whether the kept copy and the network's response are
// the same version of a file: the same validators (ETag, else
// Last-Modified) and length. A server that sends neither gives a new
// copy each time.
function sameVersion(kept, res) {
  if (!kept) return false;
  const h = (r, k) => r.headers.get(k);
  const etag = h(res, 'ETag');
  const lm = h(res, 'Last-Modified');
  if (!etag && !lm) return false;
  return h(kept, 'ETag') === etag && h(kept, 'Last-Modified') === lm &&
    h(kept, 'Content-Length') === h(res, 'Content-Length') && h(kept, 'Content-Encoding') === h(res, 'Content-Encoding');
}
