package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// A protocol that several rows give is placed: its duplicate finding
// (X207) at the last row, its other cross-checks, X227 of a line not
// given among them, at the first. A mapping drafted for Tlaxcala's
// casilla file took a column of repeated cells for the precinct, and
// X227 of precinct "0" named no file and no row.
func TestDuplicateRowsFindingsPlaced(t *testing.T) {
	rules := shailoo.KG2021()
	m, err := ingest.ReadMappingFor(strings.NewReader(`{"precinct": "p", "ballot": "list", "lines": {"invalid": "invalid"}, "votes": {"a": "a", "b": "b"}}`), "m.json", rules.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	in := "p,invalid,a,b\n0,1,10,20\n0,2,30,5\n1,0,7,8\n"
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "dup.csv", R: strings.NewReader(in), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := map[validate.Code]int{}
	for _, f := range res.Findings.Findings {
		if f.Place.Precinct != "0" || (f.Code != validate.DuplicateProtocol && f.Code != validate.BaseLineMissing) {
			continue
		}
		if f.Place.File != "dup.csv" {
			t.Errorf("%s of precinct 0: no file (%+v)", f.Code, f.Place)
		}
		rows[f.Code] = f.Place.Row
	}
	if rows[validate.DuplicateProtocol] != 3 || rows[validate.BaseLineMissing] != 2 {
		t.Errorf("rows %v: want X207 at row 3, X227 at row 2", rows)
	}
}
