package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
)

// The AEC's Division of Banks, 2025, the first preferences of its 58
// polling places (a real cut): the file's Elected column says SOON, whom
// the preferences elected; COLEMAN leads the first preferences, 31,881
// (39.03%) to 29,923. Under examples/fptp/rules.json the plurality leader
// is "elected", as that rule set says; under
// examples/fptp/first-preferences.json (a majority of the valid votes)
// Banks is not decided on first preferences (the outcome runoff), and no
// one is elected.
func TestAECBanksFirstPreferences(t *testing.T) {
	const file = "au-hor2025-banks-pp.csv"
	m := ukDraft(t, file)
	res := ukCount(t, file, m)
	if len(res.Okrugs) != 1 || res.Okrugs[0].WinnerName != "COLEMAN" {
		t.Fatalf("fptp: %+v, want COLEMAN, the leader on first preferences", res.Okrugs)
	}
	f, err := os.Open("examples/fptp/first-preferences.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rules, err := shailoo.ReadRules(f, "first-preferences.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err = shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: file, R: strings.NewReader(string(b)), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	o := res.Okrugs[0]
	if o.Outcome != seats.OutcomeRunoff || o.Winner != "" || o.Leader != "coleman" || o.LeaderVotes != 31881 {
		t.Errorf("first preferences: outcome %q, winner %q, leader %q %d; want runoff (not decided), no winner, coleman 31881", o.Outcome, o.Winner, o.Leader, o.LeaderVotes)
	}
}
