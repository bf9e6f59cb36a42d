package seats

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuotaDetail: the quota step says each method's own formula, Droop's
// a whole number ⌊total/(seats+1)⌋+1, not a fraction over 1. The votes
// are the first preferences of Belfast North, 2017 (40,357 valid, 5
// seats), as parties' totals would be split.
func TestQuotaDetail(t *testing.T) {
	for _, tc := range []struct {
		method Method
		want   string
	}{
		{Droop, "droop quota for 5 seats: ⌊40357/6⌋+1 = 6727"},
		{Hare, "hare quota for 5 seats: 40357/5 = 8071.40"},
		{HagenbachBischoff, "hagenbach_bischoff quota for 5 seats: 40357/6 = 6726.17"},
		{Imperiali, "imperiali quota for 5 seats: 40357/7 = 5765.29"},
	} {
		t.Run(string(tc.method), func(t *testing.T) {
			res, err := Apportion(entries(9000, 9000, 9000, 9000, 4357), Options{Seats: 5, Method: tc.method, Tie: Lots})
			require.NoError(t, err)
			var detail string
			for _, s := range res.Steps {
				if s.Kind == "quota" {
					detail = s.Detail
				}
			}
			assert.Equal(t, tc.want, detail)
		})
	}
}
