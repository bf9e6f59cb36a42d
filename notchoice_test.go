package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// notChoiceFindings returns the findings X232 of res.
func notChoiceFindings(res *shailoo.Result) []validate.Finding {
	var out []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == validate.NotChoiceSeated {
			out = append(out, f)
		}
	}
	return out
}

// A hand mapping that makes a district's "Blank votes" row a candidate
// elects it (Georgia's district 3, SYNTHETIC-EDITED: testdata/notchoice):
// a warning names it and where it won, once, and points to blank_votes
// and the lines; the other districts have none.
func TestNotChoiceSeatedOkrug(t *testing.T) {
	const dir = "testdata/notchoice/"
	rules := fptpRules(t)
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, dir+"ga-blank3.map.json")), "ga-blank3.map.json", rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "ga-blank3.map.json")
	require.NoError(t, err)
	r, err := os.Open(dir + "SYNTHETIC-EDITED-ga-sh2000-blankvotes-d3.csv")
	require.NoError(t, err)
	defer r.Close()
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "ga.csv", R: r, Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	fs := notChoiceFindings(res)
	require.Len(t, fs, 1)
	require.Equal(t, validate.Warning, fs[0].Severity)
	require.Equal(t, "blank", fs[0].Place.Candidate)
	en := fs[0].Message().En
	require.Contains(t, en, "«Blank votes» is named as the blank votes")
	require.Contains(t, en, "wins as a choice: okrug 3;")
	require.Contains(t, en, "blank_votes")
}

// On the list ballot: Soria's blank votes (SYNTHETIC, 20,000) mapped as a
// list take a seat and are said (X232) besides the mapping's note; listed
// in blank_votes they take none, and nothing is said.
func TestNotChoiceSeatedList(t *testing.T) {
	const file = "SYNTHETIC-es-congreso2023-soria-blank20000.csv"
	res := countSpain(t, file, func(m *ingest.Mapping) { m.BlankVotes = nil }, soriaOnly)
	fs := notChoiceFindings(res)
	require.Len(t, fs, 1)
	require.Equal(t, "en_blanco", fs[0].Place.Candidate)
	require.Contains(t, fs[0].Message().En, "«Votos en blanco» is named as the blank votes, spoilt ballots, against all or none of the above, but wins as a choice: 1 list seat(s);")
	require.Empty(t, notChoiceFindings(countSpain(t, file, nil, soriaOnly)))
}

// A US file's "Undervotes" mapped by hand as a candidate (one precinct,
// SYNTHETIC, in the shape of Massachusetts' results: 58 undervotes, 40
// votes for the only candidate) wins the district: X232 says so, as of
// "Blank votes".
func TestNotChoiceSeatedUndervotes(t *testing.T) {
	const dir = "testdata/notchoice/"
	rules := fptpRules(t)
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, dir+"us-undervotes.map.json")), "us-undervotes.map.json", rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "us-undervotes.map.json")
	require.NoError(t, err)
	r, err := os.Open(dir + "SYNTHETIC-us-undervotes-1row.csv")
	require.NoError(t, err)
	defer r.Close()
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "us.csv", R: r, Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	fs := notChoiceFindings(res)
	require.Len(t, fs, 1)
	require.Equal(t, "undervotes", fs[0].Place.Candidate)
	require.Contains(t, fs[0].Message().En, "«Undervotes» is named as the blank votes")
}
