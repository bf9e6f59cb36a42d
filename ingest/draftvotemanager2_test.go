package ingest

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Krefeld's Bundestagswahl 2025 by Wahlbezirk, votemanager's export: the
// codes of both votes' lines over the choices' names. Drafted before as
// 34 choices: the lines A to F, the first vote's candidates D1..D11 and
// the second vote's parties F1..F18 on one list ballot. Now the second
// vote: its lines by their codes, its parties by their names, and the
// first vote left to a second mapping, said as kerg.csv's is.
func TestDraftVotemanagerTwoVotes(t *testing.T) {
	d, err := draftReal(t, "de-btw2025-krefeld-cut.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	g := strings.Join(m.Guesses, "\n")
	want := map[election.Line]string{election.Voters: "A", election.FoundStationary: "B", election.Invalid: "E", election.Valid: "F"}
	if got := lineHeaders(m); !maps.Equal(got, want) {
		t.Errorf("lines %v, want %v\n%s", got, want, g)
	}
	if len(m.Votes) != 18 || m.Votes["spd"].Header != "F1 / SPD" || m.Votes["werteunion"].Header != "F18 / WerteUnion" {
		t.Errorf("votes %v, want the 18 parties F1..F18 by name\n%s", m.Votes, g)
	}
	for id, c := range m.Votes {
		if !strings.HasPrefix(c.Header, "F") {
			t.Errorf("votes.%s: %q, not a party's Zweitstimmen", id, c.Header)
		}
	}
	if m.Ballot != "list" || m.HeaderRows != 2 || m.SkipRows != 1 || m.Precinct.Header != "NR" {
		t.Errorf("ballot %q, header_rows %d, skip_rows %d, precinct %v", m.Ballot, m.HeaderRows, m.SkipRows, m.Precinct)
	}
	if !slices.ContainsFunc(m.Guesses, func(s string) bool {
		return strings.Contains(s, okrugVoteNote(`the Erststimmen (C, D, D1, D2, D3, D4, D5, D6, D11, D12)`))
	}) {
		t.Errorf("no guess leaves the Erststimmen to a second mapping:\n%s", g)
	}
	readBack(t, d)
}
