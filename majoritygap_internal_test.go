package shailoo

import (
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
)

// majorityBound's bound is the least correction that changes the
// outcome: each case checks it by hand at the bound and one below.
func TestMajorityBound(t *testing.T) {
	pct := decimal.RequireFromString
	half := seats.MajorityRule{Percent: pct("50"), Base: threshold.Valid, Comparison: threshold.MoreThan}
	ar := seats.MajorityRule{Percent: pct("45"), Base: threshold.Votes, Comparison: threshold.AtLeast,
		Or: &seats.MajorityOr{Percent: pct("40"), Comparison: threshold.AtLeast, Lead: pct("10"), LeadComparison: threshold.AtLeast}}
	first := ar
	first.Or = nil
	for _, c := range []struct {
		name  string
		m     seats.MajorityRule
		out   seats.Outcome
		votes []int64
		base  int64
		want  int64
		ok    bool
	}{
		// 60 of 100 valid: 10 votes taken make 50, not more than half;
		// 9 leave 51.
		{"more than half of valid, elected", half, seats.OutcomeElected, []int64{30, 60, 10}, 100, 10, true},
		// 61 against 57 of 110 valid: the lead of 4 closes before the
		// 6 votes above the line.
		{"the lead closes first", half, seats.OutcomeElected, []int64{61, 57, 4}, 110, 4, true},
		// 45 of 100 votes, at least 45%: one vote less is 44 of 99.
		{"at least 45% of votes, on the line", first, seats.OutcomeElected, []int64{45, 33, 22}, 100, 1, true},
		// 42 and 30 of 100 votes, elected by the second way: a lead of
		// 12 points; 2 votes to the runner-up make 42 − 32 = 10 of 102,
		// short of 10 points; 1 leaves 11 of 101.
		{"the second way's lead", ar, seats.OutcomeElected, []int64{42, 30, 28}, 100, 2, true},
		// Argentina's mesa: 42, 33, 15 of 90 votes (the blank votes out
		// of the base): 46.67%, elected by the first way; 3 votes from
		// the leader to the runner-up's make 39 of 90, short of both.
		// One unit moves the share's slack by 55 at most (leader down,
		// the base with it): 4200 − 4050 = 150 → 3 units.
		{"Argentina, blank out of the base", ar, seats.OutcomeElected, []int64{42, 33, 15}, 90, 3, true},
		// 42, 33, 15 of 100 votes: a run-off; one vote less for the
		// runner-up makes a lead of 10 of 99 (10.1 points): elected.
		{"run-off, the second way one vote off", ar, seats.OutcomeRunoff, []int64{42, 33, 15}, 100, 1, true},
		// 42, 33, 15 of 100 votes under the first way alone: 6 votes
		// more for the leader make 48 of 106 (45.28%); 5 make 47 of 105
		// (44.76%).
		{"run-off, the majority line", first, seats.OutcomeRunoff, []int64{42, 33, 15}, 100, 6, true},
		// 40, 30, 29 of 100 valid: the third is one vote behind.
		{"run-off, the third one vote behind", half, seats.OutcomeRunoff, []int64{40, 30, 29}, 100, 1, true},
		{"a tie for first", half, seats.OutcomeElected, []int64{40, 40}, 100, 0, false},
		{"base 0", half, seats.OutcomeElected, []int64{0}, 0, 0, false},
		{"not decided", half, seats.OutcomeNotEvaluated, []int64{60, 40}, 100, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := majorityBound(c.m, c.out, c.votes, c.base)
			require.Equal(t, c.ok, ok)
			require.Equal(t, c.want, got)
		})
	}
}

// toFail and toPass at the boundary, both comparisons: s = 300, k = 100.
func TestMajorityBoundBoundary(t *testing.T) {
	r := func(n int64) *big.Rat { return big.NewRat(n, 1) }
	require.Equal(t, int64(4), toFail(r(300), r(100), threshold.AtLeast)) // 300 − 300 = 0 holds at 3
	require.Equal(t, int64(3), toFail(r(300), r(100), threshold.MoreThan))
	require.Equal(t, int64(0), toFail(r(0), r(100), threshold.MoreThan))
	require.Equal(t, int64(1), toFail(r(0), r(100), threshold.AtLeast))
	require.Equal(t, int64(3), toPass(r(-300), r(100), threshold.AtLeast))
	require.Equal(t, int64(4), toPass(r(-300), r(100), threshold.MoreThan))
	require.Equal(t, int64(0), toPass(r(0), r(100), threshold.AtLeast))
	require.Equal(t, int64(1), toPass(r(0), r(100), threshold.MoreThan))
	require.Equal(t, int64(2), toPass(r(-150), r(100), threshold.AtLeast))
}
