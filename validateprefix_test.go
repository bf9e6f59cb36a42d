package shailoo_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// A definition and a rule set that disagree on "against all" are refused
// with validate's error, whose text says "validate:" once (it said
// "shailoo: validate: validate: invalid rules: ...").
func TestAgainstAllDisagreesSaysValidateOnce(t *testing.T) {
	const csv = "station,a,b,valid,invalid\n1,450,275,725,0\n"
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "station", "ballot": "okrug", "okrug_id": "1",
 "lines": {"valid": "valid", "invalid": "invalid"}, "votes": {"a": "a", "b": "b"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "fptp", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	yes := true
	def.Ballots.Okrug.AgainstAll = &yes
	_, err = shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	if !errors.Is(err, validate.ErrRules) {
		t.Fatalf("err = %v, want validate.ErrRules", err)
	}
	if n := strings.Count(err.Error(), "validate:"); n != 1 {
		t.Errorf("the error says \"validate:\" %d times: %v", n, err)
	}
}
