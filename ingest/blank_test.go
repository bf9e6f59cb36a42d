package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// blankMapping reads "p;x;v;a;b": a precinct, a text column not mapped,
// the valid ballots and two parties.
func blankMapping() Mapping {
	return Mapping{
		Delimiter: ";",
		Precinct:  Column{Index: 1},
		Ballot:    "list",
		Lines:     map[election.Line]Column{election.Valid: {Index: 3}},
		Votes:     map[string]Column{"a": {Index: 4}, "b": {Index: 5}},
	}
}

// readBlank reads data whole, sequentially and concurrently (which must
// agree), and returns the table and its counts.
func readBlank(t *testing.T, data string, m Mapping) (Table, Counts, error) {
	t.Helper()
	var n Counts
	tab, err := ReadCSV(strings.NewReader(data), "f.csv", m, Options{Counts: &n})
	for _, chunk := range []int{0, 7, 64} {
		var nc Counts
		con, conErr := ReadCSV(strings.NewReader(data), "f.csv", m, Options{Concurrent: true, chunkBytes: chunk, Counts: &nc})
		if !reflect.DeepEqual(tab, con) || !reflect.DeepEqual(n, nc) || fmt.Sprint(err) != fmt.Sprint(conErr) {
			t.Fatalf("concurrent reading (chunks of %d bytes) differs:\n%+v %+v %v\n%+v %+v %v", chunk, tab, n, err, con, nc, conErr)
		}
		seq, seqErr := scanText([]byte(data), m, Options{})
		par, parErr := scanReader(NewBytesReader([]byte(data)), m, Options{Concurrent: true, chunkBytes: chunk})
		if seq != par || fmt.Sprint(seqErr) != fmt.Sprint(parErr) {
			t.Fatalf("parallel ScanRows (chunks of %d bytes) differs:\n%s\n%v\n%s\n%v", chunk, seq, seqErr, par, parErr)
		}
	}
	return tab, n, err
}

func TestBlankRows(t *testing.T) {
	const h = "p;x;v;a;b\n"
	for _, tc := range []struct {
		name      string
		data      string
		precincts []string
		lines     []int // of the blank rows
	}{
		{"one delimiter", h + "1;x;10;4;6\n;\n2;y;10;5;5\n", []string{"1", "2"}, []int{3}},
		{"every delimiter", h + "1;x;10;4;6\n;;;;\n2;y;10;5;5\n", []string{"1", "2"}, []int{3}},
		{"more cells than the header", h + ";;;;;;;;;\n1;x;10;4;6\n", []string{"1"}, []int{2}},
		{"spaces and CR", h + "1;x;10;4;6\r\n ; ;\t;\r\n  \r\n2;y;10;5;5\r\n", []string{"1", "2"}, []int{3, 4}},
		{"quoted empty cells", h + "1;x;10;4;6\n\"\";\" \";;;\n2;y;10;5;5\n", []string{"1", "2"}, []int{3}},
		{"no-break space", h + "1;x;10;4;6\n\u00a0;;\n\"\u00a0\";\n", []string{"1"}, []int{3, 4}},
		{"last line without its end", h + "1;x;10;4;6\n;;", []string{"1"}, []int{3}},
		{"empty lines are no rows", h + "1;x;10;4;6\n\n\n;\n", []string{"1"}, []int{5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, n, err := readBlank(t, tc.data, blankMapping())
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, p := range tab.Protocols {
				ids = append(ids, p.Precinct)
			}
			if !reflect.DeepEqual(ids, tc.precincts) {
				t.Errorf("precincts %v, want %v", ids, tc.precincts)
			}
			if tab.Blank != len(tc.lines) || !reflect.DeepEqual(tab.BlankLines, tc.lines) {
				t.Errorf("blank rows %d at %v, want %d at %v", tab.Blank, tab.BlankLines, len(tc.lines), tc.lines)
			}
			want := Counts{Rows: len(tc.precincts), Blank: len(tc.lines), BlankLines: tc.lines}
			if tc.name == "empty lines are no rows" {
				// no blank rows either, but said apart (EmptyNote)
				want.Empty, want.EmptyLines = 2, []int{3, 4}
			}
			if !reflect.DeepEqual(n, want) || tab.Rows != want.Rows {
				t.Errorf("counts %+v, rows %d; want %+v", n, tab.Rows, want)
			}
		})
	}
}

// A row that holds anything, a space between quotes aside, is a row: read,
// and its errors reported.
func TestBlankRowsAreOnlyEmpty(t *testing.T) {
	const h = "p;x;v;a;b\n"
	for _, row := range []string{";x", ";;0", "\"\"\"\";", ";;;;;7"} {
		_, _, err := readBlank(t, h+"1;x;10;4;6\n"+row+"\n", blankMapping())
		if err == nil {
			t.Errorf("%q: no error", row)
		}
	}
	// A row without a precinct but with figures stays a precinct of its
	// own, named by its line.
	tab, _, err := readBlank(t, h+";;10;4;6\n", blankMapping())
	if err != nil || len(tab.Protocols) != 1 || tab.Blank != 0 || !reflect.DeepEqual(tab.LineIDs, []int{2}) {
		t.Errorf("row without a precinct: %+v, %v", tab, err)
	}
}

func TestBlankRowsCounted(t *testing.T) {
	var b strings.Builder
	b.WriteString("p;x;v;a;b\n")
	for i := range 25 {
		fmt.Fprintf(&b, "%d;x;10;4;6\n;;;;\n", i+1)
	}
	tab, n, err := readBlank(t, b.String(), blankMapping())
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 25 || tab.Rows != 25 || tab.Blank != 25 || n.Blank != 25 {
		t.Fatalf("%d protocols, %d rows, %d blank (%d counted)", len(tab.Protocols), tab.Rows, tab.Blank, n.Blank)
	}
	want := []int{3, 5, 7, 9, 11, 13, 15, 17, 19, 21}
	if !reflect.DeepEqual(tab.BlankLines, want) || !reflect.DeepEqual(n.BlankLines, want) {
		t.Errorf("lines %v, counted %v, want the first %d: %v", tab.BlankLines, n.BlankLines, MaxBlankLines, want)
	}
}

// Only data rows are blank rows: a row of delimiters above the header is a
// row SkipRows skips, and a file of blank rows alone has no data rows.
func TestBlankRowsOnlyData(t *testing.T) {
	m := blankMapping()
	m.SkipRows = 1
	tab, _, err := readBlank(t, ";;;;\np;x;v;a;b\n1;x;10;4;6\n", m)
	if err != nil || len(tab.Protocols) != 1 || tab.Blank != 0 {
		t.Errorf("a skipped row of delimiters: %+v, %v", tab, err)
	}
	_, _, err = readBlank(t, "p;x;v;a;b\n;;;;\n;\n", blankMapping())
	var pe *ParseError
	if !errors.Is(err, ErrNoRows) || !errors.As(err, &pe) || pe.Line != 1 || !strings.Contains(err.Error(), "2 of empty cells") {
		t.Errorf("a file of blank rows alone: %v", err)
	}
}

// A blank row is no row of another contest: a row filter does not see it.
func TestBlankRowsAndRowFilter(t *testing.T) {
	m := blankMapping()
	m.Rows = &RowFilter{Where: []Condition{{Column: Column{Index: 2}, Except: []string{"y"}}}}
	tab, n, err := readBlank(t, "p;x;v;a;b\n1;x;10;4;6\n;;;;\n2;y;10;5;5\n", m)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 1 || !reflect.DeepEqual(n, Counts{Rows: 2, LeftOut: 1, Blank: 1, BlankLines: []int{3}}) {
		t.Errorf("%d protocols, counts %+v", len(tab.Protocols), n)
	}
}

// The Bundeswahlleiter's file ends a Land's block with a row of ";" alone.
func TestBlankRowsBundeswahlleiter(t *testing.T) {
	data, err := os.ReadFile("../testdata/ingest/real/de-btw17-kerg.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{
		Delimiter: ";",
		SkipRows:  2,
		Precinct:  Column{Index: 1},
		Ballot:    "list",
		Lines:     map[election.Line]Column{election.Voters: {Index: 6}, election.Invalid: {Index: 14}, election.Valid: {Index: 18}},
		Votes:     map[string]Column{"cdu": {Index: 22}, "spd": {Index: 26}},
	}
	tab, _, err := readBlank(t, string(data), m)
	if err != nil {
		t.Fatal(err)
	}
	last := bytes.Count(data, []byte{'\n'})
	if len(tab.Protocols) != 12 || tab.Blank != 1 || !reflect.DeepEqual(tab.BlankLines, []int{last}) {
		t.Errorf("%d protocols, blank rows %d at %v; want 12 and one at %d", len(tab.Protocols), tab.Blank, tab.BlankLines, last)
	}
}
