package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// PrecinctsOnly gives the rows' places as the full reading does, without
// figures and without looking at them; a row of too few cells and a
// missing header are still errors.
func TestPrecinctsOnly(t *testing.T) {
	const h = "p,b,m,i,v,a,aa\n"
	var b strings.Builder
	b.WriteString(h)
	for i := range 3000 {
		fmt.Fprintf(&b, "%d,list,%d,%d,\"%d\",%d,%d\n", i%9+1, i%2, i%7, 90+i%5, 80+i%3, i%11)
	}
	b.WriteString("4,okrug,1,x,1,1,1\n") // a figure that is not a number
	m := fuzzMapping()
	places := func(o Options) (string, error) {
		var out strings.Builder
		_, err := ScanRows(strings.NewReader(b.String()), "f.csv", m, o, func(row *Row) error {
			fmt.Fprintf(&out, "%d %+v %s %v %v\n", row.Line, row.Precinct, row.Ballot, row.Machine, row.LineID)
			if !o.PrecinctsOnly {
				return nil
			}
			if len(row.PresentLines)+len(row.PresentVotes)+len(row.PresentPreferences) > 0 {
				return fmt.Errorf("line %d: figures read", row.Line)
			}
			return nil
		})
		return out.String(), err
	}
	for _, concurrent := range []bool{false, true} {
		full, err := places(Options{Lenient: true, Concurrent: concurrent})
		if err != nil {
			t.Fatal(err)
		}
		only, err := places(Options{PrecinctsOnly: true, Concurrent: concurrent, chunkBytes: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(only, full) || strings.Count(only, "\n") != strings.Count(full, "\n")+1 {
			t.Fatalf("concurrent %v: the places differ from the full reading's", concurrent)
		}
	}

	short := h + "1,list,0,1,2,3,4\n2,list,0,1\n"
	_, err := ScanRows(strings.NewReader(short), "f.csv", m, Options{PrecinctsOnly: true}, func(*Row) error { return nil })
	if !errors.Is(err, ErrShortRow) {
		t.Errorf("a short row: %v, want ErrShortRow", err)
	}
	_, err = ScanRows(strings.NewReader("p,b,m,i,v,a\n1,list,0,1,2,3\n"), "f.csv", m, Options{PrecinctsOnly: true}, func(*Row) error { return nil })
	if !errors.Is(err, ErrMissingHeader) {
		t.Errorf("a missing header: %v, want ErrMissingHeader", err)
	}
}
