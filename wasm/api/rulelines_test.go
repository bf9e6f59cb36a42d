package api_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/wasm/api"
)

// A copy compared under a rule set that adds lines to the form (the 2011
// Duma's absentee certificates) may give them, as `shailoo copy` reads it.
func TestCompareCopyRuleSetLines(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	s := api.Source{Rules: read("../../examples/duma2011/rules.json"), RulesName: "rules.json",
		Protocols: []api.CSVFile{{Name: "duma2011-head.csv", Text: read("../../testdata/ingest/duma2011-head.csv"),
			Mapping: read("../../examples/duma2011/mapping.json"), MappingName: "mapping.json"}}}
	const cp = `{"precinct": "Республика Адыгея (Адыгея) / 1", "ballot": "list", "lines": {"valid": 1792, "absentee_cancelled": 99}}`
	b, err := api.CompareCopy(s, cp, "")
	if err != nil {
		t.Fatal(err)
	}
	var rep validate.Report
	decode(t, b, &rep)
	found := false
	for _, f := range rep.Findings {
		found = found || f.Code == "C401" && f.Place.Line == "absentee_cancelled" && f.Got == "99"
	}
	if !found {
		t.Fatalf("no C401 of absentee_cancelled:\n%s", b)
	}
	misspelt := strings.Replace(cp, "absentee_cancelled", "absentee_canceled", 1)
	if _, err := api.CompareCopy(s, misspelt, ""); !errors.Is(err, ingest.ErrBadValue) || !errors.Is(err, api.ErrInput) {
		t.Fatalf("a line neither built in nor the rule set's: %v", err)
	}
}
