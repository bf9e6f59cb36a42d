package shailoo_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// countGlasgow counts testdata/twoballots' Glasgow files (README.md) under
// the definition and rule set given there, changed by edit.
func countGlasgow(t *testing.T, edit func(*election.Election, *shailoo.Rules)) *shailoo.Result {
	t.Helper()
	const dir = "testdata/twoballots/"
	e, err := ingest.ReadElection(mustOpen(t, dir+"sp2016-glasgow.election.json"), "sp2016-glasgow.election.json")
	require.NoError(t, err)
	r, err := shailoo.ReadRules(mustOpen(t, dir+"sp2016.rules.json"), "sp2016.rules.json")
	require.NoError(t, err)
	if edit != nil {
		edit(e, &r)
	}
	var files []shailoo.CSVInput
	for _, f := range [][2]string{{"sp2016-glasgow-const.csv", "sp2016-const.mapping.json"}, {"sp2016-glasgow-list.csv", "sp2016-list.mapping.json"}} {
		m, err := ingest.ReadMappingFor(mustOpen(t, dir+f[1]), f[1], r.Protocol.Known)
		require.NoError(t, err)
		files = append(files, shailoo.CSVInput{Name: f[0], R: mustOpen(t, dir+f[0]), Mapping: m})
	}
	res, err := shailoo.CountCSV(e, r, files, shailoo.Options{})
	require.NoError(t, err)
	return res
}

// A list protocol of a precinct that names its region and no okrug
// counts toward its region's list seats, and is not "in no defined region
// or okrug".
func TestListProtocolWithoutOkrugCountsInItsRegion(t *testing.T) {
	res := countGlasgow(t, nil)
	for _, u := range res.ProvisionalReasons {
		assert.NotEqual(t, shailoo.UnevaluatedUnplaced, u.Kind, u.Reason)
		assert.NotEqual(t, shailoo.UnevaluatedConstituency, u.Kind, u.Reason)
	}
	require.Len(t, res.Constituencies, 1)
	assert.Empty(t, res.Constituencies[0].NotEvaluated)
	assert.Equal(t, shailoo.ConstituencyList{ID: "snp", Votes: 111101, Seats: 4}, res.Constituencies[0].Lists[0])
}

// A region without a counted list protocol is not apportioned, and its
// lists' votes are not known: null in JSON, never 0.
func TestConstituencyVotesNotGivenAreNull(t *testing.T) {
	res := countGlasgow(t, func(e *election.Election, r *shailoo.Rules) {
		e.Regions = append(e.Regions, election.Region{ID: "Lothian"})
		e.Precincts = append(e.Precincts, election.Precinct{ID: "Lothian", Region: "Lothian"})
		r.Seats.List = 14
		r.List.SeatsByRegion = map[string]int{"Glasgow": 7, "Lothian": 7}
	})
	require.Len(t, res.Constituencies, 2)
	glasgow, lothian := res.Constituencies[0], res.Constituencies[1]
	assert.Empty(t, glasgow.NotEvaluated)
	assert.Equal(t, "no counted list protocol of the region", lothian.NotEvaluated)
	for _, l := range lothian.Lists {
		assert.True(t, l.VotesNotGiven, l.ID)
	}
	b, err := json.Marshal(res.Constituencies)
	require.NoError(t, err)
	var back []struct {
		Region string `json:"region"`
		Lists  []struct {
			ID    string `json:"id"`
			Votes *int64 `json:"votes"`
		} `json:"lists"`
	}
	require.NoError(t, json.Unmarshal(b, &back))
	require.NotNil(t, back[0].Lists[0].Votes)
	assert.Equal(t, int64(111101), *back[0].Lists[0].Votes)
	for _, l := range back[1].Lists {
		assert.Nil(t, l.Votes, "Lothian %s: votes not given, written %s", l.ID, b)
	}
}
