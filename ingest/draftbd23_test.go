package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Bangladesh's 2026 parliament, a row per constituency (an analysis file:
// census covariates as decimals beside the winner's and the runner-up's
// votes). A column of decimals ("Youth_Electorate_Pct", "33.81") is no
// district, and a decimal ("0.1") no name: the constituency is the
// okrug, and the columns headed by a place are no choices.
func TestDraftBangladeshRowPerConstituency(t *testing.T) {
	for _, name := range []string{"bd-js2026-constituencies-cut.csv", "bd-js2026-constituencies-youth-pct.csv", "bd-js2026-constituencies-no-pct.csv"} {
		t.Run(name, func(t *testing.T) {
			m := mustDraft(t, name).Mapping
			if m.Precinct.Header != "Constituency" || m.Okrug == nil || m.Okrug.Header != "Constituency" || m.Ballot != string(election.OkrugBallot) {
				t.Errorf("precinct %+v, okrug %+v, ballot %q", m.Precinct, m.Okrug, m.Ballot)
			}
			if len(m.Votes) != 0 {
				t.Errorf("votes %+v: a place is no choice", m.Votes)
			}
			for _, h := range []string{"Winner_Votes", "RunnerUp_Votes"} {
				if !slices.ContainsFunc(m.Ignore, func(c Column) bool { return c.Header == h }) {
					t.Errorf("ignore %+v lacks %s", m.Ignore, h)
				}
			}
			if m.Lines[election.Valid].Header != "Total_Valid_Votes" || m.Lines[election.Voters].Header != "Total_Registered_Voters" {
				t.Errorf("lines %+v", m.Lines)
			}
			all := strings.Join(m.Guesses, "\n")
			for _, bad := range []string{"Pct\" together hold names", "Index\" together hold names", "is not mapped: it names a district", "votes.winner"} {
				if strings.Contains(all, bad) {
					t.Errorf("a guess says %q:\n%s", bad, all)
				}
			}
			guessed(t, m, `the choices are named in cells by rank: columns`, `"Winner_Votes" and`, `"RunnerUp_Votes" together give the votes of whoever stands at the place each header names (winner, second...), named in columns`,
				`"Winning_Party" and`, `"Winner_Name" together, a different choice`, `The file gives the votes of 2 places alone`,
				`okrug: column 1 "Constituency", the precinct's too`)
		})
	}
}

// The same reshaped long, a row per constituency and candidate: the
// column headed "constituency" is the okrug, each candidate standing in
// one to three of the 23 (namesakes): an okrug ballot, not 41 parties.
func TestDraftBangladeshLongConstituencies(t *testing.T) {
	m := mustDraft(t, "SYNTHETIC-EDITED-bd-js2026-long.csv").Mapping
	if !m.long() || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "candidate" {
		t.Fatalf("long %v, choice_column %+v", m.long(), m.ChoiceColumn)
	}
	if m.Okrug == nil || m.Okrug.Header != "constituency" || m.Ballot != string(election.OkrugBallot) || m.EmptyVotes != "" {
		t.Errorf("okrug %+v, ballot %q, empty_votes %q", m.Okrug, m.Ballot, m.EmptyVotes)
	}
	guessed(t, m, `okrug: column 1 "constituency", the precinct's too: its header names a district, and each candidate of column 2 "candidate" stands in a few of its 23 districts at most`)
}

// fewPlaces: candidates in a quarter of the areas at most, one choice in
// ten aside; parties everywhere are not.
func TestFewPlaces(t *testing.T) {
	rows := func(spec ...string) [][]string {
		var out [][]string
		for _, s := range spec {
			out = append(out, strings.Split(s, ","))
		}
		return out
	}
	cases := []struct {
		name string
		rows [][]string
		want bool
	}{
		{"each in one of four", rows("a,1", "b,1", "c,2", "d,2", "e,3", "f,3", "g,4", "h,4"), true},
		{"three areas only", rows("a,1", "b,2", "c,3"), false},
		{"parties everywhere", rows("a,1", "b,1", "a,2", "b,2", "a,3", "b,3", "a,4", "b,4"), false},
		{"one in two of four", rows("a,1", "a,2", "b,1", "c,2", "d,3", "e,3", "f,4", "g,4"), false},
	}
	for _, c := range cases {
		if got := fewPlaces(c.rows, 0, 1); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
