package threshold

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A partial sum passes a line only when it reaches it without the missing
// figures; short of it, the missing figures may reach it: not evaluated,
// never failed. 5% of 1,000 is 50 (at least) or 51 (more than).
func TestCheckLower(t *testing.T) {
	tests := []struct {
		name    string
		cmp     Comparison
		votes   int64
		missing int
		want    Status
	}{
		{"whole, at the line", AtLeast, 50, 0, Passed},
		{"whole, one short", AtLeast, 49, 0, Failed},
		{"partial, at the line", AtLeast, 50, 1, Passed},
		{"partial, one short", AtLeast, 49, 1, NotEvaluated},
		{"partial, more than, at the line", MoreThan, 50, 2, NotEvaluated},
		{"partial, more than, one past", MoreThan, 51, 2, Passed},
		{"partial, nothing", AtLeast, 0, 3, NotEvaluated},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := rule("5", Participants, tc.cmp).CheckLower("a", "nation", tc.votes, 1000, tc.missing)
			require.NoError(t, err)
			assert.Equal(t, tc.want, v.Status)
			assert.Equal(t, tc.missing, v.VotesMissing)
			assert.Equal(t, tc.votes, v.Votes)
			if tc.want == NotEvaluated {
				assert.Empty(t, v.Line)
				assert.Zero(t, v.Needed)
				assert.Zero(t, v.Margin)
				assert.Contains(t, v.Reason, "do not give the votes")
			}
		})
	}
	_, err := rule("5", Participants, AtLeast).CheckLower("a", "nation", 1, 10, -1)
	assert.ErrorIs(t, err, ErrBadInput)
}

// A region's partial sum (RegionCount.Missing) is judged as CheckLower
// judges it, in Regional and through a Memo: the same votes with a figure
// missing are not evaluated where, whole, they fail.
func TestRegionalMissing(t *testing.T) {
	r := rule("5", Participants, AtLeast)
	regions := func(missing int) []RegionCount {
		return []RegionCount{
			{Region: "r", Reported: true, Votes: map[string]int64{"a": 50, "b": 49}, Base: 1000},
			{Region: "s", Reported: true, Votes: map[string]int64{"a": 50, "b": 49}, Base: 1000, Missing: map[string]int{"a": missing, "b": missing}},
		}
	}
	var m Memo
	for _, missing := range []int{1, 0, 1} {
		out, err := m.Regional(r, []string{"a", "b"}, regions(missing))
		require.NoError(t, err)
		assert.Equal(t, Passed, out[0].Status)
		assert.Equal(t, missing, out[0].Regions[1].VotesMissing)
		assert.Equal(t, Failed, out[1].Status) // failed in r, whole
		want := Failed
		if missing > 0 {
			want = NotEvaluated
		}
		assert.Equal(t, want, out[1].Regions[1].Status, "missing %d", missing)
	}
	out, err := Regional(r, []string{"b"}, regions(1)[1:])
	require.NoError(t, err)
	assert.Equal(t, NotEvaluated, out[0].Status)
	assert.Equal(t, []string{"s"}, out[0].NotEvaluated)
	_, err = Regional(r, []string{"b"}, regions(-1)[1:])
	assert.ErrorIs(t, err, ErrBadInput)
}

// A region not reported (its base not known) keeps the votes it gives:
// the verdict is not evaluated, its votes and the protocols lacking them
// are the region's, never 0.
func TestRegionalNotReportedKeepsVotes(t *testing.T) {
	r := rule("0.5", Participants, AtLeast)
	regions := []RegionCount{{Region: "r", Votes: map[string]int64{"a": 3860, "b": 648}, Missing: map[string]int{"b": 2}}}
	var m Memo
	for range 2 { // the memo's second answer is its first
		out, err := m.Regional(r, []string{"a", "b"}, regions)
		require.NoError(t, err)
		for i, want := range []struct {
			votes   int64
			missing int
		}{{3860, 0}, {648, 2}} {
			v := out[i].Regions[0]
			assert.Equal(t, NotEvaluated, v.Status)
			assert.Equal(t, want.votes, v.Votes)
			assert.Equal(t, want.missing, v.VotesMissing)
			assert.Empty(t, v.Line)
			assert.Zero(t, v.Needed)
		}
	}
}
