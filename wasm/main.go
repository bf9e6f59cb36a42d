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
//	shailoo.reconcile(reconciliationJSON)              -> reconcile.Report (api.Reconciliation)
//	shailoo.reconcilePrecinct(reconciliationJSON, id)  -> each source's protocols of the precinct
//	shailoo.forensics(source, paramsJSON?)             -> {"report": forensics.Report, "charts": [{name, title, desc, svg}]}
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
	"encoding/json"
	"fmt"
	"syscall/js"

	"github.com/shailoo/shailoo/wasm/api"
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
	fn := func(name string, f func(args []js.Value) ([]byte, error)) {
		obj.Set(name, js.FuncOf(func(_ js.Value, args []js.Value) any {
			return string(api.Guard(func() ([]byte, error) { return f(args) }))
		}))
	}
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
		return api.Verify(s, text(a, 1), text(a, 2))
	})
	fn("export", func(a []js.Value) ([]byte, error) {
		s, err := source(a, 0)
		if err != nil {
			return nil, err
		}
		return api.Export(s, text(a, 1))
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
	fn("notes", func(a []js.Value) ([]byte, error) { return api.Notes(text(a, 0)) })
	fn("reconcile", func(a []js.Value) ([]byte, error) { return api.Reconcile(text(a, 0)) })
	fn("reconcilePrecinct", func(a []js.Value) ([]byte, error) { return api.ReconcilePrecinct(text(a, 0), text(a, 1)) })
	fn("forensics", func(a []js.Value) ([]byte, error) {
		s, err := source(a, 0)
		if err != nil {
			return nil, err
		}
		var p api.ForensicsParams
		if t := text(a, 1); t != "" {
			if err := json.Unmarshal([]byte(t), &p); err != nil {
				return nil, fmt.Errorf("%w: forensics parameters: %v", api.ErrInput, err)
			}
		}
		return api.Forensics(s, p)
	})
	obj.Set("ready", true)
	global.Set("shailoo", obj)
	if ev := global.Get("Event"); ev.Type() == js.TypeFunction && global.Get("dispatchEvent").Type() == js.TypeFunction {
		global.Call("dispatchEvent", ev.New("shailoo-ready"))
	}
}

// text returns argument i as the bytes it holds: a string as UTF-8, a
// Uint8Array (or ArrayBuffer) byte for byte; "" when it is missing, null or
// undefined.
func text(args []js.Value, i int) string {
	if i >= len(args) {
		return ""
	}
	return bytesOf(args[i])
}

func bytesOf(v js.Value) string {
	switch v.Type() {
	case js.TypeString:
		return v.String()
	case js.TypeObject:
		if v.InstanceOf(js.Global().Get("ArrayBuffer")) {
			v = js.Global().Get("Uint8Array").New(v)
		}
		if v.InstanceOf(js.Global().Get("Uint8Array")) {
			b := make([]byte, v.Get("length").Int())
			js.CopyBytesToGo(b, v)
			return string(b)
		}
	}
	return ""
}

// source reads argument i as an api.Source: a JSON text, or a plain object
// whose file fields may be strings or Uint8Arrays.
func source(args []js.Value, i int) (api.Source, error) {
	var s api.Source
	if i >= len(args) || args[i].IsUndefined() || args[i].IsNull() {
		return s, fmt.Errorf("%w: no source given", api.ErrInput)
	}
	v := args[i]
	if v.Type() == js.TypeString {
		if err := json.Unmarshal([]byte(v.String()), &s); err != nil {
			return s, fmt.Errorf("%w: source: %v", api.ErrInput, err)
		}
		return s, nil
	}
	if v.Type() != js.TypeObject {
		return s, fmt.Errorf("%w: source must be an object or a JSON text", api.ErrInput)
	}
	str := func(o js.Value, key string) string { return bytesOf(o.Get(key)) }
	flag := func(o js.Value, key string) bool { return o.Get(key).Truthy() }
	s = api.Source{
		Demo:         flag(v, "demo"),
		Election:     str(v, "election"),
		ElectionName: str(v, "election_name"),
		Rules:        str(v, "rules"),
		RulesName:    str(v, "rules_name"),
		Lots:         str(v, "lots"),
		LotsName:     str(v, "lots_name"),
		LotSeed:      str(v, "lot_seed"),
		SkipBadRows:  flag(v, "skip_bad_rows"),
		Annul:        str(v, "annul"),
	}
	if ps := v.Get("protocols"); ps.Type() == js.TypeObject {
		for j := 0; j < ps.Get("length").Int(); j++ {
			p := ps.Index(j)
			s.Protocols = append(s.Protocols, api.CSVFile{
				Name: str(p, "name"), Text: str(p, "text"),
				Mapping: str(p, "mapping"), MappingName: str(p, "mapping_name"),
			})
		}
	}
	if bs := v.Get("ballots"); bs.Type() == js.TypeObject {
		for j := 0; j < bs.Get("length").Int(); j++ {
			b := bs.Index(j)
			s.Ballots = append(s.Ballots, api.CSVFile{
				Name: str(b, "name"), Text: str(b, "text"),
				Mapping: str(b, "mapping"), MappingName: str(b, "mapping_name"),
			})
		}
	}
	return s, nil
}
