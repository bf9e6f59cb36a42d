package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Empty lines between the data rows ("\n" or "\r\n" alone) are counted
// and their lines kept, by the sequential reader and the parallel one
// alike; those after the last row end the file and are not.
func TestEmptyLinesCounted(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"precinct":"precinct","ballot":"list","lines":{"valid":"valid"},"votes":{"a":"a","b":"b"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, nl := range []string{"\n", "\r\n"} {
		text := strings.Join([]string{"precinct,valid,a,b", "1,10,5,5", "", "", "2,10,5,5", "", "3,10,5,5", "", ""}, nl)
		for _, concurrent := range []bool{false, true} {
			t.Run(fmt.Sprintf("%q concurrent=%v", nl, concurrent), func(t *testing.T) {
				var c Counts
				n := 0
				_, err := ScanRows(strings.NewReader(text), "f.csv", m, Options{Counts: &c, Concurrent: concurrent}, func(*Row) error { n++; return nil })
				if err != nil {
					t.Fatal(err)
				}
				if n != 3 || c.Empty != 3 || !slices.Equal(c.EmptyLines, []int{3, 4, 6}) {
					t.Errorf("%d rows, %d empty lines %v; want 3 rows, 3 empty lines 3, 4, 6", n, c.Empty, c.EmptyLines)
				}
				if note := EmptyNote("f.csv", c); note != "f.csv: 3 empty lines skipped between its rows (lines 3, 4, 6): neither protocols nor errors." {
					t.Errorf("note %q", note)
				}
			})
		}
	}
	tab, err := ReadCSV(strings.NewReader("precinct,valid,a,b\r\n1,10,5,5\r\n\r\n2,10,5,5\r\n"), "f.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := tab.Counts; c.Empty != 1 || !slices.Equal(c.EmptyLines, []int{3}) {
		t.Errorf("ReadCSV: %d empty lines %v, want line 3", c.Empty, c.EmptyLines)
	}
}
