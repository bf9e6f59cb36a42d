package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
)

// A mixed election counted from two files, one per ballot, each with its
// mapping (testdata/twoballots/README.md).
const twoBallots = repo + "testdata/twoballots/"

// countTwoBallots counts args (paths under testdata/twoballots) as JSON.
func countTwoBallots(t *testing.T, args ...string) *shailoo.Result {
	t.Helper()
	for i, a := range args {
		if strings.HasSuffix(a, ".csv") || strings.HasSuffix(a, ".json") {
			args[i] = twoBallots + a
		}
	}
	out, errOut, code := cli(t, append([]string{"count", "--format", "json"}, args...)...)
	require.NotEqual(t, exitUsage, code, errOut)
	var res shailoo.Result
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	return &res
}

func reasonKinds(res *shailoo.Result) []string {
	var kinds []string
	for _, u := range res.ProvisionalReasons {
		kinds = append(kinds, u.Kind)
	}
	return kinds
}

// The list file names each region's precinct and no okrug: its protocol
// counts toward its region's list seats (the list ballot needs a region,
// not an okrug), with a definition given and without one.
func TestTwoBallotsListProtocolOfARegion(t *testing.T) {
	for name, def := range map[string][]string{
		"definition": {"--election", "sp2016-glasgow.election.json"},
		"inferred":   nil,
	} {
		t.Run(name, func(t *testing.T) {
			args := append(def, "--protocols", "sp2016-glasgow-const.csv", "--mapping", "sp2016-const.mapping.json",
				"--protocols", "sp2016-glasgow-list.csv", "--mapping", "sp2016-list.mapping.json", "--rules", "sp2016.rules.json")
			res := countTwoBallots(t, args...)
			kinds := reasonKinds(res)
			assert.NotContains(t, kinds, shailoo.UnevaluatedUnplaced)
			assert.NotContains(t, kinds, shailoo.UnevaluatedConstituency)
			require.Len(t, res.Constituencies, 1)
			k := res.Constituencies[0]
			assert.Empty(t, k.NotEvaluated)
			won := map[string]int{}
			for _, l := range k.Lists {
				assert.False(t, l.VotesNotGiven, l.ID)
				if l.Seats > 0 {
					won[l.ID] = l.Seats
				}
			}
			// Plain d'Hondt on 111,101 / 59,151 / 29,533 / 23,398 ...
			assert.Equal(t, map[string]int{"snp": 4, "lab": 2, "con": 1}, won)
			require.Len(t, res.Okrugs, 2)
			assert.Equal(t, "bill-kidd", res.Okrugs[0].Winner)
		})
	}
}

// Two mappings of two ballots without a definition: each ballot's choices
// come from its own mapping, whichever comes first; a precinct that the
// first file names without an okrug has the one the second file names
// (one file of the Knesset and the Prime Minister read by two mappings).
func TestTwoBallotsInferredFromEachMapping(t *testing.T) {
	const const_, list = "sp2016-glasgow-const.csv", "sp2016-glasgow-list.csv"
	for name, args := range map[string][]string{
		"okrug first": {"--protocols", const_, "--mapping", "sp2016-const.mapping.json", "--protocols", list, "--mapping", "sp2016-list.mapping.json"},
		"list first":  {"--protocols", list, "--mapping", "sp2016-list.mapping.json", "--protocols", const_, "--mapping", "sp2016-const.mapping.json"},
	} {
		t.Run(name, func(t *testing.T) {
			res := countTwoBallots(t, append(args, "--rules", "sp2016.rules.json")...)
			assert.Len(t, res.Lists, 13)
			assert.Len(t, res.Okrugs, 2)
			assert.Equal(t, 7, res.Seats.List)
		})
	}
	for name, skip := range map[string][]string{"streamed": nil, "read whole": {"--skip-bad-rows"}} {
		t.Run("one file, two mappings, "+name, func(t *testing.T) {
			res := countTwoBallots(t, append(skip, "--protocols", "il1999-results15-cut.csv", "--mapping", "il1999-knesset.mapping.json",
				"--protocols", "il1999-results15-cut.csv", "--mapping", "il1999-pm.mapping.json", "--rules", "il1999.rules.json")...)
			assert.Empty(t, res.ProvisionalReasons)
			require.Len(t, res.Okrugs, 1)
			assert.Equal(t, "PM", res.Okrugs[0].Okrug)
			for _, f := range res.Findings.Findings {
				assert.NotContains(t, []string{"X217", "I605"}, string(f.Code), f.Message().En)
			}
			// The three rows' Prime Minister votes, all counted in the okrug: Barak 118 + 129 + 321.
			assert.Equal(t, "barak", res.Okrugs[0].Winner)
			assert.Equal(t, int64(118+129+321), res.Okrugs[0].LeaderVotes)
		})
	}
}
