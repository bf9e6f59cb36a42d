package reconcile_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/reconcile"
)

// Each source says where its figures come from: its CSV files' mappings'
// provenance, one word when they agree, "not_given" when none says it;
// the JSON and the text say it.
func TestSourcesSayTheirProvenance(t *testing.T) {
	const csv = "precinct,invalid,valid,a,b\n1,2,98,60,38\n2,1,49,20,29\n"
	mapping := func(prov string) []byte {
		return []byte(`{"precinct": "precinct", "ballot": "list", "lines": {"invalid": "invalid", "valid": "valid"}, "votes": {"a": "a", "b": "b"}` + prov + `}`)
	}
	in := []reconcile.Input{
		{Name: "night", Files: []reconcile.File{{Name: "night.csv", Data: []byte(csv), Mapping: &reconcile.File{Name: "night.json", Data: mapping(`, "provenance": "preliminary", "source": "election night"`)}}}},
		{Name: "final", Files: []reconcile.File{{Name: "final.csv", Data: []byte(strings.Replace(csv, "60,38", "61,37", 1)), Mapping: &reconcile.File{Name: "final.json", Data: mapping(`, "provenance": "official"`)}}}},
		{Name: "copy", Files: []reconcile.File{{Name: "copy.csv", Data: []byte(csv), Mapping: &reconcile.File{Name: "copy.json", Data: mapping("")}}}},
	}
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021()}, in)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := reconcile.Reconcile(e, srcs, reconcile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"preliminary", "official", shailoo.ProvenanceNotGiven}
	for i, s := range rep.Sources {
		if s.Provenance != want[i] {
			t.Errorf("source %s: provenance %q, want %q", s.Name, s.Provenance, want[i])
		}
	}
	var b bytes.Buffer
	if err := reconcile.WriteText(&b, rep, reconcile.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"night: 2 protocols from night.csv, provenance preliminary", "copy: 2 protocols from copy.csv, provenance not given"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("no %q in\n%s", w, b.String())
		}
	}
}
