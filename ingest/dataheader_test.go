package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A header whose last row holds whole numbers above every figure mapped
// by column number looks like a data row read as the header (skip_rows or
// header_rows one too many): Counts.DataHeader gives its line. A header of
// words, a mapping by header texts, or a single figure mapped by number
// give 0.
func TestDataHeader(t *testing.T) {
	byNumber := Mapping{Precinct: Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]Column{election.Voters: {Index: 2}, election.Valid: {Index: 3}},
		Votes: map[string]Column{"a": {Index: 4}}}
	byHeader := Mapping{Precinct: Column{Header: "p"}, Ballot: "list",
		Lines: map[election.Line]Column{election.Voters: {Header: "100"}, election.Valid: {Header: "90"}},
		Votes: map[string]Column{"a": {Header: "90"}}}
	byHeader.Votes["a"] = Column{Header: "a"}
	for _, tt := range []struct {
		name string
		m    Mapping
		csv  string
		want int
	}{
		{"data row as the header", byNumber, "1,100,90,90\n2,50,40,40\n", 1},
		// Georgia's CEC numbers a station by its district: 01.01.
		{"a precinct numbered with a separator", byNumber, "01.01,100,90,90\n01.02,50,40,40\n", 1},
		// A file whose precincts are named in words (Greece's districts,
		// "Evros"): figures that are no list numbers make it data.
		{"a precinct named in words", byNumber, "Evros,100,90,90\nRodopi,50,40,40\n", 1},
		{"list numbers under a precinct named in words", byNumber, "Tmima,2,5,7\nRodopi,50,40,40\n", 0},
		{"a header of words", byNumber, "p,voters,valid,a\n1,100,90,90\n", 0},
		{"one word among numbers", byNumber, "p,100,valid,90\n1,100,90,90\n", 0},
		{"title row skipped, then data", func() Mapping { m := byNumber; m.SkipRows = 1; return m }(), "title\n1,100,90,90\n2,50,40,40\n", 2},
		{"two header rows, the second data", func() Mapping { m := byNumber; m.HeaderRows = 2; return m }(), "p,voters,valid,a\n1,100,90,90\n2,50,40,40\n", 2},
		{"two header rows of words", func() Mapping { m := byNumber; m.HeaderRows = 2; return m }(), "p,voters,,a\n,final,final,final\n1,100,90,90\n", 0},
		{"by header texts", byHeader, "p,100,90,a\n1,100,90,90\n", 0},
		// Headers whose last row is numbers, each rightly: a row of the
		// columns' numbers (a CIS form's), years under the parties (the
		// precinct's cell empty), ballot numbers (the precinct in words).
		{"the columns' own numbers", func() Mapping { m := byNumber; m.HeaderRows = 2; return m }(), "p,voters,valid,a\n1,2,3,4\n1,100,90,90\n", 0},
		{"years under the parties", func() Mapping { m := byNumber; m.HeaderRows = 2; return m }(), "p,voters,valid,a\n,2025,2025,2025\n1,100,90,90\n", 0},
		{"ballot numbers", byNumber, "precinct,12,27,41\n1,100,90,90\n", 0},
		// Figures written as the mapping says they are: grouped by its
		// "thousands", or a text of its "not_given" (a file without a
		// header row, "no_header" forgotten: its first row is lost but
		// for I604).
		{"a data row grouped by the mapping's thousands", func() Mapping { m := byNumber; m.Thousands = ","; return m }(), "1,\"10,701\",\"9,000\",\"9,000\"\n2,50,40,40\n", 1},
		{"a data row with a figure not given", func() Mapping { m := byNumber; m.NotGiven = []string{"NA"}; return m }(), "1,100,NA,90\n2,50,40,40\n", 1},
		{"a header of words, thousands named", func() Mapping { m := byNumber; m.Thousands = ","; return m }(), "p,voters,valid,a\n1,\"1,100\",90,90\n", 0},
	} {
		for _, concurrent := range []bool{false, true} {
			var c Counts
			_, err := ScanRows(strings.NewReader(tt.csv), "f.csv", tt.m, Options{Counts: &c, Concurrent: concurrent}, func(*Row) error { return nil })
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if c.DataHeader != tt.want {
				t.Errorf("%s (concurrent %v): DataHeader %d, want %d", tt.name, concurrent, c.DataHeader, tt.want)
			}
		}
	}
}

// A header that names none of the columns the mapping names by header
// text (skip_rows or header_rows off) is one error that says what the
// rows read and names skip_rows and header_rows, not an error a column.
func TestNoHeaderFound(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "p"}, Ballot: "list", SkipRows: 1,
		Lines: map[election.Line]Column{election.Voters: {Header: "voters"}, election.Valid: {Header: "valid"}},
		Votes: map[string]Column{"a": {Header: "a"}}}
	_, err := ScanRows(strings.NewReader("title\np,voters,valid,a\n1,100,90,90\n"), "f.csv", Mapping{Precinct: m.Precinct, Ballot: m.Ballot, Lines: m.Lines, Votes: m.Votes, SkipRows: 2}, Options{}, func(*Row) error { return nil })
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrMissingHeader) || pe.Field != "skip_rows" || pe.Line != 3 ||
		!strings.Contains(pe.Error(), `none of the 4 columns`) || !strings.Contains(pe.Error(), `which reads "1", "100", "90", "90"`) {
		t.Fatalf("err = %v", err)
	}
	// One column found: each missing one is said, as before.
	_, err = ScanRows(strings.NewReader("p,voters,valid,b\n1,100,90,90\n"), "f.csv", Mapping{Precinct: m.Precinct, Ballot: m.Ballot, Lines: m.Lines, Votes: m.Votes}, Options{}, func(*Row) error { return nil })
	if err == nil || strings.Contains(err.Error(), "none of the") || !strings.Contains(err.Error(), `"a"`) {
		t.Fatalf("one column missing: err = %v", err)
	}
}

// A mapping by column numbers alone, one column past the header: the
// error names that field, never a delimiter the mapping says nothing of.
func TestColumnPastHeaderByNumbers(t *testing.T) {
	m := Mapping{Precinct: Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]Column{election.Valid: {Index: 2}},
		Votes: map[string]Column{"a": {Index: 3}, "b": {Index: 10}}}
	for _, tt := range []struct{ delim, csv string }{{";", "p;valid;a;b\n1;9;4;5\n"}, {",", "p,valid,a,b\n1,9,4,5\n"}} {
		m.Delimiter = tt.delim
		_, err := ScanRows(strings.NewReader(tt.csv), "f.csv", m, Options{}, func(*Row) error { return nil })
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Field != "votes.b" || strings.Contains(err.Error(), "separated") {
			t.Errorf("delimiter %q: %v", tt.delim, err)
		}
	}
}

// A long file without a header row whose precinct is named in words: its
// first row is I604 when a cell of any of its choice columns names a
// choice of the mapping, not only the last column's (OpenElections' files
// name a candidate in "candidate" beside the office).
func TestDataHeaderLongChoiceColumns(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Index: 1}, Ballot: "list",
		ChoiceColumn: &Column{Columns: []Column{{Index: 2}, {Index: 3}}}, VotesColumn: &Column{Index: 4},
		ChoiceValues: map[string]string{"David Cox": "cox", "Ann Lee": "lee"}}
	const in = "Calder Vale,David Cox,President,80\nCalder Vale,Ann Lee,President,75\n"
	var counts Counts
	if _, err := ScanRows(strings.NewReader(in), "f.csv", m, Options{Counts: &counts}, func(*Row) error { return nil }); err != nil || counts.DataHeader != 1 {
		t.Fatalf("%v, I604 at %d; want the first row said to be a data row", err, counts.DataHeader)
	}
}
