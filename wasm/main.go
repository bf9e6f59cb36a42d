//go:build js && wasm

// Command wasm is the WebAssembly entry point of the verification page
// (wasm/web). It registers a global object `shailoo` whose functions take
// the user's files and return JSON text:
//
//	shailoo.version()                                  -> {"library": ..., "go": ...}
//	shailoo.presets()                                  -> [{"id", "version", "name"}, ...]
//	shailoo.warm()                                     -> {"ok": true} (builds the embedded dataset now)
//	shailoo.demo(rules?)                               -> Result (the embedded kg2021)
//	shailoo.count(electionJSON, rules?, lots?)         -> Result
//	shailoo.countCSV(csv, mappingJSON, rules?, lots?)  -> Result (over the kg2021 definition)
//	shailoo.countSource(source)                        -> Result
//	shailoo.verify(source, summaryJSON, name?)         -> validate.Report
//	shailoo.precinct(source, precinctID)               -> the precinct, its protocols, its choices
//	shailoo.compareCopy(copyJSON, precinctID, source)  -> validate.Report
//	shailoo.notes(notesJSON)                           -> {"ru": [...], "ky": [...]}: a Result's notes said in Russian and Kyrgyz
//
// What the page seldom uses (reconcile, reconcilePrecinct, forensics and
// export) is in a module of its own, wasm/tools (tools.wasm), which the page
// fetches on first use: this one does not call them, and the linker leaves
// them and the packages only they use (reconcile, forensics, interop/export,
// interop/nisterr) out of it, but for those packages' initialisers.
//
// rules is a built-in rule-set ID or a rule-set JSON text. A source is a
// JSON text or a plain object as api.Source describes it; in an object,
// every file may be a string or a Uint8Array (the exact bytes of the file,
// as the Result's SHA-256 of each input wants them). A Result is the JSON
// `shailoo count --format json` prints, byte for byte.
//
// Every function returns {"error": "..."} instead of throwing: a bad file
// or a bug never stops the page.
package main

import (
	"syscall/js"

	"github.com/shailoo/shailoo/wasm/api"
	"github.com/shailoo/shailoo/wasm/internal/jsval"
)

func main() {
	register(js.Global())
	<-make(chan struct{}) // keep the functions alive for the page's lifetime
}

// register sets global.shailoo to the API object and signals readiness by
// setting shailoo.ready = true and dispatching a "shailoo-ready" event when
// the page has a dispatchEvent.
func register(global js.Value) {
	obj := js.Global().Get("Object").New()
	fn := func(name string, f jsval.Func) { jsval.Set(obj, name, f) }
	fn("version", func([]js.Value) ([]byte, error) { return api.Version() })
	fn("presets", func([]js.Value) ([]byte, error) { return api.Presets() })
	fn("warm", func([]js.Value) ([]byte, error) { return api.Warm() })
	fn("demo", func(a []js.Value) ([]byte, error) {
		return api.Count(api.Source{Demo: true, Rules: text(a, 0)})
	})
	fn("count", func(a []js.Value) ([]byte, error) {
		return api.Count(api.Source{Election: text(a, 0), Rules: text(a, 1), Lots: text(a, 2)})
	})
	fn("countCSV", func(a []js.Value) ([]byte, error) {
		return api.Count(api.Source{
			Protocols: []api.CSVFile{{Text: text(a, 0), Mapping: text(a, 1)}},
			Rules:     text(a, 2), Lots: text(a, 3),
		})
	})
	fn("countSource", func(a []js.Value) ([]byte, error) {
		s, err := source(a, 0)
		if err != nil {
			return nil, err
		}
		return api.Count(s)
	})
	fn("verify", func(a []js.Value) ([]byte, error) {
		s, err := source(a, 0)
		if err != nil {
			return nil, err
		}
		return api.Verify(s, text(a, 1), text(a, 2), text(a, 3))
	})
	fn("precinct", func(a []js.Value) ([]byte, error) {
		s, err := source(a, 0)
		if err != nil {
			return nil, err
		}
		return api.PrecinctOf(s, text(a, 1))
	})
	fn("compareCopy", func(a []js.Value) ([]byte, error) {
		s, err := source(a, 2)
		if err != nil {
			return nil, err
		}
		return api.CompareCopy(s, text(a, 0), text(a, 1))
	})
	fn("notes", func(a []js.Value) ([]byte, error) { return api.NotesNamed(text(a, 0), text(a, 1)) })
	obj.Set("ready", true)
	global.Set("shailoo", obj)
	if ev := global.Get("Event"); ev.Type() == js.TypeFunction && global.Get("dispatchEvent").Type() == js.TypeFunction {
		global.Call("dispatchEvent", ev.New("shailoo-ready"))
	}
}

// text returns argument i as the bytes it holds (jsval.Text).
func text(args []js.Value, i int) string { return jsval.Text(args, i) }

// source reads argument i as an api.Source (jsval.Source).
func source(args []js.Value, i int) (api.Source, error) { return jsval.Source(args, i) }
