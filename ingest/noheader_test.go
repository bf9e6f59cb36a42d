package ingest

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A file without a header row (the UK's candidates of 2010, as a database
// exported them) is read from its first row with "no_header": every
// candidate counted (the sums of python3's csv module), the first row's
// 80 votes among them, and no I604.
func TestNoHeaderReal(t *testing.T) {
	const name = "uk-ge2010-candidates-noheader.csv"
	m := Mapping{Shape: "long", NoHeader: true, Precinct: Column{Index: 5}, Okrug: &Column{Index: 5}, Ballot: "okrug",
		ChoiceColumn: &Column{Index: 2}, VotesColumn: &Column{Index: 4}, ChoiceValues: map[string]string{}}
	for _, n := range []string{"David Cox", "Andrew Green", "Charles Vickers", "Marion Mason", "Julia Davies", "Sharon Taylor", "Stephen McPartland"} {
		m.ChoiceValues[n] = n
	}
	tab, err := ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	for _, p := range tab.Protocols {
		for _, v := range p.Votes {
			sum += v
		}
	}
	if len(tab.Protocols) != 1 || sum != 44293 || tab.Protocols[0].Votes["David Cox"] != 80 || tab.DataHeader != 0 || tab.Lines[0] != 1 {
		t.Errorf("%d protocols, %d votes, Cox %d, I604 at %d, line %v; want 1 protocol of 44293 votes from line 1, Cox 80, no I604",
			len(tab.Protocols), sum, tab.Protocols[0].Votes["David Cox"], tab.DataHeader, tab.Lines)
	}
}

// A wide file without a header row: its rows from the first, a bad cell
// of the first row at line 1 (skip_rows counted), and a mapping that
// names a column by a header it cannot have is refused, naming the field.
func TestNoHeaderWide(t *testing.T) {
	m := Mapping{NoHeader: true, Precinct: Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]Column{election.Valid: {Index: 2}}, Votes: map[string]Column{"a": {Index: 3}, "b": {Index: 4}}}
	for _, c := range []struct {
		name, data string
		skip       int
		protocols  int
		line       int // of a bad cell; 0: none
	}{
		{"plain", "1,10,4,6\n2,9,5,4\n", 0, 2, 0},
		{"quoted", "\"1\",10,4,6\n\"2\",9,5,4\n", 0, 2, 0},
		{"skip", "title\n1,10,4,6\n2,9,5,4\n", 1, 2, 0},
		{"bad first", "title\n1,1x,4,6\n2,9,5,4\n", 1, 0, 2},
		{"one row", "7,3,1,2", 0, 1, 0},
	} {
		m.SkipRows = c.skip
		tab, err := ReadCSV(strings.NewReader(c.data), "h.csv", m, Options{})
		var pe *ParseError
		switch {
		case c.line > 0:
			if !errors.As(err, &pe) || pe.Line != c.line || pe.Column != 2 || pe.Field != "lines.valid" {
				t.Errorf("%s: %v; want an error at h.csv:%d:2, lines.valid", c.name, err, c.line)
			}
		case err != nil || len(tab.Protocols) != c.protocols || tab.Protocols[0].Votes["a"]+tab.Protocols[0].Votes["b"] != tab.Protocols[0].Lines[election.Valid]:
			t.Errorf("%s: %v, %v; want %d protocols from the first row", c.name, err, tab.Protocols, c.protocols)
		}
	}
	for field, bad := range map[string]Mapping{
		"votes.a":     {NoHeader: true, Precinct: Column{Index: 1}, Ballot: "list", Votes: map[string]Column{"a": {Header: "A"}}},
		"header_rows": {NoHeader: true, HeaderRows: 2, Precinct: Column{Index: 1}, Ballot: "list", Votes: map[string]Column{"a": {Index: 2}}},
		"no_header":   {NoHeader: true, Shape: "transposed", Precinct: Column{Index: 1}, Ballot: "list", Votes: map[string]Column{"a": {Index: 2}}},
	} {
		var pe *ParseError
		if err := bad.Validate(); !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != field {
			t.Errorf("%s: %v; want an error of the mapping's %s", field, err, field)
		}
	}
}

// A file without a header row whose first row cannot be read (a quoted
// cell with text after its closing quote) skips it with Options.Lenient, as it skips such a row further
// down, the next row giving the file's width; without it, the error is
// at line 1.
func TestNoHeaderBadFirstRow(t *testing.T) {
	m := Mapping{NoHeader: true, Precinct: Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]Column{election.Valid: {Index: 2}}, Votes: map[string]Column{"a": {Index: 3}, "b": {Index: 4}}}
	const in = "1,\"1\"0,4,6\n2,9,5,4\n3,7,3,4\n"
	tab, err := ReadCSV(strings.NewReader(in), "h.csv", m, Options{Lenient: true})
	if err != nil || len(tab.Protocols) != 2 || len(tab.Skipped) != 1 || tab.Skipped[0].Line != 1 || !errors.Is(tab.Skipped[0], ErrSyntax) {
		t.Fatalf("%v, %d protocols, skipped %v; want rows 2 and 3, row 1 skipped", err, len(tab.Protocols), tab.Skipped)
	}
	_, err = ReadCSV(strings.NewReader(in), "h.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 1 || !errors.Is(err, ErrSyntax) {
		t.Errorf("%v; want a syntax error at line 1", err)
	}
}

// A file without a header row counts its cells with a bare quote (a quote
// they do not begin with) as one with a header does: in the first row,
// which is read to know the file's width, and in the rows after it.
func TestNoHeaderBareQuotes(t *testing.T) {
	m := Mapping{NoHeader: true, Precinct: Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]Column{election.Valid: {Index: 2}}, Votes: map[string]Column{"a": {Index: 3}, "b": {Index: 4}}}
	tab, err := ReadCSV(strings.NewReader("1\"a,10,4,6\n2,9,5,4\n3\"c,9,5,4\n"), "h.csv", m, Options{})
	if err != nil || len(tab.Protocols) != 3 {
		t.Fatalf("%v, %d protocols; want 3", err, len(tab.Protocols))
	}
	if tab.BareQuotes != 2 || !slices.Equal(tab.BareQuoteLines, []int{1, 3}) {
		t.Errorf("bare quotes %d at lines %v; want 2, at lines 1 and 3", tab.BareQuotes, tab.BareQuoteLines)
	}
}
