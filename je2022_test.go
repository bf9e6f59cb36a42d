package shailoo_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
)

// A seat of a district of several seats that lots gave is said to be the
// tie's, not the votes': Jersey 2022, Grouville and St Martin (3 seats),
// edited so that Binet and Sangan tie for the third; the lots seat
// Sangan. The deputies' table said "votes" for it, and the JSON's reason
// was "votes"; the first two seats are the votes'. The real declaration
// has no tie, and every seat is the votes'.
func TestDistrictSeatByLotsSaysTie(t *testing.T) {
	rules := readRulesFile(t, "testdata/je2022/rules-je.json")
	count := func(file string, lots map[string][]string) *shailoo.Result {
		const mapping = "testdata/je2022/map.json"
		m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), mapping, rules.Protocol.Known)
		require.NoError(t, err)
		def, notes, err := ingest.Define(m, mapping)
		require.NoError(t, err)
		res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: file, Mapping: m,
			R: strings.NewReader(readFile(t, "testdata/je2022/"+file))}}, shailoo.Options{Notes: notes, Lots: lots})
		require.NoError(t, err)
		return res
	}
	reasons := func(res *shailoo.Result) []string {
		require.Len(t, res.Okrugs, 1)
		var out []string
		for _, d := range res.Okrugs[0].Deputies {
			out = append(out, d.ID+" "+d.Reason)
		}
		return out
	}

	res := count("SYNTHETIC-EDITED-gsm-tie.csv", map[string][]string{"okrug/Grouville and St Martin": {"sangan", "binet"}})
	require.Equal(t, []string{"labey " + seats.ReasonVotes, "luce " + seats.ReasonVotes, "sangan " + seats.ReasonTie}, reasons(res))
	var text bytes.Buffer
	require.NoError(t, report.Text(&text, res, report.English))
	require.Contains(t, text.String(), "Piers Sangan        1,307  a tie for the seat, settled: lots given as input")

	real := count("gsm2022.csv", nil)
	require.Equal(t, []string{"labey votes", "luce votes", "binet votes"}, reasons(real))
}
