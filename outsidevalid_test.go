package shailoo_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// countNota counts a file of testdata/nota (Mumbai North West, Lok Sabha
// 2024, the Commission's report 33) under r.
func countNota(t *testing.T, file string, r shailoo.Rules) *shailoo.Result {
	t.Helper()
	return countMapped(t, "testdata/nota/", file, "mumbai-nw.mapping.json", "", r)
}

// India's valid votes are the candidates' alone, NOTA outside them:
// under examples/india (against_all_outside_valid) the Commission's
// figures pass P103 and the seat, won by 48 votes, is not provisional;
// the kg2021 reading of the same form (NOTA inside valid) finds P103 short
// by NOTA's 15,161 and makes the seat provisional. A candidate's votes
// edited +100 fail P103 by 100 under either.
func TestAgainstAllOutsideValidIndia(t *testing.T) {
	const real = "in-ls2024-r33-mumbai-nw.csv"
	p103 := func(res *shailoo.Result) []validate.Finding {
		var out []validate.Finding
		for _, f := range res.Findings.Findings {
			if f.Code == validate.ValidBalance {
				out = append(out, f)
			}
		}
		return out
	}
	r := indiaRules(t)
	require.True(t, r.Protocol.Ballots[election.OkrugBallot].AgainstAllOutsideValid)

	res := countNota(t, real, r)
	require.Empty(t, p103(res))
	o := res.Okrugs[0]
	require.Equal(t, "ravindra-dattaram-waikar", o.Winner)
	require.Equal(t, int64(452644), o.LeaderVotes)
	require.Equal(t, int64(15161), o.AgainstAll)
	require.False(t, o.Provisional)
	require.False(t, res.Provisional)

	inside := indiaRules(t)
	b := inside.Protocol.Ballots[election.OkrugBallot]
	b.AgainstAllOutsideValid = false
	inside.Protocol.Ballots[election.OkrugBallot] = b
	res = countNota(t, real, inside)
	fs := p103(res)
	require.Len(t, fs, 1)
	require.Equal(t, int64(-15161), fs[0].Gap)
	require.True(t, res.Okrugs[0].Provisional)

	res = countNota(t, "SYNTHETIC-EDITED-in-ls2024-r33-mumbai-nw-more-3273.csv", r)
	fs = p103(res)
	require.Len(t, fs, 1)
	require.Equal(t, int64(-100), fs[0].Gap)
	require.Equal(t, "939878", fs[0].Want)
	require.Contains(t, fs[0].Sentence("en"), "valid ballots 939778, but votes − votes against all = 939878 (gap -100)")
	require.True(t, res.Okrugs[0].Provisional)
}
