package validate_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// TestPublishedCandidateLeftOut: an okrug's published votes that leave
// out a candidate of the recount, its winner here, are a finding (S322),
// and its winner, with an outcome published and no winner, is not
// evaluated (S308); published write-ins the recount has no choice of are
// not evaluated, never a candidate "not in the okrug" (S315).
func TestPublishedCandidateLeftOut(t *testing.T) {
	rc := validate.Recount{Okrugs: []validate.RecountOkrug{{ID: "d", Winner: "h", Outcome: "elected", Votes: map[string]int64{"h": 806, "d": 94, "r": 18}}}}
	s := validate.Summary{Okrugs: []validate.PublishedOkrug{{ID: "d", Outcome: "elected", Votes: map[string]int64{"d": 94, "r": 18, validate.WriteIn: 2}}}}
	rep := validate.CheckPublished(s, rc, validate.PublishedRules{})
	require.Len(t, rep.Findings, 1)
	f := rep.Findings[0]
	require.Equal(t, validate.PublishedMissingCandidate, f.Code)
	require.Equal(t, validate.Warning, f.Severity)
	require.Equal(t, "h", f.Place.Candidate)
	require.Equal(t, "806", f.Want)
	require.Contains(t, f.Sentence("en"), "«h» has 806 votes in the recount, but the published summary gives the okrug's votes without it")
	var ne []string
	for _, n := range rep.NotEvaluated {
		ne = append(ne, string(n.Code)+": "+n.Reason)
	}
	require.Contains(t, ne, "S308: not published")
	require.Contains(t, ne, "S315: the recount has no write-in choice (ID write-in): the published write-ins are not compared")
	require.Equal(t, 3, rep.Compared.Figures) // d, r and the outcome
}
