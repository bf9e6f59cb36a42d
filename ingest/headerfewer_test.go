package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A header said to be two rows that is one (header_rows one too many)
// takes the first data row in: where its cells are empty the names above
// stay whole, so some columns are still found. Most missing, the error is
// one, not one per column, and it quotes the header of one row fewer,
// which has them, and proposes header_rows: Tlaxcala's casilla file
// (Mexico) gave 18 errors of columns missing, Alaska's 2020 file one that
// said none of the 4 columns was in the header that its quote showed
// "candidate" in.
func TestHeaderRowsOneTooMany(t *testing.T) {
	wide := "mun,seccion,casilla,lisnom,pan,pri,prd,morena\n" +
		"CHIAUTEMPAN,137,B,733,66,37,,102\n" +
		"CHIAUTEMPAN,137,C01,733,49,34,,113\n"
	wm := Mapping{Precinct: Column{Columns: []Column{{Header: "seccion"}, {Header: "casilla"}}}, Region: &Column{Header: "mun"}, Ballot: "list", HeaderRows: 2,
		Lines: map[election.Line]Column{election.Voters: {Header: "lisnom"}},
		Votes: map[string]Column{"pan": {Header: "pan"}, "pri": {Header: "pri"}, "prd": {Header: "prd"}, "morena": {Header: "morena"}}}
	long := "precinct,office,district,candidate,party,votes\n" +
		"HD99 Fed Overseas Absentee,Registered Voters,,,,681\n" +
		"HD99 Fed Overseas Absentee,President,,Joseph R. Biden,DEM,200\n"
	lm, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "precinct", "okrug_id": "president", "ballot": "okrug",
		"choice_column": {"columns": ["candidate", "office"]}, "votes_column": "votes", "choice_values": {"Joseph R. Biden": "biden"},
		"line_values": {"Registered Voters": "voters"}, "header_rows": 2}`), "ak.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, in string
		m        Mapping
		want     []string
	}{
		{"Tlaxcala", wide, wm, []string{`7 of the 8 columns the mapping names by header are missing from a header of 2 rows at line 1 (it has "prd" alone)`,
			`the header of one row fewer (one row at line 1) reads "mun", "seccion", "casilla", "lisnom", "pan", "pri", … and has all of them`, `set "header_rows": 1`}},
		{"Alaska", long, lm, []string{`3 of the 4 columns the mapping names by header are missing from a header of 2 rows at line 1 (it has "candidate" alone)`,
			`"candidate"`, `has all of them`, `set "header_rows": 1`}},
	} {
		_, err := ReadCSV(strings.NewReader(c.in), c.name+".csv", c.m, Options{})
		var pe *ParseError
		if !errors.Is(err, ErrMissingHeader) || !errors.As(err, &pe) || pe.Field != "header_rows" || strings.Count(err.Error(), "\n") > 0 {
			t.Errorf("%s: %v; want one ErrMissingHeader naming header_rows", c.name, err)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q lacks %q", c.name, err, w)
			}
		}
		// One row: read.
		m := c.m
		m.HeaderRows = 0
		if _, err := ReadCSV(strings.NewReader(c.in), c.name+".csv", m, Options{}); err != nil {
			t.Errorf("%s, one header row: %v", c.name, err)
		}
	}
}
