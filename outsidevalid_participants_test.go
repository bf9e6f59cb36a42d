package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// countNotaInvalid counts in (a file of testdata/nota, or its text) under
// r with the mapping that reads the invalid votes and the votes polled.
func countNotaInvalid(t *testing.T, in string, r shailoo.Rules) *shailoo.Result {
	t.Helper()
	return countMapped(t, "testdata/nota/", "mumbai-nw.csv", "mumbai-nw-invalid.mapping.json", in, r)
}

// Under against_all_outside_valid those who took part are the invalid
// and valid ballots and NOTA's votes: Mumbai North West's 111 + 939,778
// + 15,161 = 955,050, the Commission's own votes polled (P102 holds), in
// the okrug and the country, and the turnout over them. Read inside the
// valid ballots (kg2021's form), they are 111 + 939,778. NOTA's votes not
// given leave them not evaluated, never summed without them.
func TestParticipantsAgainstAllOutsideValid(t *testing.T) {
	b, err := os.ReadFile("testdata/nota/SYNTHETIC-EDITED-in-ls2024-r33-mumbai-nw-invalid-111.csv")
	require.NoError(t, err)
	in := string(b)
	r := indiaRules(t)
	res := countNotaInvalid(t, in, r)
	for _, f := range res.Findings.Findings {
		require.NotEqual(t, validate.FoundBalance, f.Code, f.Sentence("en"))
	}
	o := res.Okrugs[0]
	require.Equal(t, int64(15161), o.AgainstAll)
	require.Equal(t, int64(955050), o.Participants)
	require.Equal(t, int64(955050), res.Totals.OkrugParticipants)
	require.Equal(t, int64(955050), res.Totals.Participants)
	require.Equal(t, election.OkrugBallot, res.Totals.Ballot)
	require.NotContains(t, res.Totals.NotEvaluated, "participants")
	require.Equal(t, "55.04", res.Totals.Turnout) // 955,050 / 1,735,295

	inside := indiaRules(t)
	ib := inside.Protocol.Ballots[election.OkrugBallot]
	ib.AgainstAllOutsideValid = false
	inside.Protocol.Ballots[election.OkrugBallot] = ib
	res = countNotaInvalid(t, in, inside)
	require.Equal(t, int64(939889), res.Okrugs[0].Participants)
	require.Equal(t, int64(939889), res.Totals.OkrugParticipants)

	// NOTA's row without its votes (SYNTHETIC-EDITED in memory).
	noNota := strings.Replace(in, ",15036,125,15161,", ",15036,125,,", 1)
	require.NotEqual(t, in, noNota)
	res = countNotaInvalid(t, noNota, r)
	o = res.Okrugs[0]
	require.Contains(t, o.NotEvaluated, "participants")
	require.Zero(t, o.Participants)
	require.Contains(t, res.Totals.NotEvaluated, "okrug_participants")
	require.Contains(t, res.Totals.NotEvaluated, "participants")
	require.Zero(t, res.Totals.Participants)
	require.Empty(t, res.Totals.Turnout)
}
