//go:build js && wasm

// Package jsval reads the page's JavaScript arguments for the js/wasm
// modules that call package api (the counter, wasm, and the tools, wasm/tools):
// a file as the bytes it holds, a source as an api.Source. Both modules read
// them the same way, so that a source the page gives one gives the other
// the same Result.
package jsval

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"github.com/shailoo/shailoo/wasm/api"
)

// Func is one function of a module's API: what it makes of the arguments
// the page gave, as JSON, or an error.
type Func func(args []js.Value) ([]byte, error)

// Set sets obj[name] to f as the page calls it: it returns f's JSON as a
// string, or {"error": ...} for an error or a panic (api.Guard); it never
// throws.
func Set(obj js.Value, name string, f Func) {
	obj.Set(name, js.FuncOf(func(_ js.Value, args []js.Value) any {
		return string(api.Guard(func() ([]byte, error) { return f(args) }))
	}))
}

// Text returns argument i as the bytes it holds: a string as UTF-8, a
// Uint8Array (or ArrayBuffer) byte for byte; "" when it is missing, null or
// undefined.
func Text(args []js.Value, i int) string {
	if i >= len(args) {
		return ""
	}
	return Bytes(args[i])
}

// Bytes returns the bytes v holds, as Text says.
func Bytes(v js.Value) string {
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

// Source reads argument i as an api.Source: a JSON text, or a plain object
// whose file fields may be strings or Uint8Arrays.
func Source(args []js.Value, i int) (api.Source, error) {
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
	str := func(o js.Value, key string) string { return Bytes(o.Get(key)) }
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
	files := func(key string) []api.CSVFile {
		var out []api.CSVFile
		if fs := v.Get(key); fs.Type() == js.TypeObject {
			for j := 0; j < fs.Get("length").Int(); j++ {
				f := fs.Index(j)
				out = append(out, api.CSVFile{
					Name: str(f, "name"), Text: str(f, "text"),
					Mapping: str(f, "mapping"), MappingName: str(f, "mapping_name"),
				})
			}
		}
		return out
	}
	s.Protocols, s.Ballots = files("protocols"), files("ballots")
	return s, nil
}
