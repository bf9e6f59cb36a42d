package shailoo_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// The FCT ward file with BYAZHIN's APC and PDP tied at 1144, no lots
// given: a summary that publishes PDP, who may have won the lot, is not
// evaluated there, not S308 against the recount's "tie", and its outcome
// "elected" is no S309; one that publishes APGA, not tied, differs.
func TestVerifyWinnerOfATie(t *testing.T) {
	const name = "EDITED-ng-fct2026-ward-tie.csv"
	b, err := os.ReadFile("testdata/ingest/real/" + name)
	require.NoError(t, err)
	m := wardMapping(t, `"ward_name"`)
	def, _, err := ingest.Define(m, "ward.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: name, R: bytes.NewReader(b), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	for _, tc := range []struct {
		winner, outcome string
		s308            int
	}{{"pdp", "", 0}, {"apc", "", 0}, {"apga", "", 1}, {"pdp", `, "outcome": "elected"`, 0}, {"apga", `, "outcome": "elected"`, 1}} {
		s, err := validate.ReadSummary(strings.NewReader(`{"election": "fct", "okrugs": [{"id": "BYAZHIN", "winner": "`+tc.winner+`"`+tc.outcome+`}]}`), "published.json")
		require.NoError(t, err)
		rep := shailoo.Verify(res, s)
		n, ne := 0, false
		for _, f := range rep.Findings {
			if f.Code == validate.PublishedWinner {
				n++
			}
			// A published "elected" is the lot drawn: not an outcome
			// that differs from the recount's tie (S309).
			require.NotEqual(t, validate.PublishedOutcome, f.Code, "%s%s: %s", tc.winner, tc.outcome, f.Sentence("en"))
		}
		for _, x := range rep.NotEvaluated {
			ne = ne || x.Code == validate.PublishedWinner && strings.Contains(x.Reason, "awaits lots")
		}
		require.Equal(t, tc.s308, n, tc.winner)
		require.Equal(t, tc.s308 == 0, ne, tc.winner)
	}
}
