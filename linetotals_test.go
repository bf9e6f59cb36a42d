package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/interop/export"
)

// alRules is a rule set of Alabama's 2020 President by precinct as one
// district, with the under votes a line of its own.
const alRules = `{"format": 1, "id": "al-president-test", "version": "1", "name": "one district, plurality",
 "seats": {"list": 0, "okrug_each": true}, "okrug": {"against_all": "ignored", "tie": "lots"},
 "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"], "ballots": {"okrug": {"against_all": false}},
  "add_lines": [{"name": "under", "words": {"en": "under votes", "ru": "недоголоса", "ky": "недоголоса"}}]}}`

const alMapping = `{"layout": "long", "precinct": "precinct", "region": "county", "okrug_id": "president", "ballot": "okrug",
 "rows": {"where": [{"column": "office", "values": ["President", "Ballots Cast", "Registered Voters"]}]},
 "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"Donald J. Trump": "donald-j-trump", "Jo Jorgensen": "jo-jorgensen", "Joseph R. Biden": "joseph-r-biden", "Write-ins": "write-ins"},
 "line_values": {"Ballots Cast - Total": "found_stationary", "Over Votes": "invalid", "Registered Voters - Total": "voters", "Under Votes": "under"}}`

// Alabama 2020, Autauga County's first 6 precincts
// (testdata/ingest/real/us-al-2020-autauga-head.csv): the totals gave the
// voters and the invalid ballots alone; the ballots found (9,215) and the
// rule set's under votes (17) were in no total. Every line of the form is
// now summed, in form order, and valid, which no protocol gives, is not
// evaluated (6 protocols lack it), never a 0; the export's totals table
// has the same rows.
func TestTotalsGiveEveryLineOfTheForm(t *testing.T) {
	res := countReal(t, "us-al-2020-autauga-head.csv", alMapping, alRules)
	want := []shailoo.LineTotal{
		{Line: election.Voters, Sum: 0, Given: 6},
		{Line: election.FoundStationary, Sum: 9215, Given: 6},
		{Line: election.Invalid, Sum: 14, Given: 6},
		{Line: election.Valid, Given: 0, Missing: 6},
		{Line: "under", Sum: 17, Given: 6},
	}
	got := res.Totals.Lines
	if len(got) != len(want) {
		t.Fatalf("lines %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if res.Totals.OkrugLines != nil {
		t.Errorf("okrug_lines %+v, want none: the national figures are the okrug ballot's", res.Totals.OkrugLines)
	}
	var b strings.Builder
	if err := export.WriteTotals(export.NewCSV(&b), res); err != nil {
		t.Fatal(err)
	}
	for _, row := range []string{"nation,,okrug,line,found_stationary,9215,,,,not_given,0\n", "nation,,okrug,line,under,17,,,,not_given,0\n"} {
		if !strings.Contains(b.String(), row) {
			t.Errorf("the totals table lacks %q:\n%s", row, b.String())
		}
	}
}
