package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Finland's presidential file of 2012 read without its header row
// (skip_rows 1, no_header): every row is as wide as the first, the shares
// after the last column mapped included, so Helsinki, Askola and Espoo
// are counted (Niinistö 174,534 in Helsinki); a row of another width is
// refused naming both widths and no header.
func TestNoHeaderTrailingColumnsReal(t *testing.T) {
	const name = "fi-pres2012-k2-kunnat.csv"
	data := readReal(t, name)
	m := Mapping{Delimiter: "\t", NoHeader: true, SkipRows: 1, Precinct: Column{Index: 2}, Region: &Column{Index: 4}, Ballot: "okrug", OkrugID: "Suomi",
		Lines: map[election.Line]Column{election.Voters: {Index: 8}, election.Valid: {Index: 7}},
		Votes: map[string]Column{"haavisto": {Index: 10}, "niinisto": {Index: 14}}}
	tab, err := ReadCSV(bytes.NewReader(data), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 3 || tab.Protocols[0].Precinct != "091" || tab.Protocols[0].Votes["niinisto"] != 174534 || tab.Protocols[0].Votes["haavisto"] != 173282 ||
		tab.Protocols[2].Lines[election.Valid] != 141666 {
		t.Errorf("%v; want Helsinki (091: Haavisto 173282, Niinistö 174534), Askola and Espoo (valid 141666)", tab.Protocols)
	}
	for _, c := range []struct {
		name, row string
		err       error
		cells     string
	}{
		{"long", "5\t078\tHanko\t02 Uudenmaan vaalipiiri\t65.3\t26.9\t4923\t8290\t49.2\t2103\t42.7\t840\t38\t2820\t57.3\t1368\t62\t9\n", ErrLongRow, "18 cells"},
		{"long, empty", "5\t078\tHanko\t02 Uudenmaan vaalipiiri\t65.3\t26.9\t4923\t8290\t49.2\t2103\t42.7\t840\t38\t2820\t57.3\t1368\t62\t\n", ErrLongRow, "18 cells"},
		{"short", "5\t078\tHanko\t02 Uudenmaan vaalipiiri\t65.3\t26.9\t4923\t8290\t49.2\t2103\t42.7\t840\t38\t2820\t57.3\n", ErrShortRow, "15 cells"},
	} {
		for _, o := range []Options{{}, {Concurrent: true}} {
			_, err := ReadCSV(bytes.NewReader(append(bytes.Clone(data), c.row...)), name, m, o)
			var pe *ParseError
			if !errors.Is(err, c.err) || !errors.As(err, &pe) || pe.File != name || pe.Line != 5 ||
				!strings.Contains(err.Error(), c.cells) || !strings.Contains(err.Error(), "first row (line 2) 17") || strings.Contains(err.Error(), "header") {
				t.Errorf("%s: %v; want %v at %s:5 naming %s and the first row's 17 (line 2), no header", c.name, err, c.err, name, c.cells)
			}
		}
	}
}
