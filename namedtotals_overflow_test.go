package shailoo_test

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// A row named a total is compared with the sum of the other rows of its
// block, which may leave the int64 range where the tally's sum, in the
// file's order, did not; and its gap may leave it where both figures are
// in it. Neither wraps round (SYNTHETIC files, written for the case).
func TestNamedTotalNearInt64Extremes(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list",
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"A": "a"}}`
	for _, c := range []struct {
		name, csv string
		want, got string // of the I608 finding: "" when no block is said
		gap       int64
		says      string // in its English message
	}{
		// The tally sums MaxInt64, -10, 5 in this order; the other rows,
		// MaxInt64 and 5, sum past the range: no block is their total, and
		// none is said (never a sum wrapped round to -9223372036854775804).
		{"sum of the others past the range", "p1,C,A,9223372036854775807\nTotal,C,A,-10\np2,C,A,5\n", "", "", 0,
			"is named a total, but its figures are the sum of no block of rows: it is counted"},
		// The other row is MaxInt64, the total -10: the gap, exact in the
		// message, saturates in the finding.
		{"gap past the range", "p1,C,A,9223372036854775807\nTotal,C,A,-10\n", "9223372036854775807", "-10", math.MinInt64,
			"sum votes.a to 9223372036854775807, where it gives -10 (-9223372036854775817)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := t.TempDir() + "/votes.csv"
			require.NoError(t, os.WriteFile(path, []byte("precinct,county,candidate,votes\n"+c.csv), 0o644))
			res := countFile(t, path, mapping, readFile(t, "examples/openelections/rules.json"))
			var got []validate.Finding
			for _, f := range res.Findings.Findings {
				if f.Code == validate.NamedTotal {
					got = append(got, f)
				}
			}
			require.Len(t, got, 1)
			f := got[0]
			require.Equal(t, 3, f.Place.Row)
			require.Equal(t, c.want, f.Want)
			require.Equal(t, c.got, f.Got)
			require.Equal(t, c.gap, f.Gap)
			require.True(t, strings.Contains(f.Message().En, c.says), f.Message().En)
		})
	}
}
