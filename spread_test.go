package shailoo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
)

// spreadRules is a president elected as one okrug by the most votes and
// pct% of the base in at least k regions, else a second round
// (okrug.spread): Nigeria's 25% in two thirds of the states and the FCT.
func spreadRules(t *testing.T, base, k string) shailoo.Rules {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "spread", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "spread": {"percent": "25", "base": "`+base+`", "comparison": "at_least", "in_at_least": `+k+`}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Nigeria's presidential election of 2023 by state (the file gives the
// four leading candidates): Tinubu, first with 8,715,493 votes, has 25% of
// the four's votes in 29 of the 37 states and the FCT. In at least 24 he
// is elected; in at least 30 he is not, and he and Atiku, second, go to a
// second round.
func TestOkrugSpreadNigeria2023(t *testing.T) {
	m := `{"layout": "long", "precinct": "state_code", "region": "state_code", "ballot": "okrug", "okrug_id": "NG",
 "choice_column": "candidate_name", "votes_column": "votes",
 "choice_values": {"Atiku Abubakar": "atiku", "Bola Tinubu": "tinubu", "Peter Obi": "obi", "Rabiu Kwankwaso": "kwankwaso"}}`
	res := countWithRules(t, "ng-pres2023-state.csv", m, spreadRules(t, "votes", "24"))
	o := res.Okrugs[0]
	if o.Outcome != seats.OutcomeElected || o.Winner != "tinubu" || o.LeaderVotes != 8715493 {
		t.Fatalf("in at least 24: %s, winner %q (%d votes); want elected, tinubu (8715493)", o.Outcome, o.Winner, o.LeaderVotes)
	}
	if !stepSays(res, "spread", "met in 29 of 37 regions, at least 24 needed") {
		t.Errorf("no spread step says Tinubu met it in 29 of 37 regions: %+v", o.Steps)
	}

	res = countWithRules(t, "ng-pres2023-state.csv", m, spreadRules(t, "votes", "30"))
	o = res.Okrugs[0]
	if o.Outcome != seats.OutcomeRunoff || !slices.Equal(o.Runoff, []string{"tinubu", "atiku"}) || o.Missed != "spread" || o.Winner != "" {
		t.Fatalf("in at least 30: %s, runoff %v, missed %q, winner %q; want runoff [tinubu atiku], missed spread, no winner", o.Outcome, o.Runoff, o.Missed, o.Winner)
	}
	if !stepSays(res, "runoff", "won 25% of the votes in 29 of the okrug's 37 regions, fewer than the 30") {
		t.Errorf("the runoff step does not say why: %+v", o.Steps)
	}
	if res.Provisional {
		t.Errorf("a second round the regions all decide is not provisional: %+v", res.ProvisionalReasons)
	}
}

// A region of the okrug that no counted protocol reaches, or that holds
// another okrug's precincts too, is not judged: never a pass. The leader
// x has 25% in a and b; in at least 2 regions that settles it, in at least
// 3 region c decides, and the okrug is not decided (provisional).
func TestOkrugSpreadNotJudged(t *testing.T) {
	e := &election.Election{ID: "spread", Name: "spread",
		Regions: []election.Region{{ID: "a", Name: "a"}, {ID: "b", Name: "b"}, {ID: "c", Name: "c"}},
		Okrugs: []election.Okrug{
			{ID: "n", Name: "n", Candidates: []election.Candidate{{ID: "x", Name: "x", Position: 1}, {ID: "y", Name: "y", Position: 2}}},
			{ID: "m", Name: "m", Region: "c", Candidates: []election.Candidate{{ID: "z", Name: "z", Position: 1}}},
		},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(false)}},
		Precincts: []election.Precinct{{ID: "pa", Region: "a", Okrug: "n"}, {ID: "pb", Region: "b", Okrug: "n"}, {ID: "pc", Region: "c", Okrug: "n"}, {ID: "pm", Region: "c", Okrug: "m"}},
		Protocols: []election.Protocol{
			{Precinct: "pa", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 60, "y": 40}},
			{Precinct: "pb", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 50, "y": 50}},
			{Precinct: "pc", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 10, "y": 5}},
			{Precinct: "pm", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"z": 9}},
		},
	}
	count := func(k string) (*shailoo.Result, shailoo.Okrug) {
		t.Helper()
		res, err := shailoo.Count(e, spreadRules(t, "votes", k))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range res.Okrugs {
			if o.Okrug == "n" {
				return res, o
			}
		}
		t.Fatal("no okrug n")
		return nil, shailoo.Okrug{}
	}
	res, o := count("2")
	if o.Outcome != seats.OutcomeElected || o.Winner != "x" {
		t.Fatalf("in at least 2: %s, winner %q; want x elected", o.Outcome, o.Winner)
	}
	if !stepSays(res, "spread", "c not evaluated") {
		t.Errorf("region c (okrug m's precincts there too) is not said not evaluated: %+v", o.Steps)
	}
	res, o = count("3")
	if o.Outcome != seats.OutcomeSpreadNotEvaluated || o.Winner != "" || o.Leader != "x" {
		t.Fatalf("in at least 3: %s, winner %q, leader %q; want not evaluated, no winner, leader x", o.Outcome, o.Winner, o.Leader)
	}
	if !stepSays(res, "not_evaluated", "holds precincts of okrug m too") || !res.Provisional || !hasKind(res, shailoo.UnevaluatedSpread) {
		t.Errorf("in at least 3: the step does not name okrug m, or the result is not provisional (%s): %+v", shailoo.UnevaluatedSpread, res.ProvisionalReasons)
	}
}

// A spread rule decides a single-mandate okrug and names how many regions.
func TestOkrugSpreadRuleRefused(t *testing.T) {
	for _, tc := range []struct{ okrug, want string }{
		{`"spread": {"percent": "25", "base": "votes", "comparison": "at_least"}`, "spread.in_at_least 0"},
		{`"seats": 2, "spread": {"percent": "25", "base": "votes", "comparison": "at_least", "in_at_least": 2}`, "a spread rule decides a single-mandate okrug"},
		{`"spread": {"percent": "25", "base": "found", "comparison": "at_least", "in_at_least": 2}`, `spread.base "found"`},
	} {
		_, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "spread", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", `+tc.okrug+`}}`), "rules.json")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v; want one saying %q", tc.okrug, err, tc.want)
		}
	}
}
