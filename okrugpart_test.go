package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// Montour County's 2022 file, counted with the okrug named by office and
// district joined, with MAHONING II's U.S. House rows' district blank:
// those rows name an okrug "U.S. House" beside "U.S. House / 9", a seat
// invented (Meuser 392 there and 1,609 in the other, 2,001 in one).
// Warning X234 names both okrugs and their first rows, the result is
// provisional in both (okrug_written_two_ways), and X230 (one candidate
// in two okrugs) is not said of them. The real cut says none of it.
func TestOkrugPartLeftOut(t *testing.T) {
	const mapping = "testdata/okrugpart/montour-join.mapping.json"
	rules := `{"format": 1, "id": "pa-test", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"}, "protocol": {"ballots": {"okrug": {"against_all": false}}}}`
	count := func(path string, o shailoo.Options) *shailoo.Result {
		t.Helper()
		r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
		require.NoError(t, err)
		m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), mapping, r.Protocol.Known)
		require.NoError(t, err)
		f, err := os.Open(path)
		require.NoError(t, err)
		defer f.Close()
		res, err := shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: "montour.csv", R: f, Mapping: m}}, o)
		require.NoError(t, err)
		return res
	}
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		res := count("testdata/okrugpart/SYNTHETIC-EDITED-montour-house-district-blank.csv", o)
		votes := map[string]int64{}
		for _, ok := range res.Okrugs {
			if strings.HasPrefix(ok.Okrug, "U.S. House") {
				votes[ok.Okrug] = ok.CandidateVotes["meuser"]
			}
		}
		require.Equal(t, map[string]int64{"U.S. House": 392, "U.S. House / 9": 1609}, votes)
		var fs []validate.Finding
		for _, f := range res.Findings.Findings {
			if f.Code == validate.OkrugPartLeftOut {
				fs = append(fs, f)
			}
		}
		require.Len(t, fs, 1)
		f := fs[0]
		require.Equal(t, validate.Warning, f.Severity)
		require.Equal(t, "U.S. House", f.Place.Okrug)
		require.Equal(t, 92, f.Place.Row)
		require.Contains(t, f.Sentence("en"), `okrug «U.S. House» (protocols: 1, the first at row 92) is named by the leading parts of «U.S. House / 9» (row 16 of montour.csv)`)
		require.Empty(t, findingsAt(res, validate.CandidateInOkrugs))
		require.True(t, res.Provisional)
		require.Len(t, res.ProvisionalReasons, 1)
		u := res.ProvisionalReasons[0]
		require.Equal(t, shailoo.UnevaluatedTwoWays, u.Kind)
		require.Equal(t, []string{"U.S. House = U.S. House / 9"}, u.Scope)
		require.Equal(t, []string{"okrug/U.S. House", "okrug/U.S. House / 9"}, u.Affects)
		for _, ok := range res.Okrugs {
			require.Equal(t, strings.HasPrefix(ok.Okrug, "U.S. House"), ok.Provisional, ok.Okrug)
		}

		res = count("testdata/relationgap/us-pa-2022-montour-5prec.csv", o)
		require.False(t, res.Provisional)
		require.Empty(t, findingsAt(res, validate.OkrugPartLeftOut))
		require.Len(t, res.Okrugs, 4)
	}
}
