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
// are counted (Niinistö 174,534 in Helsinki), and so they are with the
// draft of the rows alone; a row of another width is refused naming both
// widths and no header.
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
	// The draft of the rows alone proposes such a mapping (the shares
	// after the last column it maps), and the file reads with it.
	_, rows, _ := bytes.Cut(data, []byte("\n"))
	d, err := DraftMapping(bytes.NewReader(rows), name)
	if err != nil {
		t.Fatal(err)
	}
	if tab, err := ReadCSV(bytes.NewReader(rows), name, readBack(t, d), Options{}); err != nil || len(tab.Protocols) != 3 {
		t.Errorf("the draft of the rows alone: %v; want the 3 rows read\n%s", err, strings.Join(d.Mapping.Guesses, "\n"))
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

// The same file with its header: R's write.table wrote it with the rows'
// names, so every row has a cell more than the header names. With
// "row_names" each name heads its own figures (Haavisto's 173,282 in
// Helsinki under "2.K Pekka Haavisto ääniä", not the share 49.8 beside
// them); the draft proposes it in a guess and leaves column 1 out; a
// mapping without it reads a share under the valid votes' header, and is
// refused at the first row.
func TestRowNamesReal(t *testing.T) {
	const name = "fi-pres2012-k2-kunnat.csv"
	data := readReal(t, name)
	m := Mapping{Delimiter: "\t", RowNames: true, Precinct: Column{Header: "Aluenumero"}, Region: &Column{Header: "Vaalipiiri"}, Ballot: "okrug", OkrugID: "Suomi",
		Lines: map[election.Line]Column{election.Voters: {Header: "2.K Äänioikeutettuja"}, election.Valid: {Header: "2.K Ääniä yhteensä"}},
		Votes: map[string]Column{"haavisto": {Header: "2.K Pekka Haavisto ääniä"}, "niinisto": {Header: "2.K Sauli Niinistö ääniä"}}}
	for _, o := range []Options{{}, {Concurrent: true}} {
		tab, err := ReadCSV(bytes.NewReader(data), name, m, o)
		if err != nil {
			t.Fatal(err)
		}
		if p := tab.Protocols; len(p) != 3 || p[0].Precinct != "091" || p[0].Votes["haavisto"] != 173282 || p[0].Votes["niinisto"] != 174534 ||
			p[0].Lines[election.Voters] != 502960 || p[0].Lines[election.Valid] != 347816 || tab.Precincts[0].Region != "01 Helsingin vaalipiiri" || tab.Columns["votes.haavisto"] != 10 {
			t.Errorf("%v, %v, columns %v; want Helsinki (091, region 01): Haavisto 173282 (column 10), Niinistö 174534, voters 502960, valid 347816", p, tab.Precincts, tab.Columns)
		}
	}
	m.RowNames = false
	if _, err := ReadCSV(bytes.NewReader(data), name, m, Options{}); !errors.Is(err, ErrLongRow) {
		t.Errorf("without row_names: %v; want %v (the rows' cell past the header's, not the share 34.3 it moves under the header of the valid votes)", err, ErrLongRow)
	}

	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Mapping.RowNames || !strings.HasPrefix(d.Mapping.Guesses[0], "row_names: true") {
		t.Fatalf("row_names %v; want true, said first\n%s", d.Mapping.RowNames, strings.Join(d.Mapping.Guesses, "\n"))
	}
	_, votes, _ := countReal(t, name, d)
	if id := choiceWithHeader(d.Mapping, "2.K Pekka Haavisto ääniä"); votes[id] != 173282+797+51400 {
		t.Errorf("votes %v; want Haavisto's 225479 under his header (%q)", votes, id)
	}
	for _, c := range d.Mapping.Votes {
		if c.Index == 1 {
			t.Errorf("column 1, the rows' names, is mapped: %v", d.Mapping.Votes)
		}
	}

	for field, bad := range map[string]Mapping{
		"row_names": {NoHeader: true, RowNames: true, Precinct: Column{Index: 1}, Ballot: "list", Votes: map[string]Column{"a": {Index: 2}}},
	} {
		var pe *ParseError
		if err := bad.Validate(); !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != field {
			t.Errorf("%s: %v; want an error of the mapping's %s", field, err, field)
		}
	}
	if _, err := ReadMapping(strings.NewReader(`{"row_names": "yes", "precinct": "a", "ballot": "list", "votes": {"a": "b"}}`), "m.json"); !errors.Is(err, ErrMapping) {
		t.Errorf(`"row_names": "yes": %v; want %v`, err, ErrMapping)
	}
}

// choiceWithHeader returns the ID m maps to the column headed h, or "".
func choiceWithHeader(m Mapping, h string) string {
	for id, c := range m.Votes {
		if c.Header == h {
			return id
		}
	}
	return ""
}
