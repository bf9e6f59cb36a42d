package ingest

import (
	"os"
	"slices"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A figure summed from several rows of a long file has the rows it adds
// up (Table.SummedRows), in file order, and no FigureRow: Montana's 2020
// precinct file, sorted by candidate, summed to one protocol per county
// (testdata/published/real). Carbon's Biden rows are lines 50-62, its
// Trump rows 115-127.
func TestSummedRowsOfALongFile(t *testing.T) {
	d := "../testdata/published/real/"
	mf, err := os.Open(d + "mt2020-county-sum-mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	m, err := ReadMapping(mf, "mt2020-county-sum-mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(d + "mt2020-pres-precinct.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tab, err := ReadCSV(f, "mt2020-pres-precinct.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	carbon := slices.IndexFunc(tab.Protocols, func(p election.Protocol) bool { return p.Precinct == "Carbon" })
	if carbon < 0 {
		t.Fatal("no protocol of Carbon")
	}
	want := map[string][]int{"votes.joe-biden": seq(50, 62), "votes.donald-trump": seq(115, 127)}
	got := map[string][]int{}
	for _, r := range tab.SummedRows {
		if r.Protocol == carbon {
			if r.Line != r.Rows[0] {
				t.Errorf("%s: line %d, first row %d", r.Field, r.Line, r.Rows[0])
			}
			got[r.Field] = r.Rows
		}
	}
	for field, rows := range want {
		if !slices.Equal(got[field], rows) {
			t.Errorf("%s: rows %v, want %v", field, got[field], rows)
		}
	}
	for _, r := range tab.FigureRows {
		if r.Protocol == carbon {
			t.Errorf("a summed figure has a FigureRow: %+v", r)
		}
	}
}

func seq(from, to int) []int {
	var out []int
	for i := from; i <= to; i++ {
		out = append(out, i)
	}
	return out
}
