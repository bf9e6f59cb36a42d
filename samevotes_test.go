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

// Singapore's 2020 results with the votes column mapped to "Electorate"
// (a user's slip): every party of a constituency gets its electorate, 31
// of 31 constituencies tie. A warning (I614) names the column; mapped to
// "Votes", none.
func TestSameVotesEverywhere(t *testing.T) {
	mapping := readFile(t, "testdata/samevotes/m-wrongcol.json")
	rules := readFile(t, "examples/fptp/rules.json")
	count := func(col string, o shailoo.Options) *shailoo.Result {
		r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
		require.NoError(t, err)
		m, err := ingest.ReadMappingFor(strings.NewReader(strings.Replace(mapping, `"votes_column": "Electorate"`, `"votes_column": "`+col+`"`, 1)), "m.json", r.Protocol.Known)
		require.NoError(t, err)
		f, err := os.Open("testdata/samevotes/SYNTHETIC-EDITED-sg-ge2020-filled.csv")
		require.NoError(t, err)
		defer f.Close()
		res, err := shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: "sg.csv", R: f, Mapping: m}}, o)
		require.NoError(t, err)
		return res
	}
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		res := count("Electorate", o)
		var fs []validate.Finding
		for _, f := range res.Findings.Findings {
			if f.Code == validate.VotesAllSame {
				fs = append(fs, f)
			}
		}
		if len(fs) != 1 || fs[0].Severity != validate.Warning || !strings.Contains(fs[0].Sentence("en"), `31 of the 31 protocols of the file that give two choices or more give each of them one figure (the first, «Bukit Batok SMC[188]» at row 2, 29948 each): the votes column "Electorate"`) {
			t.Fatalf("I614 %+v, want one warning naming Electorate and 31 protocols", fs)
		}
		if rows := findingsAt(count("Votes", o), validate.VotesAllSame); len(rows) != 0 {
			t.Errorf("I614 at %v with the votes mapped right", rows)
		}
	}
}
