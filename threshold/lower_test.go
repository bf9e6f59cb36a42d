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
