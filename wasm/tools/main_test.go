//go:build js && wasm

package main

import (
	"encoding/json"
	"strings"
	"syscall/js"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The glue must hand the page exactly what the API returns, as the
// counter's module does: these tests call shailooTools's functions as the
// page does and compare with package api.

func call(t *testing.T, name string, args ...any) string {
	t.Helper()
	obj := js.Global().Get("shailooTools")
	if obj.Type() != js.TypeObject {
		register(js.Global())
		obj = js.Global().Get("shailooTools")
	}
	if !obj.Get("ready").Truthy() {
		t.Fatal("shailooTools.ready is not set")
	}
	v := obj.Call(name, args...)
	if v.Type() != js.TypeString {
		t.Fatalf("shailooTools.%s returned a %s, want a string", name, v.Type())
	}
	return v.String()
}

// smallCSV is a list-ballot file whose definition is inferred from its
// mapping, and smallCSV2 the same precincts with one figure changed.
const (
	smallCSV     = "precinct,voters,valid,invalid,a,b\r\n1001,20,5,1,3,2\r\n1002,20,5,1,4,1\r\n"
	smallCSV2    = "precinct,voters,valid,invalid,a,b\r\n1001,20,5,1,3,2\r\n1002,20,5,1,3,2\r\n"
	smallMapping = `{"precinct": "precinct", "ballot": "list", "lines": {"voters": "voters", "valid": "valid", "invalid": "invalid"}, "votes": {"a": "a", "b": "b"}}`
)

// smallSource is smallCSV as the page gives a source: an object whose file
// is a Uint8Array.
func smallSource() js.Value {
	u8 := js.Global().Get("Uint8Array").New(len(smallCSV))
	js.CopyBytesToJS(u8, []byte(smallCSV))
	f := js.Global().Get("Object").New()
	f.Set("name", "small.csv")
	f.Set("text", u8)
	f.Set("mapping", smallMapping)
	f.Set("mapping_name", "small.mapping.json")
	files := js.Global().Get("Array").New()
	files.Call("push", f)
	src := js.Global().Get("Object").New()
	src.Set("protocols", files)
	return src
}

var small = api.Source{Protocols: []api.CSVFile{{Name: "small.csv", Text: smallCSV, Mapping: smallMapping, MappingName: "small.mapping.json"}}}

func TestExportThroughJS(t *testing.T) {
	for _, table := range []string{api.ExportERR, api.ExportProtocols, api.ExportTotals, api.ExportFindings} {
		got := call(t, "export", smallSource(), table)
		want := api.Guard(func() ([]byte, error) { return api.Export(small, table) })
		if strings.HasPrefix(got, `{"error"`) || got != string(want) {
			t.Errorf("shailooTools.export(%s) differs from api.Export:\n%.300s\nwant\n%.300s", table, got, want)
		}
	}
}

func TestForensicsThroughJS(t *testing.T) {
	got := call(t, "forensics", smallSource(), `{"seed": "7", "draws": 20, "lang": "ru"}`)
	want := api.Guard(func() ([]byte, error) {
		return api.Forensics(small, api.ForensicsParams{Seed: "7", Draws: 20, Lang: "ru"})
	})
	if strings.HasPrefix(got, `{"error"`) || got != string(want) {
		t.Errorf("shailooTools.forensics differs from api.Forensics:\n%.300s\nwant\n%.300s", got, want)
	}
}

func TestReconcileThroughJS(t *testing.T) {
	in := api.Reconciliation{Sources: []api.ReconcileSource{
		{Name: "final", Files: []api.CSVFile{{Name: "final.csv", Text: smallCSV, Mapping: smallMapping}}},
		{Name: "early", Files: []api.CSVFile{{Name: "early.csv", Text: smallCSV2, Mapping: smallMapping}}},
	}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	got := call(t, "reconcile", string(b))
	want := api.Guard(func() ([]byte, error) { return api.Reconcile(string(b)) })
	if strings.HasPrefix(got, `{"error"`) || got != string(want) {
		t.Errorf("shailooTools.reconcile differs from api.Reconcile:\n%.300s\nwant\n%.300s", got, want)
	}
	got = call(t, "reconcilePrecinct", string(b), "1002")
	want = api.Guard(func() ([]byte, error) { return api.ReconcilePrecinct(string(b), "1002") })
	if strings.HasPrefix(got, `{"error"`) || got != string(want) {
		t.Errorf("shailooTools.reconcilePrecinct differs from api.ReconcilePrecinct:\n%.300s\nwant\n%.300s", got, want)
	}
}

func TestErrorsAreObjects(t *testing.T) {
	tests := []struct {
		name string
		fn   string
		args []any
	}{
		{"reconciliation that is not JSON", "reconcile", []any{"{"}},
		{"no reconciliation", "reconcilePrecinct", nil},
		{"no source", "forensics", nil},
		{"parameters that are not JSON", "forensics", []any{`{"demo": true}`, "{"}},
		{"unknown table", "export", []any{`{"demo": true}`, "parquet"}},
		{"source of the wrong type", "export", []any{7, "totals"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := call(t, tc.fn, tc.args...)
			var f api.Failure
			if err := json.Unmarshal([]byte(out), &f); err != nil || f.Error == "" || f.Panic {
				t.Errorf("shailooTools.%s gave %s", tc.fn, out)
			}
		})
	}
}
