package shailoo_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// countReferendum counts csv with testdata/referendum's mapping and rule
// set (one list seat, "more than 50%" of the valid votes).
func countReferendum(t *testing.T, csv string) *shailoo.Result {
	t.Helper()
	rules, err := shailoo.ReadRules(strings.NewReader(readFile(t, "testdata/referendum/rules.json")), "rules.json")
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, "testdata/referendum/mapping.json")), "mapping.json", rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "mapping.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "tie.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// A referendum's two answers at exactly half of the valid votes under a
// threshold of "more than 50%": neither passes, and the count says it is a
// tie (tester R: "no list passed the threshold", both at 50.00%, and never
// the word tie). One vote moved gives the answer a majority: the boundary.
func TestReferendumTieAtHalf(t *testing.T) {
	csv := readFile(t, "testdata/referendum/SYNTHETIC-EDITED-uk-euref2016-tie.csv")
	res := countReferendum(t, csv)
	if res.Seats.List != 0 || res.Seats.ListUnfilled != 1 || res.Seats.ListUnfilledWhy != "threshold_tie" {
		t.Errorf("seats %+v, want the seat unfilled, why threshold_tie", res.Seats)
	}
	if !slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.Contains(n, "Leave and Remain tie at exactly half of the base, 121837 of 243674 votes each")
	}) {
		t.Errorf("notes %q: want the tie named", res.Notes)
	}
	var text bytes.Buffer
	require.NoError(t, report.Text(&text, res, report.English))
	if !strings.Contains(text.String(), "two lists tie at exactly half of the base") {
		t.Errorf("the text report does not say it is a tie:\n%s", text.String())
	}

	// Remain one vote more, Leave one less: Remain has more than half.
	const from, to = ",57852,81108,", ",57853,81107,"
	require.Contains(t, csv, from)
	res = countReferendum(t, strings.Replace(csv, from, to, 1))
	if res.Seats.List != 1 || res.Seats.ListUnfilled != 0 {
		t.Errorf("one vote more: seats %+v, want the seat filled", res.Seats)
	}
	for _, n := range res.Notes {
		if strings.Contains(n, " tie ") {
			t.Errorf("one vote more: note %q speaks of a tie", n)
		}
	}
}
