package validate_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// A list's votes in each region as published (a district's declaration,
// Guyana's District One) are checked against the recount's list votes
// there (S321), each figure counted under the compared ones: a matched
// figure, a gap, a region the recount does not have (a finding that lists
// the recount's regions, never skipped), a region where no counted
// protocol gives the list's votes and a partial sum at or below the
// published figure (not evaluated), and a recount without regions (not
// evaluated).
func TestCheckPublishedListRegions(t *testing.T) {
	rc := validate.Recount{
		Lists: []validate.RecountList{{ID: "pppc", Votes: 10788}, {ID: "win", Votes: 9334}, {ID: "afc", Votes: 0}},
		ListRegions: map[string]validate.RecountRegion{
			"1": {Votes: map[string]int64{"pppc": 9030, "win": 5714}, VotesMissing: map[string]int{"afc": 5}},
			"7": {Votes: map[string]int64{"pppc": 1758, "win": 3620}, VotesMissing: map[string]int{"pppc": 1}},
		},
	}
	votes := func(n int64) *int64 { return &n }
	s := validate.Summary{Lists: []validate.PublishedList{
		{ID: "pppc", Regions: map[string]int64{"1": 9030, "7": 3167}},
		{ID: "win", Votes: votes(9334), Regions: map[string]int64{"1": 5716, "11": 5}},
		{ID: "afc", Regions: map[string]int64{"1": 35}},
	}}
	rep := validate.CheckPublished(s, rc, kg2021)
	var got []string
	for _, f := range rep.Findings {
		if f.Code == validate.PublishedListRegionVotes {
			got = append(got, f.Place.Region+" "+f.Place.Party+" "+f.Want+" "+f.Got+" "+f.Message().En)
		}
	}
	require.Equal(t, []string{
		"1 win 5714 5716 List «win»: in region 1, published 5716 votes, recount 5714 (gap +2).",
		"11 win none (not a region of the recount) 5 List «win»: region «11» is not a region of the recount (its regions: 1, 7): published 5 votes there.",
	}, got)
	require.Contains(t, rep.Compared.Checks, validate.ComparedCheck{Code: validate.PublishedListRegionVotes, Figures: 3, Matched: 1})
	var why []string
	for _, n := range rep.NotEvaluated {
		if n.Code == validate.PublishedListRegionVotes {
			why = append(why, n.Reason)
		}
	}
	require.Len(t, why, 2)
	require.Contains(t, strings.Join(why, "\n"), `no counted protocol of the region gives the votes of "afc" (5 do not)`)
	require.Contains(t, strings.Join(why, "\n"), `the recount's votes of "pppc" are a partial sum`)

	// A partial sum above the published figure disagrees.
	s.Lists[0].Regions["7"] = 1000
	rep = validate.CheckPublished(s, rc, kg2021)
	require.Contains(t, rep.Compared.Checks, validate.ComparedCheck{Code: validate.PublishedListRegionVotes, Figures: 4, Matched: 1})

	// A recount that knows no regions: not evaluated, never passed.
	rc.ListRegions = nil
	rep = validate.CheckPublished(s, rc, kg2021)
	for _, f := range rep.Findings {
		require.NotEqual(t, validate.PublishedListRegionVotes, f.Code)
	}
	for _, k := range rep.Compared.Checks {
		require.NotEqual(t, validate.PublishedListRegionVotes, k.Code)
	}
	n := rep.NotEvaluated[len(rep.NotEvaluated)-1]
	require.Equal(t, validate.PublishedListRegionVotes, n.Code)
	require.Equal(t, "the recount does not give the lists' votes by region (the mapping maps no region, nor does the definition define any)", n.Reason)
	require.Equal(t, 3, n.Count)
	require.Equal(t, "afc", n.First.Party) // places sort by list
}

// ReadSummary reads a list's "regions", region ID to votes, strictly.
func TestReadSummaryListRegions(t *testing.T) {
	s, err := validate.ReadSummary(strings.NewReader(`{"lists": [{"id": "win", "regions": {"1": 5716}}]}`), "s.json")
	require.NoError(t, err)
	require.Equal(t, map[string]int64{"1": 5716}, s.Lists[0].Regions)
	_, err = validate.ReadSummary(strings.NewReader(`{"lists": [{"id": "win", "regions": {"1": 5716.5}}]}`), "s.json")
	var se *validate.SummaryError
	require.ErrorAs(t, err, &se)
	require.Equal(t, "lists[0].regions.1", se.Field)
}
