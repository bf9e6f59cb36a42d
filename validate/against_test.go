package validate

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Issue 14: a list ballot without "against all" (the definition says so):
// P103 is evaluated on its protocols without it, none is missing for
// lacking it, and a vote for it is a vote for a choice not on the ballot.
func TestBallotWithoutAgainstAll(t *testing.T) {
	no := false
	e := &election.Election{
		Ballots:   election.Ballots{List: election.BallotForm{AgainstAll: &no}},
		Parties:   []election.Party{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}},
		Precincts: []election.Precinct{{ID: "1"}, {ID: "2"}, {ID: "3"}},
		Protocols: []election.Protocol{
			{Precinct: "1", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Valid: 10}, Votes: map[string]int64{"a": 6, "b": 4}},
			{Precinct: "2", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Valid: 10}, Votes: map[string]int64{"a": 6, "b": 3}},
			{Precinct: "3", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Valid: 10}, Votes: map[string]int64{"a": 6, "b": 3, election.AgainstAll: 1}},
		},
	}
	rep, err := Check(e, Rules{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range rep.Findings {
		got[string(f.Code)+" "+f.Place.Precinct+" "+f.Place.Choice] = true
		// The sentence does not speak of a choice the ballot has not.
		if m := f.Message(); f.Code == ValidBalance && (strings.Contains(m.En, "against all") || strings.Contains(m.Ru, "против всех") || strings.Contains(m.Ky, "каршы")) {
			t.Errorf("P103 on a ballot without against all says it: %+v", m)
		}
		if f.Code == MissingVotes {
			t.Errorf("a missing vote on a ballot without against all: %+v", f)
		}
	}
	for _, w := range []string{"P103 2 ", "X209 3 against_all"} {
		if !got[w] {
			t.Errorf("no finding %q in %v", w, got)
		}
	}
	if got["P103 1 "] || got["P103 3 "] {
		t.Errorf("P103 on a protocol whose votes add up: %v", got)
	}
	for _, n := range rep.NotEvaluated {
		if n.Code == ValidBalance {
			t.Errorf("P103 not evaluated: %+v", n)
		}
	}
}
