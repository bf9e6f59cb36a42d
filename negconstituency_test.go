package shailoo_test

import (
	"encoding/json"
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

// navarraUPNNegative is the provinces file (testdata/spain2023) with
// UPN's 52188 in Navarra, the only province where it stood, made -52188:
// a SYNTHETIC-EDITED figure, not a result. UPN's votes elsewhere are
// none (empty cells: not on the ballot).
func navarraUPNNegative(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/spain2023/es-congreso2023-provinces-wide.csv")
	require.NoError(t, err)
	const real, edited = ";52188;", ";-52188;"
	require.Equal(t, 1, strings.Count(string(b), real))
	require.Contains(t, string(b), "\nNavarra;")
	return strings.Replace(string(b), real, edited, 1)
}

// A list whose only votes are a negative figure of one constituency (UPN
// in Navarra): under "at least 0%" it passes on its votes elsewhere (0),
// under "more than 0%" 0 does not pass and its verdict is not evaluated;
// either way that constituency is not apportioned (it rests on the
// figure whatever the verdict), the others are, and what is provisional
// names the finding that fired (P106), never X229 (no protocol lacks a
// figure). A verdict not evaluated has no needed nor margin (null).
func TestNegativeFigureNoVotesElsewhere(t *testing.T) {
	const file = "es-congreso2023-provinces-wide.csv"
	b, err := os.ReadFile("testdata/spain2023/" + file)
	require.NoError(t, err)
	edited := navarraUPNNegative(t)
	for name, c := range map[string]struct {
		rules  func(*shailoo.Rules)
		status threshold.Status
	}{
		"at least 0%":  {nil, threshold.Passed},
		"more than 0%": {func(r *shailoo.Rules) { r.Threshold.Comparison = threshold.MoreThan }, threshold.NotEvaluated},
	} {
		t.Run(name, func(t *testing.T) {
			whole, err := countSpainText(t, string(b), c.rules)
			require.NoError(t, err)
			res, err := countSpainText(t, edited, c.rules)
			require.NoError(t, err)
			want := listSeatsWon(whole)
			for _, k := range whole.Constituencies {
				if k.Region == "Navarra" {
					for _, l := range k.Lists {
						want[l.ID] -= l.Seats
						if want[l.ID] == 0 {
							delete(want, l.ID)
						}
					}
				}
			}
			require.Equal(t, want, listSeatsWon(res))
			for _, k := range res.Constituencies {
				require.Equal(t, k.Region == "Navarra", k.NotEvaluated != "", k.Region)
				if k.Region == "Navarra" {
					require.Contains(t, k.NotEvaluated, "upn")
					require.Contains(t, k.NotEvaluated, "P106")
				}
			}
			for _, l := range res.Lists {
				if l.ID != "upn" {
					continue
				}
				require.Equal(t, c.status, l.National.Status, l.National.Reason)
				js, err := json.Marshal(l.National)
				require.NoError(t, err)
				if c.status == threshold.NotEvaluated {
					require.Contains(t, string(js), `"needed":null,"margin":null,`)
				}
			}
			kinds := map[string]bool{}
			for _, u := range res.ProvisionalReasons {
				kinds[u.Kind] = true
				require.Equal(t, []string{"list@Navarra"}, u.Affects, u.Kind)
				require.NotContains(t, u.Reason, "X229", u.Kind)
			}
			require.Equal(t, map[string]bool{shailoo.UnevaluatedNegative: true, shailoo.UnevaluatedConstituency: true}, kinds)
		})
	}
}

// countNegZero counts a file of testdata/negzero (a reviewer's synthetic
// case: a list X at -5 in region A, 0 or 70 in region B) with its
// mapping and rule set.
func countNegZero(t *testing.T, file, mapping, rules string) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(mustOpen(t, "testdata/negzero/"+rules), rules)
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(mustOpen(t, "testdata/negzero/"+mapping), mapping, r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: mustOpen(t, "testdata/negzero/"+file), Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// The reviewer's cases: X at -5 in A and 0 in B under "more than 0%" (not
// evaluated) leaves A unapportioned, as X at -5 in A and 70 in B under
// "at least 0%" (passed) does; B is apportioned in both.
func TestNegativeFigureZeroElsewhereSynthetic(t *testing.T) {
	for _, c := range []struct {
		name, file, mapping, rules string
		status                     threshold.Status
		seatsB                     map[string]int
		lists                      map[string]int
	}{
		{"more than 0%", "SYNTHETIC-more-than-zero.csv", "mapping-more-than.json", "rules-more-than.json", threshold.NotEvaluated,
			map[string]int{"y": 1, "z": 1}, map[string]int{"y": 1, "z": 1}},
		{"at least 0%", "SYNTHETIC-at-least.csv", "mapping-at-least.json", "rules-at-least.json", threshold.Passed,
			map[string]int{"x": 1, "y": 1}, map[string]int{"x": 1, "y": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := countNegZero(t, c.file, c.mapping, c.rules)
			require.Equal(t, c.lists, listSeatsWon(res))
			require.Len(t, res.Constituencies, 2)
			a, bk := res.Constituencies[0], res.Constituencies[1]
			require.Equal(t, "A", a.Region)
			require.Equal(t, "a counted protocol of region A gives a negative figure of the votes of x (finding P106, precinct p1) (findings P106)", a.NotEvaluated)
			for _, l := range a.Lists {
				require.Zero(t, l.Seats, l.ID)
			}
			require.Equal(t, "B", bk.Region)
			require.Empty(t, bk.NotEvaluated)
			got := map[string]int{}
			for _, l := range bk.Lists {
				got[l.ID] = l.Seats
			}
			require.Equal(t, c.seatsB, got)
			require.Equal(t, c.status, res.Lists[0].National.Status)
			var kinds []string
			for _, u := range res.ProvisionalReasons {
				kinds = append(kinds, u.Kind)
				require.Equal(t, []string{"list@A"}, u.Affects, u.Kind)
				require.NotContains(t, u.Reason, "X229", u.Kind)
			}
			require.Equal(t, []string{shailoo.UnevaluatedNegative, shailoo.UnevaluatedConstituency}, kinds)
		})
	}
}

// A national threshold above 0% over a base that does not sum the
// negative figure (3% of the valid votes, a line): VOX's entry is not
// evaluated, every list seat rests on it, and Huesca, where the figure
// is, is not apportioned whatever the verdict, as under 0%.
func TestNegativeFigureThresholdOfALine(t *testing.T) {
	res, err := countSpainText(t, huescaVoxNegative(t, "es-congreso2023-provinces-wide.csv"), func(r *shailoo.Rules) {
		r.Threshold.Percent = decimal.NewFromInt(3)
		r.Threshold.Base = threshold.Valid
	})
	require.NoError(t, err)
	require.Equal(t, 347, res.Seats.List)
	for _, k := range res.Constituencies {
		require.Equal(t, k.Region == "Huesca", k.NotEvaluated != "", k.Region)
	}
	for _, l := range res.Lists {
		if l.ID == "vox" {
			require.Equal(t, threshold.NotEvaluated, l.National.Status)
		}
	}
	affects := map[string][]string{}
	for _, u := range res.ProvisionalReasons {
		affects[u.Kind] = u.Affects
	}
	require.Equal(t, map[string][]string{shailoo.UnevaluatedNegative: {"list"}, shailoo.UnevaluatedConstituency: {"list@Huesca"}}, affects)
}
