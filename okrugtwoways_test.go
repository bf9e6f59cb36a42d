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

// Colorado's 2008 Dolores County file writes "U. S. House" in precinct 1
// and "U.S. House" in precinct 3: learnt from the rows, two okrugs, each
// electing its own (Salazar with 154, Wolf with 149; Salazar leads 293 to
// 185 over both). Warning X233 names both and their first rows, the
// result is provisional in both okrugs, and X230 (one candidate in two
// okrugs) is not said of them. Written one way, none of it.
func TestOkrugWrittenTwoWays(t *testing.T) {
	data, err := os.ReadFile("testdata/ingest/real/us-co-2008-dolores-multi-cut.csv")
	require.NoError(t, err)
	const mapping = `{"layout": "long", "precinct": {"columns": ["office", "precinct"]}, "okrug": {"columns": ["office", "district"], "join": true},
	 "region": "county", "ballot": "okrug", "choice_column": "candidate", "votes_column": "votes", "ignore": ["party"],
	 "choice_values": {"Barack Obama I Joe Biden": "biden", "John McCain I Sarah Palin": "palin", "John T. Salazar": "salazar", "Noelle Hagan": "hagan",
	  "Scott R. Tipton": "tipton", "Wayne Wolf": "wolf"},
	 "rows": {"where": [{"column": "office", "except": ["County Commissioner"]}]}}`
	count := func(csv string, o shailoo.Options) *shailoo.Result {
		r, err := shailoo.ReadRules(strings.NewReader(readFile(t, "examples/fptp/rules.json")), "rules.json")
		require.NoError(t, err)
		m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
		require.NoError(t, err)
		res, err := shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: "dolores.csv", R: strings.NewReader(csv), Mapping: m}}, o)
		require.NoError(t, err)
		return res
	}
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		res := count(string(data), o)
		var fs []validate.Finding
		for _, f := range res.Findings.Findings {
			switch f.Code {
			case validate.OkrugTwoWays:
				fs = append(fs, f)
			case validate.CandidateInOkrugs:
				t.Errorf("X230 said: %s", f.Sentence("en"))
			}
		}
		if len(fs) != 1 || fs[0].Severity != validate.Warning || fs[0].Place.Row != 14 || fs[0].Place.Okrug != "U.S. House / 3.0" ||
			!strings.Contains(fs[0].Sentence("en"), `okrugs «U. S. House / 3.0» (row 4 of dolores.csv) and «U.S. House / 3.0» (row 14)`) {
			t.Fatalf("X233 %+v, want one warning at row 14 naming both okrugs", fs)
		}
		var kinds []string
		for _, u := range res.ProvisionalReasons {
			kinds = append(kinds, u.Kind)
			if u.Kind == shailoo.UnevaluatedTwoWays && (u.Count != 1 || strings.Join(u.Affects, ", ") != "okrug/U. S. House / 3.0, okrug/U.S. House / 3.0") {
				t.Errorf("%+v", u)
			}
		}
		if !res.Provisional || strings.Join(kinds, ",") != shailoo.UnevaluatedTwoWays {
			t.Errorf("provisional %v, reasons %v, want %s alone", res.Provisional, kinds, shailoo.UnevaluatedTwoWays)
		}

		res = count(strings.ReplaceAll(string(data), "U. S. House", "U.S. House"), o)
		if res.Provisional || len(findingsAt(res, validate.OkrugTwoWays)) != 0 {
			t.Errorf("written one way: provisional %v, X233 at %v", res.Provisional, findingsAt(res, validate.OkrugTwoWays))
		}
		for _, ok := range res.Okrugs {
			if ok.Okrug == "U.S. House / 3.0" && ok.Winner != "salazar" {
				t.Errorf("U.S. House / 3.0: %s elected, want salazar", ok.Winner)
			}
		}
	}
}
