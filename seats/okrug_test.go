package seats

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

func TestPlurality(t *testing.T) {
	repeat := OkrugRule{AgainstAll: RepeatIfAhead, AgainstAllTie: AgainstAllTieCandidate, Tie: RegistrationOrder}
	ignored := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: RegistrationOrder}
	repeatOnTie := OkrugRule{AgainstAll: RepeatIfAhead, AgainstAllTie: AgainstAllTieRepeat, Tie: RegistrationOrder}
	lots := OkrugRule{AgainstAll: RepeatIfAhead, AgainstAllTie: AgainstAllTieCandidate, Tie: Lots}
	three := []OkrugCandidate{{ID: "x", Registration: 2, Votes: 500}, {ID: "y", Registration: 1, Votes: 300}, {ID: "z", Registration: 3, Votes: 100}}
	tied := []OkrugCandidate{{ID: "x", Registration: 2, Votes: 500}, {ID: "y", Registration: 1, Votes: 500}, {ID: "z", Registration: 3, Votes: 100}}
	tests := []struct {
		name       string
		cands      []OkrugCandidate
		against    int64
		rule       OkrugRule
		lots       []string
		outcome    Outcome
		winner     string
		leader     string
		runnerUp   string
		margin     int64
		tie        *Tie
		ties       []Tie
		err        error
		checkSteps []string
	}{
		{name: "elected", cands: three, against: 50, rule: repeat, outcome: OutcomeElected, winner: "x", leader: "x", runnerUp: "y", margin: 200},
		{name: "against_all_second", cands: three, against: 450, rule: repeat, outcome: OutcomeElected, winner: "x", leader: "x", runnerUp: "y", margin: 50},
		{name: "against_all_ahead_repeat", cands: three, against: 501, rule: repeat, outcome: OutcomeRepeat, leader: "x", runnerUp: "y", margin: -1,
			checkSteps: []string{"repeat_election"}},
		// Part of issue 12's attack suite: equality with "against all" is
		// a tie the rule names, reported either way.
		{name: "against_all_equal_elects", cands: three, against: 500, rule: repeat, outcome: OutcomeElected, winner: "x", leader: "x", runnerUp: "y", margin: 0,
			ties: []Tie{{Context: "against_all", Tied: []string{"against_all", "x"}, Seats: 1, Value: "500", SettledBy: SettledByAgainstAllTie,
				Order: []string{"x", "against_all"}, Winners: []string{"x"}}}},
		{name: "against_all_equal_repeats", cands: three, against: 500, rule: repeatOnTie, outcome: OutcomeRepeat, leader: "x", runnerUp: "y", margin: 0,
			ties: []Tie{{Context: "against_all", Tied: []string{"against_all", "x"}, Seats: 1, Value: "500", SettledBy: SettledByAgainstAllTie,
				Order: []string{"against_all", "x"}, Winners: []string{"against_all"}}}},
		{name: "against_all_equal_to_tied_leaders_repeats", cands: tied, against: 500, rule: repeatOnTie, outcome: OutcomeRepeat, margin: 0,
			ties: []Tie{{Context: "against_all", Tied: []string{"against_all", "x", "y"}, Seats: 1, Value: "500", SettledBy: SettledByAgainstAllTie,
				Order: []string{"against_all", "x", "y"}, Winners: []string{"against_all"}}}},
		{name: "against_all_equal_to_tied_leaders_elects", cands: tied, against: 500, rule: repeat, outcome: OutcomeElected, winner: "y", leader: "y", runnerUp: "x", margin: 0,
			ties: []Tie{
				{Context: "plurality", Tied: []string{"x", "y"}, Seats: 1, Value: "500", SettledBy: "registration_order", Order: []string{"y", "x"}, Winners: []string{"y"}},
				{Context: "against_all", Tied: []string{"against_all", "y"}, Seats: 1, Value: "500", SettledBy: SettledByAgainstAllTie, Order: []string{"y", "against_all"}, Winners: []string{"y"}}}},
		{name: "against_all_tie_unnamed", cands: three, rule: OkrugRule{AgainstAll: RepeatIfAhead, Tie: RegistrationOrder}, err: ErrInvalid},
		{name: "against_all_tie_unknown", cands: three, rule: OkrugRule{AgainstAll: AgainstAllIgnored, AgainstAllTie: "sideways", Tie: RegistrationOrder}, err: ErrInvalid},
		{name: "against_all_ignored", cands: three, against: 10000, rule: ignored, outcome: OutcomeElected, winner: "x", leader: "x", runnerUp: "y", margin: 200},
		{name: "tie_registration_order", cands: tied, against: 0, rule: repeat, outcome: OutcomeElected, winner: "y", leader: "y", runnerUp: "x", margin: 0,
			checkSteps: []string{"tie", "tie_break"},
			ties:       []Tie{{Context: "plurality", Tied: []string{"x", "y"}, Seats: 1, Value: "500", SettledBy: "registration_order", Order: []string{"y", "x"}, Winners: []string{"y"}}}},
		{name: "tie_lots_required", cands: tied, against: 0, rule: lots, outcome: OutcomeTie,
			tie: &Tie{Context: "plurality", Tied: []string{"x", "y"}, Seats: 1, Value: "500"}, err: ErrLotsRequired},
		{name: "tie_settled_by_lots", cands: tied, against: 0, rule: lots, lots: []string{"x", "y"}, outcome: OutcomeElected, winner: "x", leader: "x", runnerUp: "y",
			checkSteps: []string{"lot"},
			ties:       []Tie{{Context: "plurality", Tied: []string{"x", "y"}, Seats: 1, Value: "500", SettledBy: "lots", Order: []string{"x", "y"}, Winners: []string{"x"}}}},
		{name: "tie_moot_against_all_ahead", cands: tied, against: 600, rule: lots, outcome: OutcomeRepeat, margin: -100},
		{name: "single_candidate", cands: three[:1], against: 0, rule: repeat, outcome: OutcomeElected, winner: "x", leader: "x", margin: 500},
		{name: "no_votes", cands: []OkrugCandidate{{ID: "x", Registration: 1}}, rule: repeat, outcome: OutcomeNoVotes},
		{name: "no_candidates", rule: repeat, outcome: OutcomeNoVotes},
		{name: "only_against_all", cands: []OkrugCandidate{{ID: "x", Registration: 1}}, against: 3, rule: repeat, outcome: OutcomeRepeat, leader: "x", margin: -3},
		{name: "only_against_all_no_candidates", against: 3, rule: repeat, outcome: OutcomeRepeat, margin: -3},
		{name: "huge_votes", cands: []OkrugCandidate{{ID: "x", Registration: 1, Votes: math.MaxInt64}, {ID: "y", Registration: 2}}, against: math.MaxInt64 - 1,
			rule: repeat, outcome: OutcomeElected, winner: "x", leader: "x", runnerUp: "y", margin: 1},

		{name: "bad_lot", cands: tied, rule: lots, lots: []string{"z"}, err: ErrBadLot},
		{name: "lots_without_tie", cands: three, rule: lots, lots: []string{"x"}, err: ErrBadLot},
		{name: "negative_votes", cands: []OkrugCandidate{{ID: "x", Registration: 1, Votes: -1}}, rule: repeat, err: ErrInvalid},
		{name: "negative_against_all", against: -1, rule: repeat, err: ErrInvalid},
		{name: "duplicate_registration", cands: []OkrugCandidate{{ID: "x", Registration: 1}, {ID: "y", Registration: 1}}, rule: repeat, err: ErrInvalid},
		{name: "reserved_id", cands: []OkrugCandidate{{ID: election.AgainstAll, Registration: 1}}, rule: repeat, err: ErrInvalid},
		{name: "zero_rule", cands: three, rule: OkrugRule{}, err: ErrInvalid},
		{name: "ballot_order_not_for_okrugs", cands: three, rule: OkrugRule{AgainstAll: RepeatIfAhead, Tie: BallotOrder}, err: ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Plurality("27", tc.cands, tc.against, tc.rule, tc.lots)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
			} else {
				require.NoError(t, err)
			}
			if tc.tie != nil {
				var te *TieError
				require.ErrorAs(t, err, &te)
				assert.Equal(t, *tc.tie, te.Tie)
				require.NotNil(t, res.Tie)
				assert.Equal(t, *tc.tie, *res.Tie)
			}
			if tc.err != nil && tc.tie == nil {
				assert.Equal(t, OkrugResult{}, res)
				return
			}
			assert.Equal(t, tc.outcome, res.Outcome)
			assert.Equal(t, tc.winner, res.Winner)
			assert.Equal(t, tc.leader, res.Leader)
			assert.Equal(t, tc.runnerUp, res.RunnerUp)
			assert.Equal(t, tc.margin, res.Margin)
			assert.Equal(t, tc.against, res.AgainstAll)
			if tc.ties != nil {
				assert.Equal(t, tc.ties, res.Ties)
			}
			var kinds []string
			for _, s := range res.Steps {
				kinds = append(kinds, s.Kind)
			}
			for _, k := range tc.checkSteps {
				assert.Contains(t, kinds, k)
			}
		})
	}
}

// A tie for first awaiting lots has no leader, but its second-best
// figure is the tied candidates' own, not 0: leader_votes = runner_up_votes,
// margin 0 (a reader of the JSON sees a tie, not a runaway).
func TestPluralityTieRunnerUpVotes(t *testing.T) {
	cands := []OkrugCandidate{{ID: "x", Registration: 1, Votes: 500}, {ID: "y", Registration: 2, Votes: 500}, {ID: "z", Registration: 3, Votes: 7}}
	res, err := Plurality("27", cands, 0, OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots}, nil)
	require.ErrorIs(t, err, ErrLotsRequired)
	assert.Equal(t, OutcomeTie, res.Outcome)
	assert.Equal(t, int64(500), res.LeaderVotes)
	assert.Equal(t, int64(500), res.RunnerUpVotes)
	assert.Equal(t, int64(0), res.Margin)
	assert.Empty(t, res.Leader)
	assert.Empty(t, res.RunnerUp)
}
