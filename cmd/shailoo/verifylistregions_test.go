package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// Guyana's District One as GECOM declared it, each list's votes in
// region 1 ("regions" on the list), against the NDC rows of that region
// (testdata/published/real): PPP/C's 9,030 and APNU's 469 are the
// recount's, WIN's 5,716 is 2 above it (S321), and FGM's 75 and AFC's 35
// are in the file's pooled "rest", not in their own rows. Every figure is
// counted under the compared ones.
func TestVerifyListRegions(t *testing.T) {
	d := repo + "testdata/published/real/"
	verify := func(args ...string) (string, string, int) {
		return cli(t, append([]string{"verify", "--rules", d + "gy2025-test-rules.json", "--protocols", d + "EDITED-gy2025-ndc-long-r1r7.csv",
			"--mapping", d + "gy2025-mapping.json", "--published", d + "gy2025-district1-published.json"}, args...)...)
	}
	out, _, code := verify()
	require.Equal(t, exitFindings, code, out)
	require.Regexp(t, `S321 +error +region 1, list WIN, line votes +5714 +5716 +\+2 +List «WIN»: in region 1, published 5716 votes, recount 5714 \(gap \+2\)\.`, out)
	require.Contains(t, out, "S321: 5 compared, 2 matched")

	out, _, _ = verify("--lang", "ru")
	require.Contains(t, out, "в регионе 1 опубликовано голосов: 5716, по пересчёту: 5714 (разница +2)")

	out, _, _ = verify("--format", "json")
	var rep validate.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	var got []string
	for _, f := range rep.Findings {
		if f.Code == validate.PublishedListRegionVotes {
			got = append(got, f.Place.Party+" "+f.Want+" "+f.Got)
		}
	}
	require.Equal(t, []string{"afc 0 35", "fgm 0 75", "win 5714 5716"}, got)
	require.Contains(t, rep.Compared.Checks, validate.ComparedCheck{Code: validate.PublishedListRegionVotes, Figures: 5, Matched: 2})
}
