package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
)

// countNiger counts a file of testdata/majoritymissing (Niger 2020, four
// communes of Agadez) under its rule set, rows that cannot be read
// skipped.
func countNiger(t *testing.T, file string) *shailoo.Result {
	t.Helper()
	const dir, mapping = "testdata/majoritymissing/", "niger.mapping.json"
	rf, err := os.Open(dir + "rules.json")
	require.NoError(t, err)
	defer rf.Close()
	r, err := shailoo.ReadRules(rf, "rules.json")
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, dir+mapping)), mapping, r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	f, err := os.Open(dir + file)
	require.NoError(t, err)
	defer f.Close()
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, shailoo.Options{Notes: notes, SkipBadRows: true})
	require.NoError(t, err)
	return res
}

// Bazoum's 25,650 of the 49,079 valid ballots are more than half of them;
// with Souleymane Garba's ARLIT votes unreadable (at most 100), the base
// of the majority, a line the protocols give, does not move, and no vote
// not given can take the winner below it or a rival past him: the okrug
// is provisional (its sums are partial), but the votes not given cannot
// change it (before, under a majority rule, it said they could).
func TestMajorityBeyondMissingVotes(t *testing.T) {
	res := countNiger(t, "ne-pres2020-t1-agadez4.csv")
	o := res.Okrugs[0]
	require.Equal(t, seats.OutcomeElected, o.Outcome)
	require.Equal(t, "mohamed-bazoum", o.Winner)
	require.Equal(t, int64(49079), o.MajorityBase)
	require.Empty(t, o.Overturn)

	res = countNiger(t, "SYNTHETIC-EDITED-ne-pres2020-t1-agadez4-1OO.csv")
	o = res.Okrugs[0]
	require.Equal(t, seats.OutcomeElected, o.Outcome)
	require.Equal(t, "mohamed-bazoum", o.Winner)
	require.Equal(t, int64(25650), o.LeaderVotes)
	require.Equal(t, int64(49079), o.MajorityBase)
	require.Equal(t, int64(100), o.VotesMissingAtMost["souleymane-garba"])
	require.True(t, o.Provisional)
	require.Equal(t, shailoo.OverturnCannot, o.Overturn)
}
