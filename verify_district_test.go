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

// St. Gallen's Kreisgericht, 2022: one district of two seats (majorz),
// Sonderegger and Risi elected. A summary that publishes Sonderegger as
// the winner was S308, "recount «elected»": the recount's side was the
// outcome word, its deputies not looked at. A published winner of a
// district of several seats is now one of those the recount elects, a
// published list of winners the same deputies, in any order.
func TestVerifyDistrictWinners(t *testing.T) {
	const name = "ch-sg-kreisgericht2022.csv"
	b, err := os.ReadFile("testdata/ingest/real/" + name)
	require.NoError(t, err)
	m, err := ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "entity_id", "okrug": "entity_district", "ballot": "okrug",
  "choice_column": "candidate_id", "votes_column": "candidate_votes",
  "choice_values": {"1": "bertoldo", "2": "risi", "3": "sonderegger", "999": "vereinzelte"},
  "lines": {"voters": "entity_eligible_voters", "found_stationary": "entity_received_ballots", "invalid": "entity_unaccounted_ballots", "valid": "entity_accounted_ballots"}}`), "ch.json")
	require.NoError(t, err)
	rules, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "ch-sg-majorz", "version": "0", "name": "majorz, 2 seats (a test rule set)",
  "seats": {"list": 0, "okrug_each": true}, "okrug": {"against_all": "ignored", "tie": "lots", "seats": 2},
  "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"], "ballots": {"okrug": {"against_all": false}}}}`), "ch-rules.json")
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "ch.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: name, R: bytes.NewReader(b), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Len(t, res.Okrugs, 1)
	require.Len(t, res.Okrugs[0].Elected, 2)

	for _, tc := range []struct {
		name, okrug string
		want        string // the S308 finding's got, "" for none
	}{
		{"the first elected", `"winner": "sonderegger"`, ""},
		{"the second elected", `"winner": "risi"`, ""},
		{"one not elected", `"winner": "bertoldo"`, "bertoldo"},
		{"the list, in another order", `"winners": ["risi", "sonderegger"]`, ""},
		{"a list with one not elected", `"winners": ["sonderegger", "bertoldo"]`, "sonderegger, bertoldo"},
		{"a list of one", `"winners": ["sonderegger"]`, "sonderegger"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := validate.ReadSummary(strings.NewReader(`{"election": "ch", "okrugs": [{"id": "St. Gallen", `+tc.okrug+`}]}`), "published.json")
			require.NoError(t, err)
			rep := shailoo.Verify(res, s)
			var got []validate.Finding
			for _, f := range rep.Findings {
				if f.Code == validate.PublishedWinner {
					got = append(got, f)
				}
			}
			if tc.want == "" {
				require.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			require.Equal(t, tc.want, got[0].Got)
			require.Equal(t, "sonderegger, risi", got[0].Want)
			require.NotContains(t, got[0].Sentence("en"), "«elected»")
		})
	}
}
