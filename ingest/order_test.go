package ingest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A mapping whose figures are not in the file's column order (votes are
// slotted by sorted ID, the file has C before A): a row that leaves a
// cell empty after a row that gave every figure keeps the figures it gave.
func TestFiguresOutOfColumnOrder(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "p"}, Ballot: "list",
		Votes: map[string]Column{"a": {Header: "A"}, "b": {Header: "B"}, "c": {Header: "C"}}}
	data := "p,C,A,B\n1,1,2,3\n2,5,7,\n"
	for _, conc := range []bool{false, true} {
		tab, err := ReadCSV(strings.NewReader(data), "f.csv", m, Options{Concurrent: conc})
		if err != nil {
			t.Fatal(err)
		}
		if got := tab.Protocols[1].Votes; got["a"] != 7 || got["c"] != 5 || len(got) != 2 {
			t.Errorf("concurrent %v: precinct 2 reads %v, want a=7 c=5", conc, got)
		}
	}
}

// The fast reader gives the rows and errors of encoding/csv's on random
// wide files (empty, signed, grouped, quoted, long and bad cells, short and
// long rows, CR LF, BOM), with the figures mapped in column order and out
// of it.
func TestFastReaderRandomWide(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	const ncols = 14
	inOrder := Mapping{Precinct: Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]Column{election.Voters: {Index: 2}, election.Invalid: {Index: 3}, election.Valid: {Index: 4}},
		Votes: map[string]Column{}}
	outOfOrder := Mapping{Precinct: Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]Column{election.Valid: {Index: 2}, election.Voters: {Index: 3}, election.Invalid: {Index: 4}},
		Votes: map[string]Column{}}
	for i := 5; i <= ncols; i++ {
		inOrder.Votes[fmt.Sprintf("v%02d", i)] = Column{Index: i}
		outOfOrder.Votes[fmt.Sprintf("v%02d", ncols+5-i)] = Column{Index: i}
	}
	n := 3000
	if testing.Short() {
		n = 300
	}
	for it := range n {
		data := randomWide(r, ncols)
		for name, m := range map[string]Mapping{"in order": inOrder, "out of order": outOfOrder} {
			for _, lenient := range []bool{true, false} {
				tab, err := ReadCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient})
				ref, refErr := readCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient}, csvRecords)
				if !reflect.DeepEqual(tab, ref) || fmt.Sprint(err) != fmt.Sprint(refErr) {
					t.Fatalf("file %d, %s, lenient %v: %q\nfast %+v %v\nref  %+v %v", it, name, lenient, data, tab.Protocols, err, ref.Protocols, refErr)
				}
			}
		}
	}
}

func randomWide(r *rand.Rand, ncols int) []byte {
	cells := []string{"", "", "0", "7", "00012", "1234567", "12345678", "123456789012", "-5", "+3", " 4", "4 ",
		"\"9\"", "\"1,2\"", "x", "2609.0", "12.5", "9999999", "99999999999999999999", "-0", "1\u00a0234", "\"\""}
	var b strings.Builder
	if r.IntN(4) == 0 {
		b.WriteString("\uFEFF")
	}
	h := []string{"p"}
	for i := 1; i < ncols; i++ {
		h = append(h, fmt.Sprintf("c%d", i))
	}
	eol := "\n"
	if r.IntN(3) == 0 {
		eol = "\r\n"
	}
	b.WriteString(strings.Join(h, ",") + eol)
	rows := 1 + r.IntN(40)
	for i := range rows {
		n := ncols
		switch r.IntN(6) {
		case 0:
			n = 1 + r.IntN(ncols)
		case 1:
			n = ncols + 1 + r.IntN(2)
		}
		row := []string{fmt.Sprint(i % 7)}
		for j := 1; j < n; j++ {
			if r.IntN(3) == 0 {
				row = append(row, cells[r.IntN(len(cells))])
			} else {
				row = append(row, fmt.Sprint(r.IntN(3000)))
			}
		}
		b.WriteString(strings.Join(row, ","))
		if i < rows-1 || r.IntN(2) == 0 {
			b.WriteString(eol)
		}
	}
	return []byte(b.String())
}
