package api_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/internal/copies"
	"github.com/shailoo/shailoo/reconcile"
	"github.com/shailoo/shailoo/wasm/api"
)

// reconciliation is the embedded kg2021 election with 470 observers'
// copies, half of them differing, and an earlier published version, as
// the page gives them to api.Reconcile.
func reconciliation(t *testing.T) (string, copies.Manifest) {
	t.Helper()
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	e := *d.Election
	cps, early, m, err := copies.Make(&e, copies.Config{Copies: 470, Faulty: 235, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := copies.Write(&e, early, cps)
	if err != nil {
		t.Fatal(err)
	}
	files := func(ts []copies.Text) []api.CSVFile {
		var out []api.CSVFile
		for _, x := range ts {
			out = append(out, api.CSVFile{Name: x.Name, Text: string(x.Data), Mapping: string(x.Mapping), MappingName: x.MappingName})
		}
		return out
	}
	in := api.Reconciliation{Election: string(tx.Definition), ElectionName: "election.json", Sources: []api.ReconcileSource{
		{Name: "final", Time: "2021-12-15T12:00:00+06:00", Files: files(tx.Final)},
		{Name: "early", Time: "2021-11-29T08:00:00+06:00", Files: files(tx.Early)},
		{Name: "copies", Files: files(tx.Copies)},
	}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	return string(b), m
}

// TestReconcileFindsPlantedNativeAndWasm: reconcile finds exactly what
// was planted, and the js/wasm build gives the native JSON byte for byte
// (the native run writes it to testdata/native, the js/wasm run compares).
func TestReconcileFindsPlantedNativeAndWasm(t *testing.T) {
	text, m := reconciliation(t)
	out := api.Guard(func() ([]byte, error) { return api.Reconcile(text) })
	var r reconcile.Report
	if err := json.Unmarshal(out, &r); err != nil || len(r.Sources) != 3 {
		t.Fatalf("%v: %.300s", err, out)
	}
	want := map[string]bool{}
	for source, planted := range map[string][]copies.Planted{"copies": m.CopyFaults, "early": m.VersionChanges} {
		for _, pl := range planted {
			for _, c := range pl.Changes {
				want[fmt.Sprintf("%s|%s|%s|%s|%d|%d", source, pl.Precinct, pl.Ballot, c.Field, c.Base, c.Other)] = true
			}
		}
	}
	got := map[string]bool{}
	for _, d := range r.Differences {
		base := *d.Values[0].Value
		for _, v := range d.Values[1:] {
			if v.Value != nil && *v.Value != base {
				got[fmt.Sprintf("%s|%s|%s|%s|%d|%d", v.Source, d.Precinct, d.Ballot, d.Field, base, *v.Value)] = true
			}
		}
	}
	if len(got) != len(want) {
		t.Errorf("found %d differences, planted %d", len(got), len(want))
	}
	for k := range want {
		if !got[k] {
			t.Errorf("planted, not found: %s", k)
		}
	}
	if len(r.Impact) != 2 {
		t.Errorf("seat impact of %d sources, want 2", len(r.Impact))
	}
	file := filepath.Join(nativeDir, "reconcile-kg2021-470.json")
	if runtime.GOOS != "js" {
		if err := os.MkdirAll(nativeDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	native, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is missing: run the native tests first (go test ./wasm/...)", file)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, native) {
		t.Errorf("js/wasm reconcile differs from native (%d vs %d bytes): %s", len(out), len(native), firstDiff(out, native))
	}
}

func TestReconcileBadInput(t *testing.T) {
	for name, text := range map[string]string{
		"not JSON":      "{",
		"unknown field": `{"election": "{}", "sorces": []}`,
		"no election":   `{"sources": [{"name": "a"}, {"name": "b"}]}`,
		"one source":    `{"election": "{\"id\": \"x\", \"name\": \"x\", \"regions\": [], \"okrugs\": [], \"parties\": [], \"precincts\": [], \"protocols\": []}", "sources": [{"name": "a"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			out := api.Guard(func() ([]byte, error) { return api.Reconcile(text) })
			var f api.Failure
			if err := json.Unmarshal(out, &f); err != nil || f.Error == "" || f.Panic {
				t.Errorf("%s", out)
			}
		})
	}
}
