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

// nlMapping is README's mapping of the Kiesraad's count of a
// municipality: the rows named by the four label columns joined, the
// stations by their numbers (the row "Gebiednummer"), the column
// "Totaal" left out; the candidates' rows are not mapped.
const nlMapping = `{
  "layout": "transposed", "skip_rows": 4, "delimiter": ";",
  "label_column": {"columns": ["Lijstnummer", "Aanduiding", "Volgnummer", "Naam kandidaat"]},
  "rows": {"where": [{"column": 1, "except": ["Totaal"]}]},
  "precinct": "Gebiednummer", "ballot": "list",
  "lines": {"found_stationary": "aangetroffen stembiljetten", "valid": "geldige stembiljetten", "invalid": "ongeldige stembiljetten"},
  "votes": {"pvv": "1 / PVV (Partij voor de Vrijheid)"}
}`

func readReal(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sums(tab Table) (map[string]int64, map[election.Line]int64) {
	votes, lines := map[string]int64{}, map[election.Line]int64{}
	for _, p := range tab.Protocols {
		for id, v := range p.Votes {
			votes[id] += v
		}
		for l, v := range p.Lines {
			lines[l] += v
		}
	}
	return votes, lines
}

// Russia's 2024 presidential election as izbirkom shows 8 precincts, a
// column each: drafted transposed, its rows named by column 1 "Label",
// and counted to the sums of its rows (python3, csv module, each row's
// cells after the first summed).
func TestTransposedRussia(t *testing.T) {
	const name = "ru-pres2024-uik-transposed.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Shape != "transposed" || d.Mapping.LabelColumn == nil || d.Mapping.LabelColumn.Header != "Label" || d.Mapping.Precinct.Header != "Label" {
		t.Fatalf("layout %q, label %v, precinct %v; want transposed, Label, Label", d.Mapping.Shape, d.Mapping.LabelColumn, d.Mapping.Precinct)
	}
	tab, votes, lines := countReal(t, name, d)
	want := map[string]int64{"davankov-vladislav-andreevich": 398, "putin-vladimir-vladimirovich": 44797, "slutskii-leonid-eduardovich": 208, "kharitonov-nikolai-mikhailovich": 383}
	if len(tab.Protocols) != 8 || tab.Protocols[0].Precinct != "8205" || tab.Protocols[7].Precinct != "8212" {
		t.Fatalf("%d protocols, first %q; want 8, 8205 to 8212", len(tab.Protocols), tab.Protocols[0].Precinct)
	}
	for id, v := range want {
		if votes[id] != v {
			t.Errorf("votes.%s = %d, want %d", id, votes[id], v)
		}
	}
	wantLines := map[election.Line]int64{election.Voters: 46182, election.Received: 49165, election.IssuedEarly: 0, election.IssuedInRoom: 46182,
		election.Cancelled: 2983, election.FoundStationary: 46182, election.Invalid: 396, election.Valid: 45786}
	for l, v := range wantLines {
		if lines[l] != v {
			t.Errorf("lines.%s = %d, want %d", l, lines[l], v)
		}
	}
}

// The Kiesraad's count of West Maas en Waal (2025), mapped by hand (the
// draft cannot: its rows are named in four columns, a list's candidates
// under it), counts each station, "Totaal" left out, to the sums of the
// stations' cells (python3), which are the Totaal column's.
func TestTransposedNetherlands(t *testing.T) {
	const name = "nl-tk2025-westmaasenwaal.csv"
	m, err := ReadMapping(strings.NewReader(nlMapping), "nl.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	votes, lines := sums(tab)
	if len(tab.Protocols) != 11 || tab.Protocols[0].Precinct != "1" || tab.Protocols[10].Precinct != "11" || tab.LeftOut != 1 || tab.Rows != 12 {
		t.Fatalf("%d protocols (%d rows, %d left out); want 11 stations 1 to 11, Totaal left out", len(tab.Protocols), tab.Rows, tab.LeftOut)
	}
	if votes["pvv"] != 3216 || lines[election.Valid] != 13627 || lines[election.Invalid] != 13 || lines[election.FoundStationary] != 13697 {
		t.Errorf("pvv %d, valid %d, invalid %d, found %d; want 3216, 13627, 13, 13697", votes["pvv"], lines[election.Valid], lines[election.Invalid], lines[election.FoundStationary])
	}
	if tab.Protocols[1].Votes["pvv"] != 249 || tab.Protocols[1].Lines[election.Valid] != 1047 {
		t.Errorf("station 2: %v %v; want pvv 249, valid 1047", tab.Protocols[1].Votes, tab.Protocols[1].Lines)
	}

	// Its blank papers (blanco) and invalid ones (ongeldig) are the form's
	// invalid ballots: mapped as the sum of the two rows, the ballots found
	// are invalid + valid at every station.
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: "blanco stembiljetten"}, {Header: "ongeldige stembiljetten"}}}
	tab, err = ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range tab.Protocols {
		if l := p.Lines; l[election.FoundStationary] != l[election.Invalid]+l[election.Valid] {
			t.Errorf("station %s: found %d, invalid %d + valid %d", p.Precinct, l[election.FoundStationary], l[election.Invalid], l[election.Valid])
		}
	}
	if _, lines = sums(tab); lines[election.Invalid] != 70 {
		t.Errorf("invalid %d; want 70 (57 blank + 13 invalid)", lines[election.Invalid])
	}

	// The draft says the file looks transposed, at its header row; it
	// drafts no mapping that counts "Totaal" as a party.
	d, err := draftReal(t, name)
	var pe *ParseError
	if d != nil || !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Line != 6 {
		t.Errorf("draft %v, %v; want an error of the mapping at line 6", d, err)
	}
}

// A bad cell of a transposed file is reported where it is in the file,
// its line and column, never at its place in the turned table; with
// Lenient its precinct is skipped there and the others are read.
func TestTransposedBadCell(t *testing.T) {
	cases := []struct {
		name, mapping, from, to string
		line, column            int
		field                   string
	}{
		// Line 3 (received), precinct 8207 in column 4.
		{"ru-pres2024-uik-transposed.csv", "", ";10000;7000;", ";10000;7x00;", 3, 4, "lines.received"},
		// Line 14 ("geldige stembiljetten"), station 2 in column 7.
		{"nl-tk2025-westmaasenwaal.csv", nlMapping, `"2318";"1047"`, `"2318";"1O47"`, 14, 7, "lines.valid"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := readReal(t, c.name)
			if bytes.Count(b, []byte(c.from)) != 1 {
				t.Fatalf("%q is not in the file once", c.from)
			}
			b = bytes.Replace(b, []byte(c.from), []byte(c.to), 1)
			var m Mapping
			if c.mapping == "" {
				d, err := DraftMapping(bytes.NewReader(readReal(t, c.name)), c.name)
				if err != nil {
					t.Fatal(err)
				}
				m = readBack(t, d)
			} else {
				var err error
				if m, err = ReadMapping(strings.NewReader(c.mapping), "m.json"); err != nil {
					t.Fatal(err)
				}
			}
			_, err := ReadCSV(bytes.NewReader(b), c.name, m, Options{})
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) || pe.Line != c.line || pe.Column != c.column || pe.Field != c.field {
				t.Fatalf("err %v; want %s not a number at line %d column %d", err, c.field, c.line, c.column)
			}
			tab, err := ReadCSV(bytes.NewReader(b), c.name, m, Options{Lenient: true})
			if err != nil || len(tab.Skipped) != 1 || tab.Skipped[0].Line != c.line || tab.Skipped[0].Column != c.column {
				t.Fatalf("lenient: err %v, skipped %v; want the one cell's precinct skipped", err, tab.Skipped)
			}
			if n := len(tab.Protocols); n != tab.Rows-tab.LeftOut-1 {
				t.Errorf("%d protocols of %d rows (%d left out); want all but one", n, tab.Rows, tab.LeftOut)
			}
		})
	}
}

// A row of a transposed file holds a figure of every precinct: a cell
// left out or added is an error at its line, mapped or not, and a
// mapping that names a label column in a wide file is refused.
func TestTransposedShape(t *testing.T) {
	m := Mapping{Shape: "transposed", Precinct: Column{Header: "uik"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "A"}}}
	for _, c := range []struct {
		name, data string
		line, col  int
		err        error
	}{
		{"short", "uik,1,2\nA,5,6\nnote,7\n", 3, 3, ErrShortRow},
		{"long", "uik,1,2\nA,5,6\nnote,7,8,9\n", 3, 4, ErrLongRow},
		{"no precinct", "uik\nA\n", 1, 0, ErrNoRows},
	} {
		_, err := ReadCSV(strings.NewReader(c.data), "t.csv", m, Options{Lenient: true})
		var pe *ParseError
		if !errors.Is(err, c.err) || !errors.As(err, &pe) || pe.Line != c.line || pe.Column != c.col {
			t.Errorf("%s: %v; want %v at %d:%d", c.name, err, c.err, c.line, c.col)
		}
	}
	tab, err := ReadCSV(strings.NewReader("uik,1,,3\nA,5,,7\n"), "t.csv", m, Options{})
	if err != nil || len(tab.Protocols) != 2 || tab.Blank != 1 {
		t.Errorf("%v, %d protocols, %d blank; want the empty column a blank row", err, len(tab.Protocols), tab.Blank)
	}
	tab, err = ReadCSV(strings.NewReader("uik,1,,3\nA,5,6,7\n"), "t.csv", m, Options{})
	if err != nil || len(tab.Protocols) != 3 || tab.Protocols[1].Precinct != "column 3" {
		t.Errorf("%v, %v; want the column without a number named by its column", err, tab.Protocols)
	}

	wide := m
	wide.Shape, wide.LabelColumn = "", &Column{Index: 1}
	var pe *ParseError
	if err := wide.Validate(); !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != "label_column" {
		t.Errorf("%v; want an error of the mapping's label_column", err)
	}

	// A figure may be a sum of rows (the Kiesraad's blank and invalid
	// papers, apart, are the form's invalid ballots); a bad cell of one
	// is an error at its own line and the precinct's column.
	sum := m
	sum.Votes = map[string]Column{"a": {Columns: []Column{{Header: "A"}, {Header: "B"}}}}
	tab, err = ReadCSV(strings.NewReader("uik,1,2\nA,5,6\nB,1,2\n"), "t.csv", sum, Options{})
	if err != nil || len(tab.Protocols) != 2 || tab.Protocols[0].Votes["a"] != 6 || tab.Protocols[1].Votes["a"] != 8 {
		t.Errorf("%v, %v; want the sums of rows A and B, 6 and 8", err, tab.Protocols)
	}
	_, err = ReadCSV(strings.NewReader("uik,1,2\nA,5,6\nB,1,x\n"), "t.csv", sum, Options{})
	if !errors.As(err, &pe) || pe.Line != 3 || pe.Column != 3 || pe.Field != "votes.a.columns[1]" {
		t.Errorf("%v; want an error at t.csv:3:3, votes.a.columns[1]", err)
	}
	// A negative part, and a sum past int64, are errors at the part's
	// cell (its row's line, the precinct's column), naming rows, not
	// columns: the turned table's columns are no place in the file.
	for _, c := range []struct {
		data       string
		line, col  int
		is         error
		rows, cols string
	}{
		{"uik,1,2\nA,5,6\nB,1,-2\n", 3, 3, ErrBadValue, `rows on lines 2 "A" + 3 "B"`, "columns"},
		{"uik,1,2\nA,5,9223372036854775807\nB,1,2\n", 2, 3, ErrOutOfRange, `rows on lines 2 "A" + 3 "B"`, "columns"},
	} {
		_, err = ReadCSV(strings.NewReader(c.data), "t.csv", sum, Options{})
		if !errors.As(err, &pe) || !errors.Is(err, c.is) || pe.Line != c.line || pe.Column != c.col || pe.Field != "votes.a" ||
			!strings.Contains(err.Error(), c.rows) || strings.Contains(err.Error(), c.cols) {
			t.Errorf("%v; want an error at t.csv:%d:%d, votes.a, naming %s", err, c.line, c.col, c.rows)
		}
	}
}

// A transposed file reads the same with the package's tokenizer and with
// encoding/csv, and every error is a *ParseError with its line; a skipped
// precinct is placed at a line and column of the file.
func FuzzReadTransposed(f *testing.F) {
	for _, s := range []string{
		"uik;1;2\nvoters;10;20\nvalid;9;18\nA;5;9\nB;4;9\n",
		"uik;1;2\nvoters;10;x\nvalid;9;18\nA;5;9\nB;4;9\n",
		"title\nuik;1;;3\nvoters;10;;\nvalid;9;;18\n\"A\";5;;9\nnote;;;\n",
		"uik;1;2\nvoters;10\n",
		"uik;1;2;Total\nvoters;10;20;30\nA;5;9;14\n",
	} {
		f.Add([]byte(s), false, 0)
		f.Add([]byte(s), true, 1)
	}
	f.Fuzz(func(t *testing.T, data []byte, lenient bool, skip int) {
		m := Mapping{Shape: "transposed", Delimiter: ";", SkipRows: skip & 1, Precinct: Column{Header: "uik"}, Ballot: "list",
			Lines: map[election.Line]Column{election.Voters: {Header: "voters"}, election.Valid: {Index: 3}},
			Votes: map[string]Column{"a": {Header: "A"}, "b": {Header: "B"}}}
		tab, err := ReadCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient})
		ref, refErr := readCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient}, csvRecords)
		if !reflect.DeepEqual(tab, ref) || fmt.Sprint(err) != fmt.Sprint(refErr) {
			t.Fatalf("tokenizer and encoding/csv differ:\n%+v\n%v\n%+v\n%v", tab, err, ref, refErr)
		}
		var pe *ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("%T: %v", err, err)
		}
		for _, s := range tab.Skipped {
			if s.Line == 0 || s.Column == 0 {
				t.Fatalf("skipped precinct without its place: %v", s)
			}
		}
	})
}

// The draft recognises a transposed file by its rows' labels (protocol
// lines) or by a header that numbers precincts, leaves out a column of
// the others' sum by a row filter, and leaves a wide file wide.
func TestDraftTransposedShapes(t *testing.T) {
	cases := []struct {
		name, data string
		layout     string
		except     []string
		protocols  int
		valid      int64
	}{
		{"numbered precincts", "Label;8205;8206;8207\nPutin;10;20;31\nDavankov;1;2;3\n", "transposed", nil, 3, 0},
		{"a total column", "Label;Всего;8205;8206\nЧисло избирателей, включенных в список избирателей;30;10;20\n" +
			"Число действительных избирательных бюллетеней;27;9;18\nPutin;20;5;15\nDavankov;7;4;3\n", "transposed", []string{"Всего"}, 2, 27},
		{"wide", "uik;Число избирателей, включенных в список избирателей;Putin\n1;10;5\n2;20;15\n", "", nil, 2, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(c.data), "t.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Shape != c.layout {
				t.Fatalf("layout %q, want %q\n%s", m.Shape, c.layout, strings.Join(m.Guesses, "\n"))
			}
			var except []string
			if m.Rows != nil {
				except = m.Rows.Where[0].Except
			}
			if !reflect.DeepEqual(except, c.except) {
				t.Errorf("left out %q, want %q", except, c.except)
			}
			tab, err := ReadCSV(strings.NewReader(c.data), "t.csv", m, Options{})
			if err != nil {
				t.Fatal(err)
			}
			_, lines := sums(tab)
			if len(tab.Protocols) != c.protocols || lines[election.Valid] != c.valid {
				t.Errorf("%d protocols, valid %d; want %d, %d", len(tab.Protocols), lines[election.Valid], c.protocols, c.valid)
			}
		})
	}
}
