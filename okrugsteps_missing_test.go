package shailoo_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
)

// An okrug's step of a candidate's votes that no counted protocol gives
// has no value (never "0", which reads as a count), and a partial sum's
// step says that it is one, in the okrug's steps and the transcript's,
// as the okrug's VotesMissing does.
func TestOkrugStepsOfMissingVotes(t *testing.T) {
	e := &election.Election{ID: "tiny-okrug", Name: "Tiny okrug",
		Okrugs: []election.Okrug{{ID: "1", Name: "One", Candidates: []election.Candidate{
			{ID: "x", Name: "X", Position: 1}, {ID: "y", Name: "Y", Position: 2}, {ID: "w", Name: "Write-ins", Position: 3}}}},
		Precincts: []election.Precinct{{ID: "p1", Okrug: "1"}, {ID: "p2", Okrug: "1"}}}
	e.Protocols = []election.Protocol{
		{Precinct: "p1", Ballot: election.OkrugBallot, Votes: map[string]int64{"x": 60, "y": 40}},
		{Precinct: "p2", Ballot: election.OkrugBallot, Votes: map[string]int64{"x": 10}}, // y partial, w never given
	}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "fptp", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"}, "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "fptp.json")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	require.Len(t, res.Okrugs, 1)
	o := res.Okrugs[0]
	require.Equal(t, map[string]int{"y": 1, "w": 2}, o.VotesMissing)
	for _, steps := range [][]election.Step{o.Steps, res.Steps} {
		got := map[string]election.Step{}
		for _, s := range steps {
			if s.Kind == "candidate" {
				got[s.Subject] = s
			}
		}
		require.Equal(t, "70", got["x"].Value)
		require.NotContains(t, got["x"].Detail, "partial")
		require.Equal(t, "40", got["y"].Value)
		require.Contains(t, got["y"].Detail, "partial sum: 1 counted protocols do not give them")
		require.Empty(t, got["w"].Value)
		require.Contains(t, got["w"].Detail, "votes not given (2 counted protocols")
	}
}
