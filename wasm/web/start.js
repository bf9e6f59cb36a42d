// shailoo verification page: starts the counter's worker (worker.js) as
// soon as the page's head is read, while app.js still arrives and runs, so
// that the worker's start and the module's download and compilation begin
// sooner. What the worker says before app.js takes it (boot) waits in
// shailooStart.early. A copy opened from disk (a file: URL) starts no
// worker: app.js counts on the page itself there. Should app.js have run
// first (it then started its own worker), this starts none.
'use strict';
self.shailooStart = self.shailooStart === false ? false : (() => {
  if (location.protocol === 'file:' || typeof Worker !== 'function') return null;
  try {
    const worker = new Worker('worker.js');
    const early = [];
    worker.onmessage = (ev) => early.push(['message', ev]);
    worker.onerror = (ev) => early.push(['error', ev]);
    return { worker, early, t0: performance.now() };
  } catch (e) {
    return null;
  }
})();
