package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// An okrug whose protocols lack the line valid (London's ward files give
// the rejected ballots and the candidates' votes, no valid ballots) has
// its participants not evaluated: the okrug tables' shares say "not
// evaluated", with a line saying why, where they were blank.
func TestOkrugShareNotEvaluatedSaysSo(t *testing.T) {
	const csv = "Ward,Unmarked,a,b\nw1,3,450,275\nw2,1,100,120\n"
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "Ward", "ballot": "okrug", "okrug_id": "1",
 "lines": {"invalid": "Unmarked"}, "votes": {"a": "a", "b": "b"}}`), "m.json")
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
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := report.Text(&b, res, report.English); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		`% of participants "not evaluated": the okrug's protocols lack the line valid or invalid`,
		"550    not evaluated",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the report lacks %q:\n%s", want, got)
		}
	}
	for _, l := range []report.Lang{report.Russian, report.Kyrgyz} {
		if got := text(t, res, l); strings.Contains(got, "not evaluated") {
			t.Errorf("%s: English words in the report:\n%s", l, got)
		}
	}
}
