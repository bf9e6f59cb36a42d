package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// A summary that names another election than the recount's is checked
// all the same (a summary made by hand may name it its own way), and the
// report says so, in the JSON (published.election_differs) and in
// words: Nova Scotia's Annapolis, 2024, counted under a definition
// inferred from the mapping m2.json, checked against a summary of
// "ns-2024-general".
func TestVerifySaysTheSummaryNamesAnotherElection(t *testing.T) {
	const csv = "poll,adams,bowlby\n1,10,20\n2,5,30\n"
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "poll", "ballot": "okrug", "okrug_id": "Annapolis",
 "votes": {"adams": "adams", "bowlby": "bowlby"}}`), "m2.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "fptp", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "m2.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "annapolis.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	okrugs := []validate.PublishedOkrug{{ID: "Annapolis", Winner: "bowlby"}}
	for _, c := range []struct {
		election string
		differs  bool
	}{
		{"ns-2024-general", true},
		{res.Election.ID, false},
		{res.Election.Name, false},
		{"", false},
	} {
		rep := shailoo.Verify(res, validate.Summary{Election: c.election, Okrugs: okrugs})
		if rep.Published == nil || rep.Published.ElectionDiffers != c.differs {
			t.Errorf("%q: Published %+v, want ElectionDiffers %v", c.election, rep.Published, c.differs)
			continue
		}
		if len(rep.Findings) != 0 {
			t.Errorf("%q: findings %v, want none (a name is not an error)", c.election, rep.Findings)
		}
		var b strings.Builder
		if err := report.FindingsText(&b, rep, report.English); err != nil {
			t.Fatal(err)
		}
		want := `The summary names its election «ns-2024-general», the recount «` + res.Election.ID + `»: not an error`
		if got := strings.Contains(b.String(), want); got != c.differs {
			t.Errorf("%q: the report says %q: %v, want %v:\n%s", c.election, want, got, c.differs, b.String())
		}
	}
}
