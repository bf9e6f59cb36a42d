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
// The page compiles the module as it arrives (compileStreaming, off the
// page's thread) and hands the compiled module to the worker (worker.js,
// started here with the name "module": it waits for it, see there), which
// instantiates and runs it. Compiled from the response as fetched, the
// browser keeps the module's code for the next visit. The page counts the
// bytes on a clone and tells app.js (progress), as the worker does when it
// fetches the module itself.
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
    // tell says something to app.js as if the worker had said it
    const tell = (data) => { if (worker.onmessage) worker.onmessage({ data }); };
    loadModule(worker, tell);
    return { worker, early, t0: performance.now() };
  } catch (e) {
    return null;
  }
})();

// loadModule fetches and compiles shailoo.wasm and posts {module} to the
// worker, with compileMs: the time the compilation took after the last
// byte came, which the worker counts as its own computing time (see
// worker.js, busy). A static host that does not send application/wasm
// gets the module compiled from its bytes; should anything else fail, and
// on a page the service worker answers, the worker is told to fetch the
// module itself ({fetch: true}).
async function loadModule(worker, tell) {
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
  let downloaded = 0;
  try {
    // the preload's own request (no-cors, with credentials: as the link
    // asks without crossorigin, which a copy opened from disk may load), so
    // that the browser hands its response over instead of asking again
    const res = await fetch('shailoo.wasm', { mode: 'no-cors', credentials: 'include' });
    if (!res.ok) throw new Error(`shailoo.wasm: ${res.status}`);
    if (res.body) {
      const reader = res.clone().body.getReader();
      (async () => {
        let got = 0;
        let told = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          got += value.byteLength;
          if (got - told >= 128 * 1024) {
            told = got;
            tell({ progress: got });
          }
        }
        downloaded = performance.now();
        tell({ progress: got, downloaded: true });
      })().catch(() => {});
    }
    let module;
    try {
      module = await WebAssembly.compileStreaming(res);
    } catch (e) { // served without Content-Type application/wasm
      module = await WebAssembly.compile(await (await fetch('shailoo.wasm')).arrayBuffer());
      downloaded = 0;
    }
    const compileMs = downloaded ? performance.now() - downloaded : 0;
    worker.postMessage({ module, compileMs });
  } catch (e) {
    worker.postMessage({ fetch: true });
  }
}
