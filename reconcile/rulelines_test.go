package reconcile_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/reconcile"
)

// A copy read under a rule set that adds lines to the form (the 2011
// Duma's absentee certificates) may give them, as the CSV files of its
// other sources do.
func TestCopyRuleSetLines(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	rules, err := shailoo.ReadRules(bytes.NewReader(read("../examples/duma2011/rules.json")), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	csv := reconcile.Input{Name: "published", Files: []reconcile.File{{Name: "duma2011-head.csv", Data: read("../testdata/ingest/duma2011-head.csv"),
		Mapping: &reconcile.File{Name: "mapping.json", Data: read("../examples/duma2011/mapping.json")}}}}
	cp := reconcile.Input{Name: "copy", Files: []reconcile.File{{Name: "copy.json",
		Data: []byte(`{"precinct": "Республика Адыгея (Адыгея) / 1", "ballot": "list", "lines": {"valid": 1792, "absentee_cancelled": 99}}`)}}}
	_, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: rules}, []reconcile.Input{csv, cp})
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 2 || len(srcs[1].Protocols) != 1 || srcs[1].Protocols[0].Lines["absentee_cancelled"] != 99 {
		t.Fatalf("the copy's source: %+v", srcs[1])
	}
	// Under a rule set without them, the line is refused.
	def := reconcile.File{Name: "election.json", Data: read("../examples/long/election.json")}
	if _, _, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: def}, []reconcile.Input{cp}); !errors.Is(err, ingest.ErrBadValue) || !strings.Contains(err.Error(), `"absentee_cancelled"`) {
		t.Fatalf("a copy of a line kg2021 lacks: %v", err)
	}
}
