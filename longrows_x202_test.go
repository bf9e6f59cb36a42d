package shailoo_test

import (
	"os"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// A cross-check's finding about one choice's votes of a long file (X202,
// the machine count against the manual) names the row that gives that
// choice's votes, not the protocol's first row: Belfast North 2017's
// count 1 read as both counts, its Total_Votes column differing in rows
// 7, 8 and 10, streamed or read whole.
func TestLongCrossCheckRows(t *testing.T) {
	const dir = "testdata/longrows/"
	manual, machine := readMappingFile(t, dir+"manual.json"), readMappingFile(t, dir+"machine.json")
	def, _, err := ingest.Define(manual, "manual.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		var files []shailoo.CSVInput
		for _, m := range []ingest.Mapping{manual, machine} {
			f, err := os.Open(dir + "belfast-north-count1.csv")
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			files = append(files, shailoo.CSVInput{Name: "belfast-north-count1.csv", R: f, Mapping: m})
		}
		res, err := shailoo.CountCSV(def, fptpRules(t), files, o)
		if err != nil {
			t.Fatal(err)
		}
		rows := map[string]int{}
		for _, f := range res.Findings.Findings {
			if f.Code == validate.MachineVotes {
				rows[f.Place.Choice] = f.Place.Row
			}
		}
		if want := map[string]int{"humphrey": 7, "kelly": 8, "mcallister": 10}; len(rows) != len(want) || rows["humphrey"] != 7 || rows["kelly"] != 8 || rows["mcallister"] != 10 {
			t.Errorf("skip bad rows %v: X202 at rows %v, want %v", o.SkipBadRows, rows, want)
		}
	}
}

func readMappingFile(t *testing.T, path string) ingest.Mapping {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return readMapping(t, string(b))
}
