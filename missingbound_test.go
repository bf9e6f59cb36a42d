package shailoo_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// A published figure of a candidate whose votes one box does not give
// (the Maldives 2024, G03: 740 counted, at most 2 missing): above the
// count and the most missing (750 > 742) it is refuted, an error with the
// bound; within it (742) it is neither confirmed nor refuted; below the
// count (739) it is refuted as before.
func TestVerifyAboveMissingBound(t *testing.T) {
	const dir, file, mapping = "testdata/missingbound/", "mv2024-g03-boxes.csv", "mv2024-g03.mapping.json"
	r := fptpRulesForBound(t)
	res := countMapped(t, dir, file, mapping, "", r)
	o := res.Okrugs[0]
	const shamin = "mohamed-shamin-habeeb-ind"
	require.Equal(t, int64(2), o.VotesMissingAtMost[shamin])

	verify := func(v int64) ([]validate.Finding, []string) {
		rep := shailoo.Verify(res, validate.Summary{Okrugs: []validate.PublishedOkrug{{ID: o.Okrug, Votes: map[string]int64{shamin: v}}}})
		var fs []validate.Finding
		for _, f := range rep.Findings {
			if f.Code == validate.PublishedOkrugVotes {
				fs = append(fs, f)
			}
		}
		return fs, reasonsOfCode(rep, validate.PublishedOkrugVotes)
	}
	fs, ne := verify(750)
	require.Len(t, fs, 1)
	require.Equal(t, validate.Error, fs[0].Severity)
	require.Equal(t, "<= 742", fs[0].Want)
	require.Equal(t, int64(8), fs[0].Gap)
	require.Contains(t, fs[0].Sentence("en"), "recount's 740")
	require.Empty(t, ne)

	fs, ne = verify(742)
	require.Empty(t, fs)
	require.Len(t, ne, 1)

	fs, _ = verify(739)
	require.Len(t, fs, 1)
	require.Equal(t, int64(-1), fs[0].Gap)
}

// fptpRulesForBound reads examples/fptp/rules.json.
func fptpRulesForBound(t *testing.T) shailoo.Rules {
	t.Helper()
	f, err := os.Open("examples/fptp/rules.json")
	require.NoError(t, err)
	defer f.Close()
	r, err := shailoo.ReadRules(f, "rules.json")
	require.NoError(t, err)
	return r
}

// reasonsOfCode returns the reasons rep gives for not evaluating c.
func reasonsOfCode(rep validate.Report, c validate.Code) []string {
	var out []string
	for _, n := range rep.NotEvaluated {
		if n.Code == c {
			out = append(out, n.Reason)
		}
	}
	return out
}
