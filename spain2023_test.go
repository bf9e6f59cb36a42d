package shailoo_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// countSpain counts a file of testdata/spain2023 under its rule set and
// mapping (testdata/spain2023/README.md), with the mapping changed by
// edit and the rule set by rules (either may be nil).
func countSpain(t *testing.T, file string, edit func(*ingest.Mapping), rules func(*shailoo.Rules)) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(mustOpen(t, "testdata/spain2023/rules.json"), "rules.json")
	require.NoError(t, err)
	if rules != nil {
		rules(&r)
	}
	m, err := ingest.ReadMappingFor(mustOpen(t, "testdata/spain2023/mapping.json"), "mapping.json", r.Protocol.Known)
	require.NoError(t, err)
	if edit != nil {
		edit(&m)
	}
	def, notes, err := ingest.Define(m, "mapping.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: mustOpen(t, "testdata/spain2023/"+file), Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// soriaOnly is the rule set of Soria alone: its 2 seats.
func soriaOnly(r *shailoo.Rules) {
	r.Seats.List = 2
	r.List.SeatsByRegion = map[string]int{"Soria": 2}
}

// listSeatsWon gives the lists' seats, those with seats alone.
func listSeatsWon(res *shailoo.Result) map[string]int {
	got := map[string]int{}
	for _, l := range res.Lists {
		if l.Seats > 0 {
			got[l.ID] = l.Seats
		}
	}
	return got
}

// blankOf is the list of the blank votes, which the test requires.
func blankOf(t *testing.T, res *shailoo.Result) shailoo.List {
	t.Helper()
	for _, l := range res.Lists {
		if l.ID == "en_blanco" {
			return l
		}
	}
	t.Fatal("no choice en_blanco in the result")
	return shailoo.List{}
}

// errorsOf is the findings of severity error.
func errorsOf(res *shailoo.Result) []validate.Finding {
	var out []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Severity == validate.Error {
			out = append(out, f)
		}
	}
	return out
}

// TestSpain2023Provinces counts the Congreso of 2023 from its 52
// provinces (testdata/spain2023): D'Hondt in each among the lists with 3%
// of its valid votes, the blank votes among the valid ones (so in the
// base, and in P103's sum: no finding) but no list, give the official
// seats.
func TestSpain2023Provinces(t *testing.T) {
	res := countSpain(t, "es-congreso2023-provinces-wide.csv", nil, nil)
	require.Equal(t, map[string]int{"pp": 137, "psoe": 121, "vox": 33, "sumar": 31, "erc": 7, "junts": 7, "bildu": 6, "pnv": 5, "bng": 1, "cca": 1, "upn": 1}, listSeatsWon(res))
	require.False(t, res.Provisional, "%+v", res.ProvisionalReasons)
	require.Empty(t, res.Findings.Findings)
	b := blankOf(t, res)
	require.True(t, b.Blank)
	require.Equal(t, int64(200673), b.Votes)
	require.Zero(t, b.Seats)
	require.False(t, b.Qualified)
	require.Empty(t, b.National.Status, "no threshold is checked for blank votes")
	for _, k := range res.Constituencies {
		for _, l := range k.Lists {
			require.NotEqual(t, "en_blanco", l.ID, "%s: blank votes take part in no apportionment", k.Region)
		}
	}
	// ESCAÑOS EN BLANCO is a party: its 8,448 votes are its own.
	for _, l := range res.Lists {
		if l.ID == "escanos-en-blanco" {
			require.False(t, l.Blank)
			require.Equal(t, int64(8448), l.Votes)
		}
	}
}

// TestSpain2023Soria: Soria's 2 seats go to PP and PSOE; its 285 blank
// votes are in the base of the 3% (50,769 valid votes: 1,524 needed,
// which SUMAR's 1,711 reach).
func TestSpain2023Soria(t *testing.T) {
	res := countSpain(t, "es-congreso2023-soria-wide.csv", nil, soriaOnly)
	require.Equal(t, map[string]int{"pp": 1, "psoe": 1}, listSeatsWon(res))
	require.Empty(t, errorsOf(res))
	require.Equal(t, int64(285), blankOf(t, res).Votes)
	require.Len(t, res.Constituencies, 1)
	for _, l := range res.Constituencies[0].Lists {
		if l.ID == "sumar" {
			require.NotNil(t, l.Threshold)
			require.Equal(t, int64(50769), l.Threshold.Base)
			require.Equal(t, threshold.Passed, l.Threshold.Status)
		}
	}
}

// TestSpain2023SoriaSyntheticBlank uses a SYNTHETIC row (Soria's real
// row with its blank votes edited 285 -> 20,000): as a list the blank
// votes would take one of the 2 seats; as blank votes they take none,
// and the seats are PP's and PSOE's. The base grows with them (70,484
// valid votes: SY's 9,697 pass, SUMAR's 1,711 no longer).
func TestSpain2023SoriaSyntheticBlank(t *testing.T) {
	synthetic := func(m *ingest.Mapping) {
		m.Provenance, m.Source = election.Synthetic, "SYNTHETIC: Soria's row with its blank votes edited (testdata/spain2023/README.md)"
	}
	res := countSpain(t, "SYNTHETIC-es-congreso2023-soria-blank20000.csv", synthetic, soriaOnly)
	require.Equal(t, map[string]int{"pp": 1, "psoe": 1}, listSeatsWon(res))
	require.Empty(t, errorsOf(res))
	b := blankOf(t, res)
	require.Equal(t, int64(20000), b.Votes)
	require.Zero(t, b.Seats)
	// No threshold is checked for them: their verdict has no base,
	// needed or margin, null in the JSON, never a 0 that reads as a
	// figure.
	nat, err := json.Marshal(b.National)
	require.NoError(t, err)
	require.Contains(t, string(nat), `"votes":20000,"base":null,"line":"","line_decimal":"","needed":null,"margin":null,"status":""`)
	require.Equal(t, string(election.Synthetic), res.Election.Provenance)
	for _, l := range res.Constituencies[0].Lists {
		if l.ID == "sumar" {
			require.Equal(t, int64(70484), l.Threshold.Base)
			require.Equal(t, threshold.Failed, l.Threshold.Status)
		}
	}
	var step bool
	for _, s := range res.Steps {
		if s.Kind == "blank" && s.Subject == "en_blanco" && s.Value == "20000" {
			step = true
		}
	}
	require.True(t, step, "the transcript says what the blank votes are")

	// The report says them as blank votes, never as a list (in the
	// table of the lists, of the constituencies, or of those that missed
	// a threshold).
	var buf bytes.Buffer
	require.NoError(t, report.Text(&buf, res, report.English))
	out := buf.String()
	require.Contains(t, out, "Blank votes (valid votes; no list: no threshold, no seat): Votos en blanco 20,000 (28.38%)")
	require.Equal(t, 1, strings.Count(out, "Votos en blanco"), "said once, as blank votes:\n%s", out)

	// Without blank_votes the choice is a list, and the blank votes take
	// a seat: what the mapping field is for.
	res = countSpain(t, "SYNTHETIC-es-congreso2023-soria-blank20000.csv", func(m *ingest.Mapping) { synthetic(m); m.BlankVotes = nil }, soriaOnly)
	require.Equal(t, map[string]int{"pp": 1, "en_blanco": 1}, listSeatsWon(res))
	require.Contains(t, res.Notes, words.Say("en", "note.blank_not_listed", words.Args{"file": "mapping.json", "choices": `en_blanco ("Votos en blanco")`}),
		"a list of the blank votes is said, never silent")
}

// TestBlankVotesDefinition: a definition given says itself which party
// is the blank votes; a mapping that says so of a party it does not mark
// is an error, as is a blank_votes that names no choice, names one twice
// or is also an aggregate. (On an okrug ballot it is the okrug's blank
// votes: testdata/blankokrug.)
func TestBlankVotesDefinition(t *testing.T) {
	m, err := ingest.ReadMapping(mustOpen(t, "testdata/spain2023/mapping.json"), "mapping.json")
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "mapping.json")
	require.NoError(t, err)
	p, ok := def.Party("en_blanco")
	require.True(t, ok)
	require.True(t, p.Blank)
	require.NoError(t, ingest.CheckChoices(m, def, "mapping.json"))
	p.Blank = false
	err = ingest.CheckChoices(m, def, "mapping.json")
	require.ErrorContains(t, err, `blank_votes[0]: "en_blanco" is the blank votes in the mapping, but the definition's party "en_blanco" is not`)

	for name, tc := range map[string]struct {
		edit func(*ingest.Mapping)
		want string
	}{
		"unknown":   {func(m *ingest.Mapping) { m.BlankVotes = []string{"blanco"} }, "blank_votes[0]"},
		"twice":     {func(m *ingest.Mapping) { m.BlankVotes = []string{"en_blanco", "en_blanco"} }, "blank_votes[1]"},
		"aggregate": {func(m *ingest.Mapping) { m.Aggregates = []string{"en_blanco"} }, "blank_votes[0]"},
	} {
		t.Run(name, func(t *testing.T) {
			m, err := ingest.ReadMapping(mustOpen(t, "testdata/spain2023/mapping.json"), "mapping.json")
			require.NoError(t, err)
			tc.edit(&m)
			require.ErrorContains(t, m.Validate(), tc.want)
		})
	}
	m.Ballot = string(election.OkrugBallot)
	require.NoError(t, m.Validate(), "blank votes of the okrug ballot")
}

// TestSpain2023Verify: a summary that publishes the lists alone lacks no
// list for want of the blank votes (S311 says them as blank votes, a
// choice), and the lists published with seats but no votes are said as
// such: S302 is not evaluated for 7 of the lists, beside the 4 compared.
func TestSpain2023Verify(t *testing.T) {
	res := countSpain(t, "es-congreso2023-provinces-wide.csv", nil, nil)
	s, err := validate.ReadSummary(mustOpen(t, "testdata/spain2023/published.json"), "published.json")
	require.NoError(t, err)
	rep := shailoo.Verify(res, s)
	var blank bool
	for _, f := range rep.Findings {
		if f.Code == validate.PublishedMissingList && f.Place.Choice == "en_blanco" {
			blank = true
			require.Empty(t, f.Place.Party, "the blank votes are no list")
		}
		require.NotEqual(t, "en_blanco", f.Place.Party)
	}
	require.True(t, blank, "%+v", rep.Findings)
	var ne bool
	for _, n := range rep.NotEvaluated {
		if n.Code == validate.PublishedVotes {
			ne = true
			require.Equal(t, validate.NotPublishedForLists, n.Reason)
			require.Equal(t, 7, n.Count)
		}
	}
	require.True(t, ne, "%+v", rep.NotEvaluated)
}
