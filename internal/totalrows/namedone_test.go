package totalrows

import (
	"reflect"
	"testing"
)

// A row named a total after the one row of its file, with that row's
// figures, is the total of that row (Montenegro 2023 as a tester cut it:
// the national row, then "Total" with the same figures); a row of another
// name with the same figures is a precinct like it, never a total of one
// row; and a named total that differs is no total (Counted).
func TestNamedTotalOfOneRow(t *testing.T) {
	for _, c := range []struct {
		name    string
		named   bool
		figures []int64
		totals  []Total
		counted int
	}{
		{"named, equal", true, []int64{305125, 302217, 77206, 70292}, []Total{{Line: 3, Precinct: "Total", First: 2, Last: 2, Rows: 1}}, 0},
		{"not named, equal", false, []int64{305125, 302217, 77206, 70292}, nil, 0},
		{"named, not equal", true, []int64{305125, 302217, 77206, 70291}, nil, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			var f Finder
			f.Add(2, rowOf("Montenegro", 2, 305125, 302217, 77206, 70292), true)
			id := "Total"
			if !c.named {
				id = "Montenegro 2"
			}
			if r := rowOf(id, 2, c.figures...); c.named {
				f.AddNamed(3, r)
			} else {
				f.Add(3, r, true)
			}
			if got := rowsOnly(f.Totals()); !reflect.DeepEqual(got, c.totals) {
				t.Errorf("Totals %+v, want %+v", got, c.totals)
			}
			if got := len(f.Counted()); got != c.counted {
				t.Errorf("Counted %d rows, want %d", got, c.counted)
			}
		})
	}
}
