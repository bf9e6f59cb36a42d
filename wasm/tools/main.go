//go:build js && wasm

// Command tools is the page's third WebAssembly module
// (wasm/web/tools.wasm): what the page seldom uses, which the counter's
// module (wasm, shailoo.wasm) leaves out so that a citizen who only looks
// at the result downloads less. The page fetches it on the first use of a
// tool and runs it in a worker of its own. It registers a global object
// `shailooTools`:
//
//	shailooTools.reconcile(reconciliationJSON)             -> reconcile.Report (api.Reconcile)
//	shailooTools.reconcilePrecinct(reconciliationJSON, id) -> each source's protocols of the precinct
//	shailooTools.forensics(source, paramsJSON?)            -> {"report": forensics.Report, "charts": [{name, title, desc, svg}]}
//	shailooTools.export(source, table)                     -> {"table", "text"} (api.Export)
//
// A source is what the counter's module takes (package jsval reads it for
// both): this module counts it again, with the same code, so that an
// export or the forensics of a source is what the command line gives for
// the same files, byte for byte, whichever module counted it first.
//
// Like the counter's module, it never throws: a bad file or a bug gives
// {"error": ...}.
package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"github.com/shailoo/shailoo/wasm/api"
	"github.com/shailoo/shailoo/wasm/internal/jsval"
)

func main() {
	register(js.Global())
	<-make(chan struct{}) // keep the functions alive for the page's lifetime
}

// register sets global.shailooTools and its ready flag.
func register(global js.Value) {
	obj := js.Global().Get("Object").New()
	fn := func(name string, f jsval.Func) { jsval.Set(obj, name, f) }
	fn("reconcile", func(a []js.Value) ([]byte, error) { return api.Reconcile(jsval.Text(a, 0)) })
	fn("reconcilePrecinct", func(a []js.Value) ([]byte, error) {
		return api.ReconcilePrecinct(jsval.Text(a, 0), jsval.Text(a, 1))
	})
	fn("forensics", func(a []js.Value) ([]byte, error) {
		s, err := jsval.Source(a, 0)
		if err != nil {
			return nil, err
		}
		var p api.ForensicsParams
		if t := jsval.Text(a, 1); t != "" {
			if err := json.Unmarshal([]byte(t), &p); err != nil {
				return nil, fmt.Errorf("%w: forensics parameters: %v", api.ErrInput, err)
			}
		}
		return api.Forensics(s, p)
	})
	fn("export", func(a []js.Value) ([]byte, error) {
		s, err := jsval.Source(a, 0)
		if err != nil {
			return nil, err
		}
		return api.Export(s, jsval.Text(a, 1))
	})
	fn("readReport", func(a []js.Value) ([]byte, error) {
		return api.ReadReport(jsval.Text(a, 0), jsval.Text(a, 1), jsval.Text(a, 2))
	})
	obj.Set("ready", true)
	global.Set("shailooTools", obj)
}
