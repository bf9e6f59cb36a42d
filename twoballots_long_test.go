package shailoo_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// countHungaryLong counts testdata/twoballots' Hungarian long file
// (README.md): both ballots of two polling stations, a row per ballot and
// choice, "empty_votes": "not_on_ballot".
func countHungaryLong(t *testing.T) *shailoo.Result {
	t.Helper()
	const dir = "testdata/twoballots/"
	e, err := ingest.ReadElection(mustOpen(t, dir+"hu2022-bp06.election.json"), "hu2022-bp06.election.json")
	require.NoError(t, err)
	r, err := shailoo.ReadRules(mustOpen(t, dir+"hu2022.rules.json"), "hu2022.rules.json")
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(mustOpen(t, dir+"hu2022-long.mapping.json"), "hu2022-long.mapping.json", r.Protocol.Known)
	require.NoError(t, err)
	res, err := shailoo.CountCSV(e, r, []shailoo.CSVInput{{Name: "hu2022-bp06-long-cut.csv", R: mustOpen(t, dir+"hu2022-bp06-long-cut.csv"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	return res
}

// A long file's row gives one choice of one ballot: under "empty_votes":
// "not_on_ballot", the candidates (named by the constituency ballot's
// rows alone) are not on the list ballot's protocols and the lists not on
// the constituency's, so no 0 is invented for them and neither X209 nor
// X210 is found (the testers' cut of Hungary 2022 had 12 such errors);
// a list of the list ballot that no row of a protocol names (station
// 003's nationality lists) is still 0 there, not on its ballot.
func TestLongTwoBallotsNotOnBallot(t *testing.T) {
	res := countHungaryLong(t)
	for _, f := range res.Findings.Findings {
		require.NotContains(t, []validate.Code{validate.Code("X209"), validate.Code("X210"), validate.Code("X229")}, f.Code, f.Message().En)
	}
	require.Equal(t, 0, res.Findings.Errors())
	votes := map[string]int64{}
	for _, l := range res.Lists {
		votes[l.ID] = l.Votes
	}
	require.Equal(t, map[string]int64{"l1-950": 439, "l2-955": 11, "l3-951": 51, "l4-954": 15, "l5-942": 31, "l6-952": 357, "nemz": 1}, votes)
	require.Len(t, res.Okrugs, 1)
	require.Equal(t, "c3-72026", res.Okrugs[0].Winner)
	require.Equal(t, map[string]int64{"c1-72398": 47, "c2-72543": 17, "c3-72026": 456, "c4-72131": 349, "c5-72508": 31}, res.Okrugs[0].CandidateVotes)
	// One choice read as 0: station 003's nationality lists, named by no
	// row of its list protocol.
	require.Contains(t, strings.Join(res.Notes, "\n"), `("empty_votes": "not_on_ballot"): 1 such choices and cells read as 0 votes`)
}
