package shailoo_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// countBlankOkrug counts testdata/blankokrug/<file> with its mapping
// (blank_votes on the okrug ballot) under rules, the definition inferred.
func countBlankOkrug(t *testing.T, file string, rules shailoo.Rules) *shailoo.Result {
	t.Helper()
	const mapping = "testdata/blankokrug/ar.mapping.json"
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), mapping, rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	r, err := os.Open("testdata/blankokrug/" + file)
	require.NoError(t, err)
	defer r.Close()
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: file, R: r, Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// Blank votes on the okrug ballot (Argentina's "en blanco"): counted in
// the protocol and in the sum P103 checks against the valid ballots, never
// a candidate, and left out of a base of votes (the "votos afirmativos"):
// A's 42 of 90 is 46.67%, at least 45%: elected. Of the 100 valid ballots
// (a base of lines, which holds them) it is 42%, short of 45%, and the
// lead of 9 points short of the second way's 10: a run-off of A and B.
// The blank votes never go to it, however many.
func TestBlankVotesOkrugBallot(t *testing.T) {
	votes, err := shailoo.ReadRules(strings.NewReader(readFile(t, "testdata/blankokrug/ar-votes.rules.json")), "ar-votes.rules.json")
	require.NoError(t, err)
	valid := votes
	m := *votes.Okrug.Majority
	m.Base = "valid"
	valid.Okrug.Majority = &m

	res := countBlankOkrug(t, "SYNTHETIC-EDITED-ar-mesa.csv", votes)
	require.Len(t, res.Okrugs, 1)
	o := res.Okrugs[0]
	require.Equal(t, seats.OutcomeElected, o.Outcome)
	require.Equal(t, "a", o.Winner)
	require.Equal(t, int64(90), o.MajorityBase)
	require.Equal(t, []string{"blank"}, o.Blank)
	require.Equal(t, int64(10), o.CandidateVotes["blank"])
	require.False(t, res.Provisional)
	for _, f := range res.Findings.Findings {
		require.NotEqual(t, validate.ValidBalance, f.Code, "P103 holds: 42 + 33 + 15 + 10 = 100")
	}
	var text bytes.Buffer
	require.NoError(t, report.TextWith(&text, res, report.English, report.Options{Okrugs: []string{"Presidente"}}))
	require.Contains(t, text.String(), "blank votes: counted, no candidate; out of a base of votes")

	res = countBlankOkrug(t, "SYNTHETIC-EDITED-ar-mesa.csv", valid)
	o = res.Okrugs[0]
	require.Equal(t, seats.OutcomeRunoff, o.Outcome)
	require.Equal(t, int64(100), o.MajorityBase)
	require.Equal(t, []string{"a", "b"}, o.Runoff)

	// Blank 11 with valid 100: P103 fails by 1, counted as any choice's
	// figure; the least correction that could change the outcome is 3
	// (three votes from A to B: 39 of 90, 43.33%, and a lead of 3).
	res = countBlankOkrug(t, "SYNTHETIC-EDITED-ar-mesa-blank11.csv", votes)
	o = res.Okrugs[0]
	require.Equal(t, "a", o.Winner)
	require.Equal(t, int64(90), o.MajorityBase)
	require.Equal(t, int64(1), o.RelationGap)
	require.Equal(t, int64(3), o.RelationBound)
	require.Equal(t, shailoo.RelationLeastBelowMargin, o.RelationOverturn)
	p103 := 0
	for _, f := range res.Findings.Findings {
		if f.Code == validate.ValidBalance {
			p103++
		}
	}
	require.Equal(t, 1, p103)
}

// The blank votes of an okrug mapping were refused ("list ballots
// only"); they are read now, and the definition inferred marks the
// candidate blank.
func TestBlankVotesOkrugMapping(t *testing.T) {
	const mapping = "testdata/blankokrug/ar.mapping.json"
	m, err := ingest.ReadMapping(strings.NewReader(readFile(t, mapping)), mapping)
	require.NoError(t, err)
	cs := ingest.Choices(m)
	var blank []string
	for _, c := range cs {
		if c.Blank {
			blank = append(blank, c.ID)
		}
	}
	require.Equal(t, []string{"blank"}, blank)
}
