//go:build js && wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"syscall/js"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/wasm/api"
)

// The glue must hand the page exactly what the API returns: these tests
// call the registered JavaScript functions and compare.

func api_() js.Value {
	if v := js.Global().Get("shailoo"); v.Type() == js.TypeObject {
		return v
	}
	register(js.Global())
	return js.Global().Get("shailoo")
}

func call(t *testing.T, name string, args ...any) string {
	t.Helper()
	v := api_().Call(name, args...)
	if v.Type() != js.TypeString {
		t.Fatalf("shailoo.%s returned a %s, want a string", name, v.Type())
	}
	return v.String()
}

func TestDemoThroughJS(t *testing.T) {
	got := call(t, "demo")
	want := api.Guard(func() ([]byte, error) { return api.Count(api.Source{Demo: true}) })
	if got != string(want) {
		t.Fatalf("shailoo.demo() differs from api.Count (%d vs %d bytes)", len(got), len(want))
	}
	// and from the native build, when its output is there
	native, err := os.ReadFile("api/testdata/native/kg2021-demo.json")
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("api/testdata/native is missing: run the native tests first")
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal([]byte(got), native) {
		t.Errorf("shailoo.demo() in js/wasm differs from the native Result")
	}
}

// TestBytesArePassedExactly gives a CSV with a byte order mark as a
// Uint8Array: the Result's SHA-256 of the file must be that of its bytes.
func TestBytesArePassedExactly(t *testing.T) {
	// List ballots only: without an election file the definition is
	// inferred from the mapping, which a list-ballot mapping allows.
	csv := "\ufeffprecinct,valid,invalid\r\n1001,5,1\r\n1002,5,1\r\n"
	mapping := `{"precinct": "precinct", "ballot": "list", "lines": {"valid": "valid", "invalid": "invalid"}}`
	u8 := js.Global().Get("Uint8Array").New(len(csv))
	js.CopyBytesToJS(u8, []byte(csv))
	src := js.Global().Get("Object").New()
	files := js.Global().Get("Array").New()
	f := js.Global().Get("Object").New()
	f.Set("name", "bom.csv")
	f.Set("text", u8)
	f.Set("mapping", mapping)
	f.Set("mapping_name", "m.json")
	files.Call("push", f)
	src.Set("protocols", files)
	out := call(t, "countSource", src)
	if strings.HasPrefix(out, `{"error"`) {
		t.Fatal(out)
	}
	var res shailoo.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %.300s", err, out)
	}
	sum := sha256.Sum256([]byte(csv))
	var found bool
	for _, in := range res.Inputs {
		if in.Name == "bom.csv" {
			found = true
			if in.SHA256 != hex.EncodeToString(sum[:]) {
				t.Errorf("sha256 of bom.csv is %s, want that of its bytes", in.SHA256)
			}
		}
	}
	if !found {
		t.Errorf("bom.csv is not among the inputs %+v", res.Inputs)
	}
	// the same source as a JSON text gives the same Result
	j, _ := json.Marshal(api.Source{Protocols: []api.CSVFile{{Name: "bom.csv", Text: csv, Mapping: mapping, MappingName: "m.json"}}})
	if again := call(t, "countSource", string(j)); again != out {
		t.Errorf("a JSON source gives another Result than the same object source")
	}
}

func TestErrorsAreObjects(t *testing.T) {
	tests := []struct {
		name string
		fn   string
		args []any
	}{
		{"election that is not JSON", "count", []any{"{"}},
		{"no source", "verify", nil},
		{"source of the wrong type", "precinct", []any{7, "1"}},
		{"unknown rule set", "demo", []any{"kg1917"}},
		{"csv without mapping", "countCSV", []any{"precinct\n1\n"}},
		{"undefined arguments", "compareCopy", []any{js.Undefined(), js.Null(), js.Undefined()}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := call(t, tc.fn, tc.args...)
			var f api.Failure
			if err := json.Unmarshal([]byte(out), &f); err != nil || f.Error == "" || f.Panic {
				t.Errorf("shailoo.%s gave %s", tc.fn, out)
			}
		})
	}
}

func TestVersionAndPresets(t *testing.T) {
	if v := call(t, "version"); !strings.Contains(v, `"platform": "js/wasm"`) {
		t.Errorf("version %s", v)
	}
	if p := call(t, "presets"); !strings.Contains(p, `"kg2021"`) {
		t.Errorf("presets %s", p)
	}
	if w := call(t, "warm"); w != `{"ok":true}` {
		t.Errorf("warm %s", w)
	}
}
