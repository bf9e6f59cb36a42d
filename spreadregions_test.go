package shailoo_test

import (
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
)

// The okrug of a president is the whole country: a region of the
// election that no precinct of the file reaches is one of its regions,
// not judged, never left out. x wins 25% in a alone, and region c, with
// no precinct at all, could give the second region that in at least 2
// needs: the okrug is not decided (provisional), not sent to a second
// round on the regions that happen to have figures.
func TestOkrugSpreadRegionWithoutPrecincts(t *testing.T) {
	e := &election.Election{ID: "spread", Name: "spread",
		Regions: []election.Region{{ID: "a", Name: "a"}, {ID: "b", Name: "b"}, {ID: "c", Name: "c"}},
		Okrugs: []election.Okrug{
			{ID: "n", Name: "n", Candidates: []election.Candidate{{ID: "x", Name: "x", Position: 1}, {ID: "y", Name: "y", Position: 2}}},
		},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(false)}},
		Precincts: []election.Precinct{{ID: "pa", Region: "a", Okrug: "n"}, {ID: "pb", Region: "b", Okrug: "n"}},
		Protocols: []election.Protocol{
			{Precinct: "pa", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 90, "y": 10}},
			{Precinct: "pb", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 10, "y": 60}},
		},
	}
	res, err := shailoo.Count(e, spreadRules(t, "votes", "2"))
	if err != nil {
		t.Fatal(err)
	}
	o := res.Okrugs[0]
	if o.Outcome != seats.OutcomeSpreadNotEvaluated || !res.Provisional || !hasKind(res, shailoo.UnevaluatedSpread) {
		t.Fatalf("%s (runoff %v), provisional %v; want not evaluated, provisional (%s)", o.Outcome, o.Runoff, res.Provisional, shailoo.UnevaluatedSpread)
	}
	if !stepSays(res, "not_evaluated", "c (no counted protocol") {
		t.Errorf("region c is not said not judged: %+v", o.Steps)
	}
}
