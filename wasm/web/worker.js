// shailoo verification page: the counter runs here, off the page's main
// thread, so that the page stays responsive while a large election is
// counted. The page posts {id, fn, args}; the worker calls shailoo[fn]
// (registered by the Go program, wasm/main.go) and posts back {id, text, ms,
// busy}: busy is the time the worker has computed so far (compiling what
// was left when the download ended, starting, building the demo's dataset,
// every call: busyParts), which the end-to-end test scales when the
// browser cannot slow the worker down.
//
// Started with the name "draft" (by app.js, when the reader asks for a
// mapping draft), the worker runs the draft module instead (draft.wasm,
// wasm/draft): it fetches it itself, and answers {id, fn, args} with
// shailooDraft[fn], the same way. Started with the name "tools" (at the
// first use of a tool: the reconciliation, the forensics, an export), it
// runs the tools' module (tools.wasm, wasm/tools) and answers with
// shailooTools[fn].
'use strict';

// OTHERS are the modules other than the counter: the file and the global
// object the Go program registers.
const OTHERS = {
  draft: { file: 'draft.wasm', api: 'shailooDraft' },
  tools: { file: 'tools.wasm', api: 'shailooTools' },
};
// other is the module this worker runs when it is not the counter; wasmFile
// is its file, and api the object it registers.
const other = Object.prototype.hasOwnProperty.call(OTHERS, self.name) ? OTHERS[self.name] : null;
const wasmFile = other ? other.file : 'shailoo.wasm';
const api = () => (other ? self[other.api] : self.shailoo);

let busy = 0;
// busyParts is what busy is made of (ms), for the end-to-end test: the
// compilation left when the download ended, Go's start, the dataset's
// build, each call.
self.busyParts = { compile: 0, run: 0, warm: 0, calls: [] };
let downloaded = 0; // when the .wasm had arrived
// Started by start.js (named "module"), the worker gets the module's
// response body from the page, which asked for it with the HTML: the
// first message is {body} (a ReadableStream), or {fetch: true} when the
// page has none to give. Started otherwise (by app.js), it fetches the
// module itself, first, and wasm_exec.js meanwhile (one round trip less
// before the counter starts on a slow network).
let fromPage = null;
const wasm = self.name === 'module'
  ? new Promise((resolve) => { fromPage = resolve; })
    .then((d) => (d.body ? counted(new Response(d.body, { headers: { 'Content-Type': 'application/wasm' } })) : fetchCounted(wasmFile)))
  : fetchCounted(wasmFile);
importScripts('wasm_exec.js');

// fetchCounted fetches url and posts {progress: bytes} as its body
// arrives, so that the page can show the download from its first moment
// on a slow network. It counts the bytes of a clone and returns the
// response itself: compiled from the response as fetched, the module's
// compiled code is kept by the browser and reused at the next visit
// (never for a response built in script).
async function fetchCounted(url) {
  return counted(await fetch(url));
}

// counted posts {progress: bytes} as the body of res arrives (see
// fetchCounted) and returns res.
function counted(res) {
  if (!res.ok || !res.body) return res;
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
        postMessage({ progress: got });
      }
    }
    downloaded = performance.now();
    postMessage({ progress: got, downloaded: true });
  })().catch(() => {});
  return res;
}

async function start() {
  const go = new Go(); // from wasm_exec.js
  let inst;
  const got = await wasm;
  try {
    inst = await WebAssembly.instantiateStreaming(got, go.importObject);
  } catch (e) { // a static host that does not send application/wasm
    const buf = await (await fetch(wasmFile)).arrayBuffer();
    downloaded = performance.now();
    inst = await WebAssembly.instantiate(buf, go.importObject);
  }
  if (downloaded) busyParts.compile = performance.now() - downloaded;
  busy += busyParts.compile;
  const t0 = performance.now();
  go.run(inst.instance); // runs main, which registers self.shailoo (or the other module's object) and waits
  busyParts.run = performance.now() - t0;
  busy += busyParts.run;
  if (!api() || !api().ready) throw new Error(other ? `the ${self.name} module did not start` : 'the counter did not start');
}

const ready = start().then(
  () => {
    postMessage({ ready: true });
    if (other) return;
    // Build the embedded 2021 dataset while the reader reads the page, so
    // that the demo answers sooner; a call posted meanwhile waits for it.
    const t0 = performance.now();
    self.shailoo.warm();
    busyParts.warm = performance.now() - t0;
    busy += busyParts.warm;
  },
  (e) => postMessage({ ready: false, error: String(e && e.message || e) }),
);

onmessage = async (ev) => {
  if (fromPage && (ev.data.body || ev.data.fetch)) {
    fromPage(ev.data);
    fromPage = null;
    return;
  }
  const { id, fn, args } = ev.data;
  await ready;
  const t0 = performance.now();
  let text;
  try {
    text = api()[fn](...args);
  } catch (e) { // the Go side never throws; this is a last resort
    text = JSON.stringify({ error: String(e && e.message || e) });
  }
  const ms = performance.now() - t0;
  busy += ms;
  busyParts.calls.push([fn, Math.round(ms)]);
  postMessage({ id, text, ms: Math.round(ms), busy: Math.round(busy) });
};
