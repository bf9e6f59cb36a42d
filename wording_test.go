package shailoo_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// text is res's text report in l.
func text(t *testing.T, res *shailoo.Result, l report.Lang) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.Text(&b, res, l); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A tie for one place in a second round says "tied for 1 seat" (was "1
// seats"), and in Russian agrees with its number.
func TestRunoffTieWording(t *testing.T) {
	const csv = "station,a,b,c,valid,invalid\n1,450,275,275,1000,0\n"
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "station", "ballot": "okrug", "okrug_id": "1",
 "lines": {"valid": "valid", "invalid": "invalid"}, "votes": {"a": "a", "b": "b", "c": "c"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "two-round", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "valid", "comparison": "more_than"}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for l, want := range map[report.Lang]string{report.English: "b, c tied for 1 seat at 275", report.Russian: "b, c равны за 1 мандат при 275"} {
		if got := text(t, res, l); !strings.Contains(got, want) {
			t.Errorf("%s: the report lacks %q:\n%s", l, want, got)
		}
	}
}
