package seats

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/threshold"
)

// A majority of those who took part, or a second round between the two
// leading candidates; the boundary is exact (more than 50%: 501 of 1,000,
// 500 is short), a tie for first sends both on, a tie for second is
// settled by the tie rule or awaits lots.
func TestMajority(t *testing.T) {
	half := &MajorityRule{Percent: decimal.NewFromInt(50), Base: threshold.Participants, Comparison: threshold.MoreThan}
	rule := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: RegistrationOrder, Majority: half}
	lots := rule
	lots.Tie = Lots
	c := func(id string, reg int, votes int64) OkrugCandidate {
		return OkrugCandidate{ID: id, Registration: reg, Votes: votes}
	}
	tests := []struct {
		name    string
		cands   []OkrugCandidate
		base    int64
		rule    OkrugRule
		lots    []string
		outcome Outcome
		winner  string
		runoff  []string
		tieErr  bool
	}{
		{"passes by one", []OkrugCandidate{c("x", 1, 501), c("y", 2, 400), c("z", 3, 99)}, 1000, rule, nil, OutcomeElected, "x", nil, false},
		{"half is short", []OkrugCandidate{c("x", 1, 500), c("y", 2, 400), c("z", 3, 100)}, 1000, rule, nil, OutcomeRunoff, "", []string{"x", "y"}, false},
		{"invalid ballots count in the base", []OkrugCandidate{c("x", 1, 501), c("y", 2, 400)}, 1010, rule, nil, OutcomeRunoff, "", []string{"x", "y"}, false},
		{"tied for first go on together", []OkrugCandidate{c("x", 2, 400), c("y", 1, 400), c("z", 3, 200)}, 1000, rule, nil, OutcomeRunoff, "", []string{"x", "y"}, false},
		{"a tie for second, by registration", []OkrugCandidate{c("x", 1, 450), c("y", 3, 275), c("z", 2, 275)}, 1000, rule, nil, OutcomeRunoff, "", []string{"x", "z"}, false},
		{"a tie for second awaits lots", []OkrugCandidate{c("x", 1, 450), c("y", 3, 275), c("z", 2, 275)}, 1000, lots, nil, OutcomeRunoff, "", []string{"x"}, true},
		{"a tie for second settled by lots", []OkrugCandidate{c("x", 1, 450), c("y", 3, 275), c("z", 2, 275)}, 1000, lots, []string{"y", "z"}, OutcomeRunoff, "", []string{"x", "y"}, false},
		{"one candidate with votes", []OkrugCandidate{c("x", 1, 450), c("y", 2, 0)}, 1000, rule, nil, OutcomeRunoff, "", []string{"x"}, false},
		{"a base of 0 is not judged", []OkrugCandidate{c("x", 1, 450)}, 0, rule, nil, OutcomeMajorityNotEvaluated, "", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Majority("1", tc.cands, 0, tc.base, tc.rule, tc.lots)
			var te *TieError
			if tc.tieErr {
				require.True(t, errors.As(err, &te), "err = %v", err)
				assert.Equal(t, "runoff", te.Tie.Context)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tc.outcome, res.Outcome)
			assert.Equal(t, tc.winner, res.Winner)
			assert.Equal(t, tc.runoff, res.Runoff)
			assert.Equal(t, tc.winner != "", res.Filled() == 1)
			if tc.outcome == OutcomeRunoff || tc.outcome == OutcomeElected {
				assert.Contains(t, kinds(res.Steps), "majority", "the rule's verdict is a step")
			}
		})
	}
	// "Against all" level with a leader short of the majority: the
	// leader is not elected, whatever against_all_tie says; ahead of them,
	// a repeat election as under plurality.
	aa := rule
	aa.AgainstAll, aa.AgainstAllTie = RepeatIfAhead, AgainstAllTieCandidate
	res, err := Majority("1", []OkrugCandidate{c("x", 1, 350), c("y", 2, 200)}, 350, 1000, aa, nil)
	require.NoError(t, err)
	assert.Equal(t, OutcomeRunoff, res.Outcome)
	assert.Equal(t, []string{"x", "y"}, res.Runoff)
	assert.Equal(t, int64(150), res.Margin)
	res, err = Majority("1", []OkrugCandidate{c("x", 1, 350), c("y", 2, 200)}, 351, 1000, aa, nil)
	require.NoError(t, err)
	assert.Equal(t, OutcomeRepeat, res.Outcome)
	// A tie for the second place awaiting lots: the margin is the leader's
	// over the tied.
	res, _ = Majority("1", []OkrugCandidate{c("x", 1, 400), c("y", 2, 300), c("z", 3, 300)}, 0, 1000, lots, nil)
	assert.Equal(t, int64(300), res.RunnerUpVotes)
	assert.Equal(t, int64(100), res.Margin)

	// The rule decides single-mandate okrugs only, and must be valid.
	multi := rule
	multi.Seats = 3
	_, err = Majority("1", nil, 0, 10, multi, nil)
	assert.ErrorIs(t, err, ErrInvalid)
	bad := rule
	bad.Majority = &MajorityRule{Percent: decimal.NewFromInt(50)}
	_, err = Majority("1", nil, 0, 10, bad, nil)
	assert.ErrorIs(t, err, ErrInvalid)
}

// kinds lists the kinds of steps.
func kinds(steps []election.Step) []string {
	var out []string
	for _, s := range steps {
		out = append(out, s.Kind)
	}
	return out
}

// Under a majority rule, a seat is filled exactly when the leader's votes
// pass the rule (checked against the exact cross-multiplication), and a
// second round holds exactly the leading candidates: nobody outside the
// first two levels of votes, nobody passed over for one with fewer.
func TestPropMajority(t *testing.T) {
	p := newProps(t)
	p.Property("elected exactly when 100*leader > 50*base; the runoff is the top two", prop.ForAll(
		func(vs []int64, invalid int64) string {
			cands := make([]OkrugCandidate, len(vs))
			var top, sum int64
			for i, v := range vs {
				cands[i] = OkrugCandidate{ID: fmt.Sprintf("c%d", i), Registration: i + 1, Votes: v}
				top, sum = max(top, v), sum+v
			}
			base := sum + invalid
			rule := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: RegistrationOrder,
				Majority: &MajorityRule{Percent: decimal.NewFromInt(50), Base: threshold.Participants, Comparison: threshold.MoreThan}}
			res, err := Majority("1", cands, 0, base, rule, nil)
			if err != nil {
				return err.Error()
			}
			passes := 100*top > 50*base
			switch {
			case top == 0:
				if res.Outcome != OutcomeNoVotes && res.Outcome != OutcomeMajorityNotEvaluated {
					return fmt.Sprintf("no votes: outcome %s", res.Outcome)
				}
			case passes != (res.Outcome == OutcomeElected):
				return fmt.Sprintf("leader %d of %d: outcome %s", top, base, res.Outcome)
			case res.Outcome == OutcomeRunoff:
				if res.Winner != "" || len(res.Runoff) != min(2, positive(vs)) {
					return fmt.Sprintf("runoff %v, winner %q", res.Runoff, res.Winner)
				}
				votes := map[string]int64{}
				for _, c := range cands {
					votes[c.ID] = c.Votes
				}
				low := votes[res.Runoff[len(res.Runoff)-1]]
				for _, c := range cands {
					if !slices.Contains(res.Runoff, c.ID) && c.Votes > low {
						return fmt.Sprintf("%s (%d) left out of the runoff %v", c.ID, c.Votes, res.Runoff)
					}
				}
			}
			return ""
		}, gen.SliceOf(gen.Int64Range(0, 20)), gen.Int64Range(0, 10)))
	p.TestingRun(t)
}

// positive counts the candidates with votes.
func positive(vs []int64) int {
	n := 0
	for _, v := range vs {
		if v > 0 {
			n++
		}
	}
	return n
}

// Plurality (and District, which calls it) refuses a rule with a majority
// rule: it would elect a leader short of it.
func TestPluralityRefusesMajority(t *testing.T) {
	r := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: RegistrationOrder,
		Majority: &MajorityRule{Percent: decimal.NewFromInt(50), Base: threshold.Participants, Comparison: threshold.MoreThan}}
	_, err := District("1", []OkrugCandidate{{ID: "x", Registration: 1, Votes: 10}}, 0, r, nil)
	assert.ErrorIs(t, err, ErrInvalid)
}

// An okrug the majority rule cannot decide still says its standing by the
// votes: the leader, the runner-up and the margin, never a margin of 0
// that reads as a tie; a tie for first leaves no leader, one for second
// no runner-up.
func TestNotDecidedStanding(t *testing.T) {
	step := election.Step{Kind: "not_evaluated"}
	for _, c := range []struct {
		name           string
		votes          []int64
		leader, runner string
		next, margin   int64
	}{
		{"standing", []int64{85, 288, 3}, "b", "a", 85, 203},
		{"tie for first", []int64{10, 10, 3}, "", "", 10, 0},
		{"tie for second", []int64{5, 9, 5}, "b", "", 5, 4},
		{"one candidate", []int64{7}, "a", "", 0, 7},
		{"no votes", []int64{0, 0}, "", "", 0, 0},
	} {
		var cands []OkrugCandidate
		for i, v := range c.votes {
			cands = append(cands, OkrugCandidate{ID: string(rune('a' + i)), Registration: i + 1, Votes: v})
		}
		r := NotDecided("o", cands, 0, step)
		if r.Outcome != OutcomeMajorityNotEvaluated || r.Winner != "" || r.Leader != c.leader || r.RunnerUp != c.runner || r.RunnerUpVotes != c.next || r.Margin != c.margin {
			t.Errorf("%s: %+v; want leader %q, runner-up %q with %d, margin %d", c.name, r, c.leader, c.runner, c.next, c.margin)
		}
		// Every candidate's votes are in the transcript, most first, as
		// a decided okrug's are; the reason comes last.
		var got []string
		for _, s := range r.Steps {
			if s.Kind == "candidate" {
				got = append(got, s.Subject+"="+s.Value)
			}
		}
		if len(got) != len(cands) || r.Steps[len(r.Steps)-1] != step {
			t.Errorf("%s: steps %+v: want every candidate's votes, then the reason", c.name, r.Steps)
		}
		if c.name == "standing" && strings.Join(got, " ") != "b=288 a=85 c=3" {
			t.Errorf("standing: candidates %v, want b=288 a=85 c=3", got)
		}
	}
}

// The second way to win in the first round: at least 40% with a lead of
// 10 points (Bolivia: at least; Ecuador: more than 10 points), compared
// exactly at both boundaries; the first way needs no lead. Bolivia's
// official result of 2019, MAS 47.08% and CC 36.51% of the valid votes,
// elects MAS by the second way.
func TestMajorityOr(t *testing.T) {
	m := func(lead threshold.Comparison) OkrugRule {
		return OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Majority: &MajorityRule{
			Percent: decimal.NewFromInt(50), Base: threshold.Valid, Comparison: threshold.MoreThan,
			Or: &MajorityOr{Percent: decimal.NewFromInt(40), Comparison: threshold.AtLeast, Lead: decimal.NewFromInt(10), LeadComparison: lead}}}
	}
	bolivia, ecuador := m(threshold.AtLeast), m(threshold.MoreThan)
	c := func(votes ...int64) []OkrugCandidate {
		var out []OkrugCandidate
		for i, v := range votes {
			out = append(out, OkrugCandidate{ID: string(rune('a' + i)), Registration: i + 1, Votes: v})
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		cands   []OkrugCandidate
		rule    OkrugRule
		outcome Outcome
		says    string
	}{
		{"2019: 47.08% with a lead of 10.57 points", c(4708, 3651, 1641), bolivia, OutcomeElected, "47.08%; 4000 needed), 1057 ahead of the runner-up's 3651 (10.57 points; a lead of 1000 needed): passed, elected by the second way"},
		{"the first way needs no lead", c(5001, 4999), bolivia, OutcomeElected, "passed exactly"},
		{"40% with a lead of 10 points exactly", c(4000, 3000, 3000), bolivia, OutcomeElected, "elected by the second way"},
		{"a vote short of 40%", c(3999, 2999, 2000), bolivia, OutcomeRunoff, "the share is short"},
		{"a vote short of the lead", c(4000, 3001, 2999), bolivia, OutcomeRunoff, "(9.99 points; a lead of 1000 needed): the lead is short"},
		{"Ecuador: a lead of 10 points exactly is short", c(4000, 3000, 2999), ecuador, OutcomeRunoff, "the lead is short"},
		{"Ecuador: more than 10 points", c(4000, 2999, 2999), ecuador, OutcomeElected, "elected by the second way"},
		{"neither", c(3500, 3400, 3100), bolivia, OutcomeRunoff, "the share and the lead are short"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Majority("bo", tc.cands, 0, 10000, tc.rule, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.outcome, res.Outcome)
			var said string
			for _, s := range res.Steps {
				if s.Kind == "majority" {
					said = s.Detail
				}
			}
			assert.Contains(t, said, tc.says)
		})
	}
	// A base of 0 under a first way of more than 0% (missed with no
	// votes): no share of it is taken; before, the second way divided by
	// it and panicked.
	zero := bolivia
	zero.Majority = &MajorityRule{Percent: decimal.Zero, Base: threshold.Valid, Comparison: threshold.MoreThan, Or: bolivia.Majority.Or}
	res, err := Majority("bo", c(0, 0), 0, 0, zero, nil)
	require.NoError(t, err)
	assert.NotEqual(t, OutcomeElected, res.Outcome)
	bad := bolivia
	bad.Majority = &MajorityRule{Percent: decimal.NewFromInt(50), Base: threshold.Valid, Comparison: threshold.MoreThan,
		Or: &MajorityOr{Percent: decimal.NewFromInt(40), Comparison: threshold.AtLeast, Lead: decimal.NewFromInt(10)}}
	assert.ErrorIs(t, bad.Validate(), ErrInvalid, "the lead's comparison must be named")
}
