package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// A row that gives none of the votes its mapping reads (a poll combined
// with another, its cells left empty) gets a finding of votes not given
// per choice (X229) and a note that says such a row is no protocol and
// how a row filter leaves it out; with the filter, neither. The rows are
// SYNTHETIC-EDITED: the first three polls of Annapolis, Nova Scotia
// 2024 (a public copy of Elections Nova Scotia's poll-by-poll results,
// evancolclough-lab/Nova-Scotia-2024-Election-Data
// data/sources/nova-scotia-poll-results-2024.json@2e921ff065d661c9553f718cd1f27c0a07cc4979,
// figures unchanged), poll 002 edited into a "Combined with 001" row.
func TestEmptyRowNoteSuggestsRowFilter(t *testing.T) {
	const csv = "Poll,Poll Type,Electors,Sara ADAMS (Green Party),David BOWLBY (PC Party),Cheryl BURBIDGE (NSNDP),Carman KERR (Liberal),Valid Votes,Rejected Ballots\n" +
		"001,Regular Poll,494,2,69,26,114,211,1\n" +
		"002,Combined with 001,,,,,,,\n" +
		"003,Regular Poll,433,1,50,16,102,169,0\n"
	const mapping = `{"precinct": "Poll", "ballot": "okrug", "okrug_id": "Annapolis",%s
 "lines": {"voters": "Electors", "valid": "Valid Votes", "invalid": "Rejected Ballots"},
 "votes": {"adams": "Sara ADAMS (Green Party)", "bowlby": "David BOWLBY (PC Party)", "burbidge": "Cheryl BURBIDGE (NSNDP)", "kerr": "Carman KERR (Liberal)"}}`
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "fptp", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, filter string
		x229         int
		note         bool
	}{
		{"no filter", "", 4, true},
		{"filter", ` "rows": {"where": [{"column": "Valid Votes", "except": [""]}]},`, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := ingest.ReadMapping(strings.NewReader(strings.Replace(mapping, "%s", c.filter, 1)), "m.json")
			if err != nil {
				t.Fatal(err)
			}
			def, _, err := ingest.Define(m, "m.json")
			if err != nil {
				t.Fatal(err)
			}
			res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "annapolis.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, f := range res.Findings.Findings {
				if f.Code == validate.MissingVotes {
					n++
				}
			}
			if n != c.x229 {
				t.Errorf("%d findings X229, want %d", n, c.x229)
			}
			const want = `annapolis.csv: 1 row gives none of the votes the mapping reads (every votes cell empty; the first: row 3, precinct 002)`
			notes := strings.Join(res.Notes, "\n")
			if got := strings.Contains(notes, want); got != c.note {
				t.Errorf("the notes say %q: %v, want %v:\n%s", want, got, c.note, notes)
			}
			if c.note && !strings.Contains(notes, `"rows": {"where": [{"column": ..., "except": [""]}]}`) {
				t.Errorf("the note does not give the row filter:\n%s", notes)
			}
		})
	}
}
