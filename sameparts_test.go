package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// The DR Congo's 2023 presidential results by province, a row per
// candidate, with the votes_column mapped to the sum of the candidate's
// votes and seven of the province's figures repeated on each row (a
// draft's guess followed): Tshisekedi 14,380,447 for 2,118,730, counted
// before without a word. Each repeated part is a warning (I615) naming
// its column, and the okrug decided on the sums is provisional; mapped
// to the votes alone, none.
func TestSamePartEverywhere(t *testing.T) {
	rules := readFile(t, "examples/fptp/rules.json")
	count := func(mapping string, o shailoo.Options) *shailoo.Result {
		r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
		require.NoError(t, err)
		m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), "m.json", r.Protocol.Known)
		require.NoError(t, err)
		f, err := os.Open("testdata/ingest/real/cd-pres2023-provinces-p1-p2.csv")
		require.NoError(t, err)
		defer f.Close()
		res, err := shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: "cd.csv", R: f, Mapping: m}}, o)
		require.NoError(t, err)
		return res
	}
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		res := count("testdata/sameparts/m-guess-sum.json", o)
		var cols []string
		for _, f := range res.Findings.Findings {
			if f.Code == validate.PartAllSame {
				if f.Severity != validate.Warning || !strings.Contains(f.Sentence("en"), "in 2 of the 2 protocols") {
					t.Errorf("I615 %+v: %s", f, f.Sentence("en"))
				}
				cols = append(cols, strings.Fields(f.Sentence("en"))[4])
			}
		}
		want := []string{`"bv_traites",`, `"bv_attendus",`, `"pour_bv",`, `"electeurs_attendus",`, `"bulletins_valides",`, `"bulletins_blancs",`, `"total_votants",`}
		if !slices.Equal(cols, want) {
			t.Errorf("I615 of columns %v, want %v", cols, want)
		}
		if !res.Provisional || !slices.ContainsFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool {
			return u.Kind == shailoo.UnevaluatedSamePart && u.Count == 2 && slices.Equal(u.Affects, []string{"okrug/RDC"})
		}) {
			t.Errorf("provisional %v, reasons %+v: want %s of 2 protocols affecting okrug/RDC", res.Provisional, res.ProvisionalReasons, shailoo.UnevaluatedSamePart)
		}
		res = count("testdata/sameparts/m-votes.json", o)
		if rows := findingsAt(res, validate.PartAllSame); len(rows) != 0 || res.Provisional {
			t.Errorf("I615 at %v, provisional %v with the votes mapped right", rows, res.Provisional)
		}
	}
}
