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

// The DR Congo's 2023 results by province, a row per candidate, with
// Tshisekedi's votes in Kinshasa made one more (line 6): P103 of the
// protocol read from lines 2-27 named "row 2", its first row, as if the
// error were there. It names the protocol's rows, 2-27 (JSON row and
// last_row); a finding of one choice's votes keeps that choice's row.
func TestLongProtocolRows(t *testing.T) {
	rules := readFile(t, "examples/fptp/rules.json")
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
		require.NoError(t, err)
		mapping := readFile(t, "testdata/sameparts/m-votes.json")
		m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
		require.NoError(t, err)
		f, err := os.Open("testdata/ingest/real/SYNTHETIC-EDITED-cd-pres2023-provinces-tshisekedi-plus1.csv")
		require.NoError(t, err)
		res, err := shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: "cd.csv", R: f, Mapping: m}}, o)
		f.Close()
		require.NoError(t, err)
		var got []validate.Place
		for _, f := range res.Findings.Findings {
			if f.Code == validate.ValidBalance {
				got = append(got, f.Place)
			}
		}
		if len(got) != 1 || got[0].Row != 2 || got[0].LastRow != 27 || !strings.Contains(got[0].String(), "rows 2-27") {
			t.Errorf("P103 at %+v, want rows 2-27", got)
		}
	}
}
