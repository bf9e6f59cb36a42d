package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// countSilent counts testdata/silent/<file> under the mapping
// testdata/silent/<mapping> and rule set r, the definition inferred from
// the mapping.
func countSilent(t *testing.T, file, mapping string, r shailoo.Rules) *shailoo.Result {
	t.Helper()
	const dir = "testdata/silent/"
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, dir+mapping)), mapping, r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	f, err := os.Open(dir + file)
	require.NoError(t, err)
	defer f.Close()
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// reasonKinds are the kinds of res's provisional reasons.
func reasonKinds(res *shailoo.Result) []string {
	var out []string
	for _, u := range res.ProvisionalReasons {
		out = append(out, u.Kind)
	}
	return out
}

// Sierra Leone's 2018 run-off, two districts and their total
// (SYNTHETIC-EDITED, testdata/silent): the total row names no region, so
// the tally counts it in no okrug's sums: the okrug is decided without it
// (Bio 330,734, not twice), which the unplaced reason says; no reason may
// say the okrug counts its rows' votes twice, and a note says what
// happened to the total row.
func TestTotalRowUnplacedNotCountedTwice(t *testing.T) {
	res := countSilent(t, "SYNTHETIC-EDITED-sl2018-r2-total-noregion.csv", "sl2018-total.map.json", fptpRules(t))
	require.Len(t, res.Okrugs, 1)
	require.Equal(t, "bio", res.Okrugs[0].Winner)
	kinds := reasonKinds(res)
	require.Contains(t, kinds, shailoo.UnevaluatedUnplaced)
	require.NotContains(t, kinds, shailoo.UnevaluatedTotalRows)
	require.True(t, slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.Contains(n, "no okrug's sums count them, so the okrugs were decided without their votes, not with them twice")
	}), "notes: %q", res.Notes)
}
