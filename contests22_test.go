package shailoo_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// countContests22 counts a file of testdata/contests22 (or another folder
// of testdata, by a relative path) with a mapping there under the fptp
// rule set, the okrugs learnt from the rows.
func countContests22(t *testing.T, file, mapping string, o shailoo.Options) (*shailoo.Result, error) {
	t.Helper()
	r := fptpRules(t)
	const dir = "testdata/contests22/"
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, dir+mapping)), mapping, r.Protocol.Known)
	require.NoError(t, err)
	f, err := os.Open(dir + file)
	require.NoError(t, err)
	defer f.Close()
	return shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, o)
}

// Two contests under one okrug that the row filter does not name, or one
// of them a race of one candidate: the column whose header names the
// contest ("office") is found from the file. Albany County's 2006 general
// election rows (U.S. Senate and U.S. House, both statewide, no filter on
// the office) made one okrug that elected Trauner; Carbon County's 2006
// Democratic primary rows of Governor and of State Auditor, an
// uncontested race, elected the auditor (Eikenberry 1,151 over
// Freudenthal 1,127), with a row filter keeping both or with none; and
// Darien's edited rows, State Senate "4" with Ehlers alone, elected
// Sheban with Himes and Ehlers beside him. Each is refused at the second
// contest's first row, naming the fix; streamed, and read whole.
func TestContestColumnFromFile(t *testing.T) {
	for _, c := range []struct {
		file, mapping string
		line, column  int
		field, says   string
	}{
		{"wy-albany-2006-general.csv", "albany.mapping.json", 48, 1, "okrug",
			`column "office" gives "U.S. Senate" (from line 2, 2 choices: "Dale Groutage", "Craig Thomas") and "U.S. House" (2 choices: "Gary Trauner", "Thomas R. Rankin"), none given under both: the rows give both`},
		{"wy-carbon-2006-dem-primary-governor-auditor.csv", "carbon.mapping.json", 42, 1, "okrug",
			`"State Auditor" (1 choices: "Bill Eikenberry"), none given under both: the rows give both`},
		{"wy-carbon-2006-dem-primary-governor-auditor.csv", "carbon-filter.mapping.json", 42, 1, "rows.where[1].column",
			`"State Auditor" (1 choices: "Bill Eikenberry"), none given under both: the row filter keeps both`},
		{"SYNTHETIC-EDITED-darien-cd4-sd4-uncontested.csv", "collide.mapping.json", 32, 4, "rows.where[0].column",
			`"State Senate" (1 choices: "Gregory Ehlers")`},
	} {
		for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
			_, err := countContests22(t, c.file, c.mapping, o)
			require.ErrorIs(t, err, ingest.ErrContests, c.mapping)
			var pe *ingest.ParseError
			require.True(t, errors.As(err, &pe))
			require.Equal(t, []any{c.line, c.column, c.field}, []any{pe.Line, pe.Column, pe.Field}, c.mapping)
			require.Contains(t, err.Error(), c.says)
			require.Contains(t, err.Error(), `"rows": {"where": [{"column": "office", "values": [`)
		}
	}
	// The okrug named by the office: each contest its own okrug.
	res, err := countContests22(t, "wy-albany-2006-general.csv", "albany-fixed.mapping.json", shailoo.Options{})
	require.NoError(t, err)
	leaders := map[string]string{}
	for _, ok := range res.Okrugs {
		leaders[ok.Okrug] = ok.LeaderName
	}
	require.Equal(t, map[string]string{"U.S. Senate": "Craig Thomas", "U.S. House": "Gary Trauner"}, leaders)
}
