// shailoo verification page: starts the counter's worker just before
// app.js runs (both scripts are deferred, so this one runs first whatever
// order they arrive in). The module's download
// began earlier still, with the HTML: index.html preloads shailoo.wasm
// (<link rel=preload as=fetch>), and the fetch below takes that response
// instead of asking again. On a slow network (a phone on 3G: 560 ms a
// round trip) this saves the two round trips the worker would wait for
// (worker.js, then its own fetch) before the module's first byte: the
// module's bytes are on the line while the scripts come.
//
// The page hands the response's body (a stream) to the worker (worker.js,
// started here with the name "module": it waits for it, see there),
// which compiles the module as it arrives, counts its bytes for the
// progress line, and runs it. (Compiled on the page and posted to the
// worker as a WebAssembly.Module, the module ran the demo's count about
// 1.6 times slower at a first visit on a desktop.)
//
// What the worker and the loader say before app.js takes over (boot) waits
// in shailooStart.early. A copy opened from disk (a file: URL) starts no
// worker: app.js counts on the page itself there. Should this script not
// have run (app.js then starts its own worker, which fetches the module),
// it starts none.
'use strict';
self.shailooStart = self.shailooStart === false ? false : (() => {
  if (location.protocol === 'file:' || typeof Worker !== 'function') return null;
  try {
    const worker = new Worker('worker.js', { name: 'module' });
    const early = [];
    worker.onmessage = (ev) => early.push(['message', ev]);
    worker.onerror = (ev) => early.push(['error', ev]);
    loadModule(worker);
    return { worker, early, t0: performance.now() };
  } catch (e) {
    return null;
  }
})();

// loadModule takes the preload's response and posts its body to the
// worker ({body}); a page the service worker answers, or a failure, tells
// the worker to fetch the module itself ({fetch: true}).
async function loadModule(worker) {
  // Reopened, the service worker has the module and the browser its
  // compiled code, kept beside the copy: the worker's own fetch finds it,
  // where a response taken from the preload does not (the count then runs
  // on the first, quick compilation: twice as long on a desktop).
  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    worker.postMessage({ fetch: true });
    // the preload's response, taken and dropped (else the browser warns
    // that a preloaded file went unused)
    fetch('shailoo.wasm', { mode: 'no-cors', credentials: 'include' }).then((r) => r.body && r.body.cancel(), () => {});
    return;
  }
  try {
    // the preload's own request (no-cors, with credentials: as the link
    // asks without crossorigin, which a copy opened from disk may load), so
    // that the browser hands its response over instead of asking again
    const res = await fetch('shailoo.wasm', { mode: 'no-cors', credentials: 'include' });
    if (!res.ok || !res.body) throw new Error(`shailoo.wasm: ${res.status}`);
    worker.postMessage({ body: res.body }, [res.body]);
  } catch (e) {
    worker.postMessage({ fetch: true });
  }
}
