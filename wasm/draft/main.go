//go:build js && wasm

// Command draft is the page's second WebAssembly module
// (wasm/web/draft.wasm), which drafts the mapping of a protocols file on
// the reader's device. The page fetches it only when the reader asks for a
// draft, so that the counter's module (wasm, shailoo.wasm) stays the size
// it is: this one links ingest and what it needs, nothing of the count.
// It registers a global object `shailooDraft`:
//
//	shailooDraft.draft(file, name) -> {"mapping": TEXT, "guesses": N, "ballots": BOOL}
//	                                   or {"error": "shailoo: ..."}
//
// file is the file's bytes (a Uint8Array or ArrayBuffer; a string is read
// as UTF-8) and name its name, which the draft's sentences and errors
// quote. TEXT is what `shailoo mapping draft NAME` prints, byte for byte
// (ingest.DraftMapping, then Draft.JSON, as cmd/shailoo calls them);
// guesses counts its "_guesses", and ballots says that the file is a
// cast-vote record, its TEXT a ballot mapping. The error is the line the
// command prints on standard error, without its line end.
//
// Like the counter's module, it never throws: a bad file or a bug gives
// {"error": ...}.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"syscall/js"

	"github.com/shailoo/shailoo/ingest"
)

func main() {
	register(js.Global())
	<-make(chan struct{}) // keep the function alive for the page's lifetime
}

// register sets global.shailooDraft and its ready flag.
func register(global js.Value) {
	obj := js.Global().Get("Object").New()
	obj.Set("draft", js.FuncOf(func(_ js.Value, args []js.Value) any {
		var file []byte
		var name string
		if len(args) > 0 {
			file = bytesOf(args[0])
		}
		if len(args) > 1 && args[1].Type() == js.TypeString {
			name = args[1].String()
		}
		return string(draft(file, name))
	}))
	obj.Set("ready", true)
	global.Set("shailooDraft", obj)
}

// result is what draft returns: the draft or the error.
type result struct {
	Mapping string `json:"mapping,omitempty"`
	Guesses int    `json:"guesses,omitempty"`
	Ballots bool   `json:"ballots,omitempty"`
	Error   string `json:"error,omitempty"`
	Panic   bool   `json:"panic,omitempty"`
}

// draft drafts the mapping of file as `shailoo mapping draft name` does
// and returns the result as JSON.
func draft(file []byte, name string) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = encode(result{Error: fmt.Sprintf("shailoo: a bug: %v", r), Panic: true})
		}
	}()
	// A JSON document (Dominion's cast-vote record export, an election's
	// definition) said as the command says it, before the draft.
	in, err := ingest.NotJSON(bytes.NewReader(file), name)
	if err != nil {
		return failure(err)
	}
	d, err := ingest.DraftMapping(in, name)
	if err != nil {
		return failure(err)
	}
	text, err := d.JSON()
	if err != nil {
		return failure(err)
	}
	r := result{Mapping: string(text), Guesses: len(d.Mapping.Guesses)}
	if d.Ballots != nil {
		r.Ballots, r.Guesses = true, len(d.Ballots.Guesses)
	}
	return encode(r)
}

// failure is the error as the command says it (cmd/shailoo's fail, in
// English): "shailoo: " once, then the library's text.
func failure(err error) []byte {
	return encode(result{Error: "shailoo: " + strings.TrimPrefix(err.Error(), "shailoo: ")})
}

func encode(r result) []byte {
	b, err := json.Marshal(r)
	if err != nil { // a result of strings, a number and booleans always encodes
		return []byte(`{"error":"shailoo: the draft could not be encoded"}`)
	}
	return b
}

// bytesOf returns the bytes v holds: a Uint8Array or ArrayBuffer byte for
// byte, a string as UTF-8, nothing otherwise.
func bytesOf(v js.Value) []byte {
	switch v.Type() {
	case js.TypeString:
		return []byte(v.String())
	case js.TypeObject:
		if v.InstanceOf(js.Global().Get("ArrayBuffer")) {
			v = js.Global().Get("Uint8Array").New(v)
		}
		if v.InstanceOf(js.Global().Get("Uint8Array")) {
			b := make([]byte, v.Get("length").Int())
			js.CopyBytesToGo(b, v)
			return b
		}
	}
	return nil
}
