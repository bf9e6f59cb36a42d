package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
)

// An okrug of fewer regions than the spread rule's in_at_least cannot be
// judged, every region of it judged though: the step and the provisional
// reason say why (2 regions, fewer than the 3 it must be met in), not an
// empty list of regions not judged.
func TestOkrugSpreadFewerRegionsThanNeeded(t *testing.T) {
	e := &election.Election{ID: "spread", Name: "spread",
		Regions: []election.Region{{ID: "a", Name: "a"}, {ID: "b", Name: "b"}},
		Okrugs: []election.Okrug{
			{ID: "n", Name: "n", Candidates: []election.Candidate{{ID: "x", Name: "x", Position: 1}, {ID: "y", Name: "y", Position: 2}}},
		},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(false)}},
		Precincts: []election.Precinct{{ID: "pa", Region: "a", Okrug: "n"}, {ID: "pb", Region: "b", Okrug: "n"}},
		Protocols: []election.Protocol{
			{Precinct: "pa", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 90, "y": 10}},
			{Precinct: "pb", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 40, "y": 60}},
		},
	}
	res, err := shailoo.Count(e, spreadRules(t, "votes", "3"))
	if err != nil {
		t.Fatal(err)
	}
	o := res.Okrugs[0]
	if o.Outcome != seats.OutcomeSpreadNotEvaluated || !res.Provisional {
		t.Fatalf("%s, provisional %v; want not evaluated, provisional", o.Outcome, res.Provisional)
	}
	if stepSays(res, "not_evaluated", "not judged: ;") || !stepSays(res, "not_evaluated", "fewer than the 3") {
		t.Errorf("the step does not say why: %+v", o.Steps)
	}
	for _, u := range res.ProvisionalReasons {
		if u.Kind == shailoo.UnevaluatedSpread && !strings.Contains(u.Reason, "fewer regions") {
			t.Errorf("the provisional reason does not say the okrug has fewer regions than needed: %s", u.Reason)
		}
	}
}
