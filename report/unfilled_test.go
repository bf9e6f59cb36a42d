package report_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// Nigeria's presidential election of 2023 counted under a rule of 25% of
// the votes in 30 of the 37 states (a stricter reading than the
// Constitution's 24, to test it): no candidate passes, and the one seat is
// not filled. That is an outcome of the count, whose data hold and whose
// votes decided it (exit 0, as a repeat election in an okrug is), but the
// report said it only in the notes, below "0 / 1 seats filled". It is now
// said where the seats are, in each language, and in the JSON's seats.
func TestUnfilledSaidWithTheSeats(t *testing.T) {
	const name = "ng-pres2023-state.csv"
	b, err := os.ReadFile("../testdata/ingest/real/" + name)
	require.NoError(t, err)
	m, err := ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "state_code", "region": "state_code", "ballot": "list",
  "choice_column": "candidate_name", "votes_column": "votes",
  "choice_values": {"Atiku Abubakar": "atiku-abubakar", "Bola Tinubu": "bola-tinubu", "Peter Obi": "peter-obi", "Rabiu Kwankwaso": "rabiu-kwankwaso"}}`), "ng.json")
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "ng.json")
	require.NoError(t, err)
	rules, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "ng-president-30", "version": "1",
  "name": "most votes and 25% of the votes in 30 of the 37 states (a test)",
  "seats": {"list": 1},
  "threshold": {"percent": "0", "base": "votes", "comparison": "at_least"},
  "regional_threshold": {"percent": "25", "base": "votes", "comparison": "at_least", "in_at_least": 30},
  "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`), "ng-rules.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: name, R: bytes.NewReader(b), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Equal(t, 0, res.Seats.Total)
	require.Equal(t, 1, res.Seats.ListUnfilled)
	require.Equal(t, "threshold", res.Seats.ListUnfilledWhy)
	// Exit 0: nothing provisional, no tie, no error finding.
	require.False(t, res.Provisional)
	require.Empty(t, res.Ties)
	require.Equal(t, 0, res.Findings.Errors())

	for lang, want := range map[report.Lang]string{
		"en": "0 / 1 seats filled: 0 + 0\n  1 list seat(s) not filled: no list passed the threshold\n",
		"ru": "Мандатов по спискам не распределено: 1: ни один список не преодолел барьер",
		"ky": "Тизмелер боюнча бөлүштүрүлбөгөн мандаттар: 1: бир да тизме босогодон өткөн жок",
	} {
		var out bytes.Buffer
		require.NoError(t, report.Text(&out, res, lang))
		require.Contains(t, out.String(), want, lang)
	}
}

// A cap that every list past the threshold holds leaves seats unfilled
// though a list below it has votes: the note and the report say the lists
// that passed the threshold, not every list with votes; and a count of
// one is a label's figure ("seats won: 1").
func TestUnfilledByTheCap(t *testing.T) {
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "p", "ballot": "list", "votes": {"a": "A", "b": "B", "c": "C"}}`), "m.json")
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "m.json")
	require.NoError(t, err)
	rules, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "cap", "version": "1", "name": "a cap of 1 (a test)",
  "seats": {"list": 3},
  "threshold": {"percent": "10", "base": "votes", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "dhondt", "cap": 1}, "protocol": {"ballots": {"list": {"against_all": false}}}}`), "rules.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader("p,A,B,C\n1,100,60,10\n"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Equal(t, 1, res.Seats.ListUnfilled)
	require.Equal(t, "cap", res.Seats.ListUnfilledWhy)
	notes := strings.Join(res.Notes, "\n")
	require.Contains(t, notes, "List seats not filled: 1: every list that passed the threshold holds the cap of 1")
	require.Contains(t, notes, "A: seats won: 1;")
	require.NotContains(t, notes, "list with votes")
	var out bytes.Buffer
	require.NoError(t, report.Text(&out, res, "en"))
	require.Contains(t, out.String(), "1 list seat(s) not filled: every list that passed the threshold holds its cap")
}
