package shailoo_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/threshold"
)

// huescaVoxNegative is the Huesca row of the Congreso 2023 file
// (testdata/spain2023) with VOX's 15155 made -15155: a SYNTHETIC-EDITED
// figure, not a result.
func huescaVoxNegative(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/spain2023/" + file)
	require.NoError(t, err)
	const real, edited = "Huesca;119895;118678;1217;45783;40307;15155;", "Huesca;119895;118678;1217;45783;40307;-15155;"
	require.Contains(t, string(b), real)
	return strings.Replace(string(b), real, edited, 1)
}

// countSpainText counts the file text under testdata/spain2023's mapping
// and rule set, the rule set changed by rules (nil: as it is).
func countSpainText(t *testing.T, text string, rules func(*shailoo.Rules)) (*shailoo.Result, error) {
	t.Helper()
	r, err := shailoo.ReadRules(mustOpen(t, "testdata/spain2023/rules.json"), "rules.json")
	require.NoError(t, err)
	if rules != nil {
		rules(&r)
	}
	m, err := ingest.ReadMappingFor(mustOpen(t, "testdata/spain2023/mapping.json"), "mapping.json", r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "mapping.json")
	require.NoError(t, err)
	return shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "es.csv", R: strings.NewReader(text), Mapping: m}}, shailoo.Options{Notes: notes})
}

// A negative figure of a list where the seats are given per constituency
// (Spain's 52 provinces) is its province's: only that constituency is not
// apportioned, and the others' seats are the count's without the edit.
// Under a national threshold of 0% the list's entry rests on no base, so
// neither a base of votes (which sums the negative figure) nor one of a
// line keeps the other 347 seats from being given; a national threshold
// of 3% of the votes, which sums it, leaves every list's entry open.
func TestNegativeFigureOneConstituency(t *testing.T) {
	const file = "es-congreso2023-provinces-wide.csv"
	b, err := os.ReadFile("testdata/spain2023/" + file)
	require.NoError(t, err)
	edited := huescaVoxNegative(t, file)
	for name, rules := range map[string]func(*shailoo.Rules){
		"base votes":            nil,
		"base valid":            func(r *shailoo.Rules) { r.Threshold.Base = threshold.Valid },
		"more than 0% of votes": func(r *shailoo.Rules) { r.Threshold.Comparison = threshold.MoreThan },
	} {
		t.Run(name, func(t *testing.T) {
			whole, err := countSpainText(t, string(b), rules)
			require.NoError(t, err)
			res, err := countSpainText(t, edited, rules)
			require.NoError(t, err)
			want := listSeatsWon(whole)
			for _, k := range whole.Constituencies {
				if k.Region == "Huesca" {
					for _, l := range k.Lists {
						want[l.ID] -= l.Seats
						if want[l.ID] == 0 {
							delete(want, l.ID)
						}
					}
				}
			}
			require.Equal(t, want, listSeatsWon(res))
			require.Equal(t, 347, res.Seats.List)
			for _, k := range res.Constituencies {
				require.Equal(t, k.Region == "Huesca", k.NotEvaluated != "", k.Region)
			}
			for _, l := range res.Lists {
				if l.ID == "vox" {
					require.Equal(t, threshold.Passed, l.National.Status, l.National.Reason)
					require.Contains(t, l.National.Reason, "without the votes of regions Huesca")
				}
			}
			for _, u := range res.ProvisionalReasons {
				require.Equal(t, []string{"list@Huesca"}, u.Affects, u.Kind)
			}
		})
	}
	t.Run("3% of votes", func(t *testing.T) {
		res, err := countSpainText(t, edited, func(r *shailoo.Rules) { r.Threshold.Percent = decimal.NewFromInt(3) })
		require.NoError(t, err)
		require.Zero(t, res.Seats.List) // the base sums the negative figure
		var affects []string
		for _, u := range res.ProvisionalReasons {
			if u.Kind == shailoo.UnevaluatedNegative {
				affects = u.Affects
			}
		}
		require.Equal(t, []string{"list"}, affects)
	})
}

// A negative figure does not skip the rule set's check of the regions:
// three provinces under the 52 provinces' seats are an error with it as
// without it.
func TestNegativeFigureChecksConstituencies(t *testing.T) {
	for _, text := range []string{huescaVoxNegative(t, "es-congreso2023-3prov-wide.csv"), string(must(os.ReadFile("testdata/spain2023/es-congreso2023-3prov-wide.csv")))} {
		_, err := countSpainText(t, text, nil)
		var re *shailoo.RulesError
		require.True(t, errors.As(err, &re), "%v", err)
		require.Equal(t, "list.seats_by_region", re.Field)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
