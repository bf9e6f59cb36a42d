package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// A long protocol's rows are each about one figure: a choice's votes not
// given (X229) are found at the row that names the choice with an empty
// cell (S3's Lab, line 14, not S3's first row, line 13), or at no row when
// none names it (S3's Green), streamed or read whole.
func TestLongMissingVotesRow(t *testing.T) {
	csv := okrugLong + "S3,South,Con,40\nS3,South,Lab,\n"
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		m := readMapping(t, okrugLongMapping)
		def, _, err := ingest.Define(m, "m.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, o)
		if err != nil {
			t.Fatal(err)
		}
		rows := map[string]int{}
		for _, f := range res.Findings.Findings {
			if f.Code == validate.MissingVotes && f.Place.Precinct == "S3" && f.Place.File == "p.csv" {
				rows[f.Place.Choice] = f.Place.Row
			}
		}
		if len(rows) != 2 || rows["lab"] != 14 || rows["green"] != 0 {
			t.Errorf("read whole %v: X229 at rows %v; want lab at 14, green at none", o.SkipBadRows, rows)
		}
	}
}

// A long file's row skipped (--skip-bad-rows), or read as the header
// (I604), is one figure of a protocol counted without it: the JSON reason
// says so, as the reports' words do, not that its protocol is not
// counted.
func TestLongSkippedRowReason(t *testing.T) {
	for _, c := range []struct {
		kind, csv, mapping string
	}{
		{shailoo.UnevaluatedUnreadable, okrugLong + "S3,South,Con,40\nS3,South,Lab,4x\n", okrugLongMapping},
		{shailoo.UnevaluatedDataHeader, strings.TrimPrefix(okrugLong, "station,district,candidate,votes\n"),
			`{"layout": "long", "precinct": {"column": 1}, "okrug": {"column": 2}, "ballot": "okrug", "choice_column": {"column": 3},
			"votes_column": {"column": 4}, "choice_values": {"Con": "con", "Lab": "lab", "Green": "green"}}`},
	} {
		m := readMapping(t, c.mapping)
		def, _, err := ingest.Define(m, "m.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(c.csv), Mapping: m}}, shailoo.Options{SkipBadRows: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, u := range res.ProvisionalReasons {
			if u.Kind == c.kind {
				found = true
				if !strings.Contains(u.Reason, "a long file's row one figure of a protocol") || strings.Contains(u.Reason, "protocol is not counted") ||
					strings.Contains(u.Reason, "the protocols they held are not counted") {
					t.Errorf("%s: reason %q; want what a long file's row leaves out", c.kind, u.Reason)
				}
			}
		}
		if !found {
			t.Errorf("no reason %s in %v", c.kind, res.ProvisionalReasons)
		}
	}
}
