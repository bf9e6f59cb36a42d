package ingest

import (
	"slices"
	"strings"
	"testing"
)

// India's Form 20 (Gujarat, Lok Sabha 2014, Abdasa) prints the columns'
// numbers under its header, one column off in the CSV, whose first column
// is empty: the header is three rows, the numbers naming nothing, and the
// empty last column takes no name from "No of tendered votes" at its left.
func TestDraftForm20Header(t *testing.T) {
	d, err := draftReal(t, "in-gj-ls2014-ac001.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.HeaderRows != 3 {
		t.Errorf("header_rows %d, want 3: the row of column numbers is the header's, no polling station", m.HeaderRows)
	}
	if c := m.Votes["kamalbhai-matang"]; c.Header != "No. of Valid votes cast in favour of / Kamalbhai Matang" {
		t.Errorf("Matang's column %+v: want it named without its printed number", c)
	}
	for _, g := range m.Guesses {
		if strings.Contains(g, "names columns 12 and 13 alike") {
			t.Errorf("the empty last column named as its neighbour: %s", g)
		}
	}
}

// The count's check that a header's last row is no data row (I604) takes
// Form 20's column numbers, one column off, for the header's.
func TestDataHeaderColumnNumbersOffset(t *testing.T) {
	m := Mapping{HeaderRows: 3, Precinct: Column{Index: 2}, Ballot: "list",
		Votes: map[string]Column{"a": {Index: 3}, "b": {Index: 4}}}
	csv := readFile(t, "../testdata/ingest/real/in-gj-ls2014-ac001.csv")
	var c Counts
	if _, err := ScanRows(strings.NewReader(csv), "f.csv", m, Options{Counts: &c}, func(*Row) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if c.DataHeader != 0 {
		t.Errorf("DataHeader %d: the row of column numbers read as a data row", c.DataHeader)
	}
	if !columnNumbers(strings.Split(",1,2,3,4,5,6,7,8,9,10,11,", ",")) || columnNumbers(strings.Split(",1,26,521,321", ",")) || !slices.Equal(joinHeader([][]string{{"a", "b", "c", ""}, {"1", "2", "3", ""}}), []string{"a", "b", "c", ""}) {
		t.Error("columnNumbers or joinHeader")
	}
}
