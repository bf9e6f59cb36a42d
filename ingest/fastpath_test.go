package ingest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// Wide rows with long runs of empty number cells (as a country-wide okrug
// file has: a column for every candidate of every okrug) read the same on
// the one-walk path (fillLine) as through encoding/csv: short rows, cells
// with spaces, bad numbers and an unmapped column in the middle included.
func TestWideRowsReadAsEncodingCSV(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "p"}, Ballot: "okrug", Votes: map[string]Column{}}
	header := []string{"p", "skip"}
	for i := range 40 {
		id := fmt.Sprintf("c%02d", i)
		header = append(header, id)
		if i != 17 { // one column not mapped
			m.Votes[id] = Column{Header: id}
		}
	}
	r := rand.New(rand.NewPCG(7, 11))
	for round := range 200 {
		var b strings.Builder
		b.WriteString(strings.Join(header, ",") + "\n")
		for row := range 20 {
			cells := []string{fmt.Sprint(row + 1), "x"}
			for range 40 {
				switch r.IntN(20) {
				case 0:
					cells = append(cells, " 12")
				case 1:
					cells = append(cells, "1x")
				default:
					if r.IntN(3) == 0 {
						cells = append(cells, fmt.Sprint(r.IntN(1000)))
					} else {
						cells = append(cells, "")
					}
				}
			}
			if r.IntN(10) == 0 {
				cells = cells[:r.IntN(len(cells))+1] // a short row
			}
			b.WriteString(strings.Join(cells, ",") + "\n")
		}
		data := []byte(b.String())
		for _, concurrent := range []bool{false, true} {
			_, _ = ScanRows(bytes.NewReader(data), "w.csv", m, Options{Lenient: true, Concurrent: concurrent}, func(row *Row) error {
				for _, x := range []struct {
					vs      []Value
					present []int32
				}{{row.Lines, row.PresentLines}, {row.Votes, row.PresentVotes}, {row.Preferences, row.PresentPreferences}} {
					var want []int32
					for i, v := range x.vs {
						if v.OK {
							want = append(want, int32(i))
						}
					}
					if !reflect.DeepEqual(want, append([]int32(nil), x.present...)) {
						t.Fatalf("line %d: present %v, want %v", row.Line, x.present, want)
					}
				}
				return nil
			})
		}
		for _, lenient := range []bool{false, true} {
			got, err := ReadCSV(bytes.NewReader(data), "w.csv", m, Options{Lenient: lenient})
			want, wantErr := readCSV(bytes.NewReader(data), "w.csv", m, Options{Lenient: lenient}, csvRecords)
			if !reflect.DeepEqual(got, want) || fmt.Sprint(err) != fmt.Sprint(wantErr) {
				t.Fatalf("round %d, lenient %v: the one-walk path differs:\n%v\n%v\n%s", round, lenient, err, wantErr, data)
			}
		}
	}
}
