package seats

import (
	"errors"
	"testing"
)

// TestAggregates decides an okrug with a write-in aggregate ahead of,
// behind and tied with the best candidate, under plurality and in a
// district of two seats: the aggregate never takes a seat, and where it
// would (or ties for one) the okrug is not decided.
func TestAggregates(t *testing.T) {
	isAgg := func(id string) bool { return id == "write-in" || id == "no-candidate" }
	plurality := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots}
	two := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 2}
	for _, tc := range []struct {
		name    string
		cands   []OkrugCandidate
		rule    OkrugRule
		outcome Outcome
		winner  string
		elected []string
	}{
		{"ahead", []OkrugCandidate{{ID: "a", Registration: 1, Votes: 40}, {ID: "write-in", Registration: 2, Votes: 81}}, plurality, OutcomeAggregateLeads, "", nil},
		{"behind", []OkrugCandidate{{ID: "a", Registration: 1, Votes: 100}, {ID: "write-in", Registration: 2, Votes: 2}}, plurality, OutcomeElected, "a", nil},
		{"tied", []OkrugCandidate{{ID: "a", Registration: 1, Votes: 50}, {ID: "write-in", Registration: 2, Votes: 50}}, plurality, OutcomeAggregateLeads, "", nil},
		{"tied, settled by registration", []OkrugCandidate{{ID: "a", Registration: 1, Votes: 50}, {ID: "write-in", Registration: 2, Votes: 50}}, OkrugRule{AgainstAll: AgainstAllIgnored, Tie: RegistrationOrder}, OutcomeAggregateLeads, "", nil},
		{"only aggregates", []OkrugCandidate{{ID: "no-candidate", Registration: 1, Votes: 0}, {ID: "write-in", Registration: 2, Votes: 81}}, plurality, OutcomeAggregateLeads, "", nil},
		{"district, second seat", []OkrugCandidate{{ID: "a", Registration: 1, Votes: 90}, {ID: "b", Registration: 2, Votes: 10}, {ID: "write-in", Registration: 3, Votes: 30}}, two, OutcomeAggregateLeads, "", nil},
		{"district, behind", []OkrugCandidate{{ID: "a", Registration: 1, Votes: 90}, {ID: "b", Registration: 2, Votes: 40}, {ID: "write-in", Registration: 3, Votes: 30}}, two, OutcomeElected, "", []string{"a", "b"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var res OkrugResult
			var err error
			if tc.rule.Seats > 1 {
				res, err = District("9", tc.cands, 0, tc.rule, nil)
			} else {
				res, err = Plurality("9", tc.cands, 0, tc.rule, nil)
			}
			var tieErr *TieError
			if err != nil && !errors.As(err, &tieErr) {
				t.Fatal(err)
			}
			got, leads := Aggregates(res, tc.cands, 0, isAgg)
			if got.Outcome != tc.outcome || leads != (tc.outcome == OutcomeAggregateLeads) || got.Winner != tc.winner {
				t.Fatalf("outcome %q (aggregate leads %v), winner %q; want %q, %q", got.Outcome, leads, got.Winner, tc.outcome, tc.winner)
			}
			var elected []string
			for _, d := range got.Elected {
				elected = append(elected, d.ID)
			}
			if len(elected) != len(tc.elected) || (len(elected) > 0 && (elected[0] != tc.elected[0] || elected[1] != tc.elected[1])) {
				t.Errorf("elected %v, want %v", elected, tc.elected)
			}
			if leads {
				if got.Filled() != 0 || got.Unfilled != got.Seats || len(got.Ties) != 0 {
					t.Errorf("filled %d, unfilled %d of %d, ties %v: want no seat filled and no tie left to lots", got.Filled(), got.Unfilled, got.Seats, got.Ties)
				}
				last := got.Steps[len(got.Steps)-1]
				if last.Kind != "not_evaluated" || !isAgg(last.Subject) {
					t.Errorf("last step %+v: want not_evaluated naming the aggregate", last)
				}
			}
		})
	}
}

// TestAggregateBehind: an aggregate behind the winner is never the
// runner-up; where it has more votes than every candidate behind the
// winner, the margin is a range (Bethnal Green and Stepney, 2024: Labour
// 15,896, "All other candidates" 15,699, the Greens 6,391: at least 197,
// at most 9,505; the publisher's majority, an Independent's inside the
// aggregate, 1,689); where a candidate has as many or more, it is exact.
func TestAggregateBehind(t *testing.T) {
	isAgg := func(id string) bool { return id == "others" }
	plurality := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots}
	two := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 2}
	for _, tc := range []struct {
		name             string
		cands            []OkrugCandidate
		rule             OkrugRule
		runnerUp         string
		runnerUpVotes    int64
		margin, atMost   int64
		stepNotEvaluated bool
	}{
		{"bethnal green", []OkrugCandidate{{ID: "lab", Registration: 1, Votes: 15896}, {ID: "green", Registration: 2, Votes: 6391}, {ID: "others", Registration: 3, Votes: 15699}}, plurality, "green", 6391, 197, 9505, true},
		{"behind a candidate", []OkrugCandidate{{ID: "lab", Registration: 1, Votes: 100}, {ID: "green", Registration: 2, Votes: 60}, {ID: "others", Registration: 3, Votes: 50}}, plurality, "green", 60, 40, 0, false},
		{"level with a candidate", []OkrugCandidate{{ID: "lab", Registration: 1, Votes: 100}, {ID: "green", Registration: 2, Votes: 50}, {ID: "others", Registration: 3, Votes: 50}}, plurality, "green", 50, 50, 0, false},
		{"no candidate behind", []OkrugCandidate{{ID: "lab", Registration: 1, Votes: 100}, {ID: "others", Registration: 3, Votes: 30}}, plurality, "", 0, 70, 100, true},
		{"district", []OkrugCandidate{{ID: "a", Registration: 1, Votes: 90}, {ID: "b", Registration: 2, Votes: 60}, {ID: "c", Registration: 3, Votes: 10}, {ID: "others", Registration: 4, Votes: 40}}, two, "c", 10, 20, 50, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var res OkrugResult
			var err error
			if tc.rule.Seats > 1 {
				res, err = District("9", tc.cands, 0, tc.rule, nil)
			} else {
				res, err = Plurality("9", tc.cands, 0, tc.rule, nil)
			}
			if err != nil {
				t.Fatal(err)
			}
			got, leads := Aggregates(res, tc.cands, 0, isAgg)
			if leads || got.Outcome != OutcomeElected {
				t.Fatalf("outcome %q, aggregate leads %v: want elected", got.Outcome, leads)
			}
			if got.RunnerUp != tc.runnerUp || got.RunnerUpVotes != tc.runnerUpVotes || got.Margin != tc.margin || got.MarginAtMost != tc.atMost {
				t.Errorf("runner-up %q %d, margin %d, at most %d; want %q %d, %d, %d", got.RunnerUp, got.RunnerUpVotes, got.Margin, got.MarginAtMost, tc.runnerUp, tc.runnerUpVotes, tc.margin, tc.atMost)
			}
			last := got.Steps[len(got.Steps)-1]
			if (last.Kind == "margin_not_evaluated") != tc.stepNotEvaluated {
				t.Errorf("last step %+v: want margin_not_evaluated %v", last, tc.stepNotEvaluated)
			}
		})
	}
}
