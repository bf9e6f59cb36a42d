package shailoo_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
)

// Lots that settle a tie for first place in an okrug under a spread rule
// serve the count's first decision; when the leader drawn then misses the
// spread, the second round of the two tied needs no lots: the lots given
// are no error there ("was drawn, but no tie is settled by lots here").
func TestOkrugSpreadLotsForFirstPlace(t *testing.T) {
	e := &election.Election{ID: "spread", Name: "spread",
		Regions: []election.Region{{ID: "a", Name: "a"}, {ID: "b", Name: "b"}, {ID: "c", Name: "c"}},
		Okrugs: []election.Okrug{
			{ID: "n", Name: "n", Candidates: []election.Candidate{{ID: "x", Name: "x", Position: 1}, {ID: "y", Name: "y", Position: 2}, {ID: "z", Name: "z", Position: 3}}},
		},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(false)}},
		Precincts: []election.Precinct{{ID: "pa", Region: "a", Okrug: "n"}, {ID: "pb", Region: "b", Okrug: "n"}, {ID: "pc", Region: "c", Okrug: "n"}},
		Protocols: []election.Protocol{
			{Precinct: "pa", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 50, "y": 10, "z": 40}},
			{Precinct: "pb", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 10, "y": 50, "z": 0}},
			{Precinct: "pc", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 0, "y": 0, "z": 10}},
		},
	}
	for _, lots := range [][]string{{"x", "y"}, {"y", "x"}} {
		res, err := shailoo.CountWith(e, spreadRules(t, "votes", "3"), shailoo.Options{Lots: map[string][]string{"okrug/n": lots}})
		if err != nil {
			t.Fatalf("lots %v: %v", lots, err)
		}
		o := res.Okrugs[0]
		if o.Outcome != seats.OutcomeRunoff || o.Missed != "spread" || !slices.Equal(slices.Sorted(slices.Values(o.Runoff)), []string{"x", "y"}) {
			t.Errorf("lots %v: %s, runoff %v, missed %q; want a runoff of x and y (missed spread)", lots, o.Outcome, o.Runoff, o.Missed)
		}
	}
}

// Lots for the okrug that settle a tie for a place in the second round
// the spread rule sends it to settle it; the first decision, with no tie
// for first place, does not take them (before, it said they were drawn
// where no tie is settled by lots, and the tie could be settled by
// --lot-seed alone). Where the leader stays elected, such lots settle
// nothing and are an error.
func TestOkrugSpreadLotsForTheRunoff(t *testing.T) {
	e := &election.Election{ID: "spread", Name: "spread",
		Regions: []election.Region{{ID: "a", Name: "a"}, {ID: "b", Name: "b"}, {ID: "c", Name: "c"}},
		Okrugs: []election.Okrug{
			{ID: "n", Name: "n", Candidates: []election.Candidate{{ID: "x", Name: "x", Position: 1}, {ID: "y", Name: "y", Position: 2}, {ID: "z", Name: "z", Position: 3}}},
		},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(false)}},
		Precincts: []election.Precinct{{ID: "pa", Region: "a", Okrug: "n"}, {ID: "pb", Region: "b", Okrug: "n"}, {ID: "pc", Region: "c", Okrug: "n"}},
		Protocols: []election.Protocol{
			{Precinct: "pa", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 60, "y": 0, "z": 0}},
			{Precinct: "pb", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 0, "y": 50, "z": 0}},
			{Precinct: "pc", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 0, "y": 0, "z": 50}},
		},
	}
	for _, lots := range [][]string{{"z", "y"}, {"y", "z"}} {
		res, err := shailoo.CountWith(e, spreadRules(t, "votes", "3"), shailoo.Options{Lots: map[string][]string{"okrug/n": lots}})
		if err != nil {
			t.Fatalf("lots %v: %v", lots, err)
		}
		o := res.Okrugs[0]
		if o.Outcome != seats.OutcomeRunoff || !slices.Equal(o.Runoff, []string{"x", lots[0]}) {
			t.Errorf("lots %v: %s, runoff %v; want a runoff of x and %s", lots, o.Outcome, o.Runoff, lots[0])
		}
	}
	_, err := shailoo.CountWith(e, spreadRules(t, "votes", "1"), shailoo.Options{Lots: map[string][]string{"okrug/n": {"z", "y"}}})
	if !errors.Is(err, seats.ErrBadLot) {
		t.Errorf("x elected, lots for a runoff there is not: %v, want ErrBadLot", err)
	}
}
