package export_test

import (
	"os"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// A region's okrug seats that the definition gives (Mid Scotland and
// Fife's in examples/scotland2016, preliminary: a press feed) are not
// counted here: their okrug_seats rows say so in status, as the reports
// do; the counted regions' rows have none.
func TestTotalsOkrugSeatsGiven(t *testing.T) {
	const dir = "../../examples/scotland2016/"
	open := func(name string) *os.File {
		f, err := os.Open(dir + name)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	e, err := ingest.ReadElection(open("election.json"), "election.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(open("rules.json"), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	var files []shailoo.CSVInput
	for _, f := range [][2]string{{"constituencies.csv", "constituencies.mapping.json"}, {"regions.csv", "regions.mapping.json"}} {
		m, err := ingest.ReadMappingFor(open(f[1]), f[1], r.Protocol.Known)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, shailoo.CSVInput{Name: f[0], R: open(f[0]), Mapping: m})
	}
	res, err := shailoo.CountCSV(e, r, files, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, row := range totalsRows(t, res) {
		if row["kind"] != "okrug_seats" {
			continue
		}
		n++
		want := any(nil)
		if row["unit"] == "Scotland Mid & Fife" {
			want = "okrug_seats_given"
		}
		if row["status"] != want {
			t.Errorf("%s %s: status %v, want %v", row["unit"], row["item"], row["status"], want)
		}
	}
	if n != 3*14 {
		t.Errorf("%d okrug_seats rows, want 42 (3 regions, 14 lists)", n)
	}
}
