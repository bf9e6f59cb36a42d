package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// dkLists maps each list of Fanø's file (Denmark, municipal election
// 2021) by its name, the Listenavn cell of its "Listestemmer" row and of
// each of its candidates' rows, to its letter.
const dkLists = `{"Socialdemokratiet": "a", "Radikale Venstre": "b", "Det Konservative Folkeparti": "c",
	"SF - Socialistisk Folkeparti": "f", "Fanø Lokalliste": "l", "Dansk Folkeparti": "o",
	"Venstre, Danmarks Liberale Parti": "v", "Enhedslisten - De Rød - Grønne": "oe", "Alternativet": "aa"}`

// dkRowsMapping maps the whole of Fanø's file by Listenavn, with
// choice_rows as given ("" for none).
func dkRowsMapping(t *testing.T, rows string) Mapping {
	t.Helper()
	sum := ""
	if rows != "" {
		sum = `, "choice_rows": "` + rows + `"`
	}
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "delimiter": ";", "precinct": "Afstemningsområde", "ballot": "list",
		"choice_column": "Listenavn", "votes_column": "Stemmetal", "choice_values": `+dkLists+sum+`}`), "dk.json")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// With "choice_rows": "sum", each list's votes in an area are the sum of
// its rows there: its "Listestemmer" row and its candidates'. The figures
// below were summed from the file apart from shailoo (python3's csv
// module over Afstemningsområde and Listenavn), all 93 rows.
func TestLongChoiceRowsDenmark(t *testing.T) {
	want := map[string]map[string]int64{
		"1. Nordby":   {"a": 148, "b": 622, "c": 420, "f": 132, "l": 59, "o": 29, "v": 383, "oe": 173, "aa": 70},
		"2. Sønderho": {"a": 42, "b": 44, "c": 76, "f": 16, "l": 2, "o": 3, "v": 45, "oe": 28, "aa": 9},
	}
	tab, err := ReadCSV(strings.NewReader(string(readReal(t, "dk-kv2021-fanoe.csv"))), "dk.csv", dkRowsMapping(t, ChoiceRowsSum), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 2 {
		t.Fatalf("%d protocols, want 2", len(tab.Protocols))
	}
	for _, p := range tab.Protocols {
		if len(p.Votes) != len(want[p.Precinct]) {
			t.Errorf("%s: %d lists, want %d", p.Precinct, len(p.Votes), len(want[p.Precinct]))
		}
		for id, n := range want[p.Precinct] {
			if v, ok := p.Votes[id]; !ok || v != n {
				t.Errorf("%s: %s %d (given %v), want %d", p.Precinct, id, v, ok, n)
			}
		}
	}
	// Each protocol is at its first row.
	if tab.Lines[0] != 2 || tab.Lines[1] != 48 {
		t.Errorf("protocols at lines %v, want 2 and 48", tab.Lines)
	}
}

// Without choice_rows the second row of a list in an area is an error,
// as it was before the key: a row given twice by mistake must not double
// a figure.
func TestLongChoiceRowsDefault(t *testing.T) {
	_, err := ReadCSV(strings.NewReader(string(readReal(t, "dk-kv2021-fanoe.csv"))), "dk.csv", dkRowsMapping(t, ""), Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrDuplicateRow) || pe.Line != 3 || pe.Header != "Listenavn" ||
		!strings.Contains(err.Error(), `"Socialdemokratiet" of protocol "1. Nordby": line 2 gives it already; the rows on lines 2 and 3 differ in column 4 "Navn" ("Listestemmer" on line 2, "Johan Brink Jensen" on line 3); if a column tells the two rows apart`) {
		t.Errorf("%v; want line 3 a second row of Socialdemokratiet, line 2 named, choice_rows suggested", err)
	}
	// The same row twice names the row twice, and suggests no sum.
	rows := strings.SplitAfter(string(readReal(t, "dk-kv2021-fanoe.csv")), "\n")
	twice := strings.Join(rows[:2], "") + rows[1] + strings.Join(rows[2:], "")
	_, err = ReadCSV(strings.NewReader(twice), "dk.csv", dkRowsMapping(t, ""), Options{})
	if !errors.Is(err, ErrDuplicateRow) || !strings.Contains(err.Error(), "with the same figure (48): does the file list its rows twice?") || strings.Contains(err.Error(), "choice_rows") {
		t.Errorf("%v; want the same figure twice said, no sum suggested", err)
	}
}

// A summed choice with an empty cell in one of its rows is not given (as a
// line of line_values labels is with a part's cell empty), the row of the
// empty cell named; a negative part and a sum past int64 are refused,
// naming the row.
func TestLongChoiceRowsParts(t *testing.T) {
	file := string(readReal(t, "dk-kv2021-fanoe.csv"))
	read := func(from, to string) (Table, error) {
		t.Helper()
		data := strings.Replace(file, from, to, 1)
		if data == file {
			t.Fatalf("%q is not in the file", from)
		}
		return ReadCSV(strings.NewReader(data), "dk.csv", dkRowsMapping(t, ChoiceRowsSum), Options{})
	}
	tab, err := read("Jørgen Dalsgaard;17", "Jørgen Dalsgaard;")
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := tab.Protocols[0].Votes["a"]; ok {
		t.Errorf("Nordby a = %d, want not given", v)
	}
	if v := tab.Protocols[0].Votes["b"]; v != 622 {
		t.Errorf("Nordby b = %d, want 622", v)
	}
	if len(tab.EmptyChoices) != 1 || tab.EmptyChoices[0] != (ChoiceRow{Protocol: 0, Choice: "a", Line: 4}) {
		t.Errorf("empty choices %+v, want a of Nordby at line 4", tab.EmptyChoices)
	}
	for _, tt := range []struct {
		name, from, to string
		err            error
		line           int
		says           string
	}{
		{"negative", "Jørgen Dalsgaard;17", "Jørgen Dalsgaard;-17", ErrBadValue, 4, `votes.a: -17 in a part of the sum of the rows of the choice, summed ("choice_rows": "sum")`},
		{"past int64", "Jørgen Dalsgaard;17", "Jørgen Dalsgaard;9223372036854775800", ErrOutOfRange, 4, "votes.a: the sum of the rows from line 2 to line 4 leaves the int64 range (120 + 9223372036854775800)"},
	} {
		_, err := read(tt.from, tt.to)
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tt.err) || pe.Line != tt.line || pe.Header != "Stemmetal" || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: %v; want %v at line %d, Stemmetal, saying %q", tt.name, err, tt.err, tt.line, tt.says)
		}
	}
}

// A finding about a summed choice names the row of its first part, the
// protocol at its first row.
func TestLongChoiceRowsPlace(t *testing.T) {
	var at []int
	_, err := ScanRows(strings.NewReader(string(readReal(t, "dk-kv2021-fanoe.csv"))), "dk.csv", dkRowsMapping(t, ChoiceRowsSum), Options{}, func(row *Row) error {
		at = append(at, row.Line, row.Error("votes.a", nil).Line, row.Error("votes.b", nil).Line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{2, 2, 6, 48, 48, 52}; !slices.Equal(at, want) {
		t.Errorf("protocol, a and b at lines %v, want %v", at, want)
	}
}

// choice_rows sums the rows of choices: a protocol line given in two rows
// stays a second row; the key is for long files, and its value one it
// knows.
func TestLongChoiceRowsMapping(t *testing.T) {
	data := "p,c,n\n1,A,3\n1,A,4\n1,Valid,7\n1,Valid,7\n"
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "p", "ballot": "list", "choice_column": "c", "votes_column": "n",
		"choice_values": {"A": "a"}, "line_values": {"Valid": "valid"}, "choice_rows": "sum"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(strings.NewReader(data), "p.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrDuplicateRow) || pe.Line != 5 {
		t.Errorf("%v; want line 5, Valid's second row, refused", err)
	}
	for _, tt := range []struct{ name, json, says string }{
		{"wide", `{"precinct": "p", "ballot": "list", "votes": {"a": "A"}, "choice_rows": "sum"}`, `choice_rows is for long files`},
		{"unknown", `{"layout": "long", "precinct": "p", "ballot": "list", "choice_column": "c", "votes_column": "n", "choice_values": {"A": "a"}, "choice_rows": "add"}`,
			`"add" is not "sum"`},
		{"no choices", `{"layout": "long", "precinct": "p", "ballot": "list", "choice_column": "c", "votes_column": "n", "line_values": {"Valid": "valid"}, "choice_rows": "sum"}`,
			`sums the rows of a choice of choice_values, and the mapping has none`},
	} {
		_, err := ReadMapping(strings.NewReader(tt.json), "m.json")
		var pe *ParseError
		if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != "choice_rows" || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: %v; want choice_rows saying %q", tt.name, err, tt.says)
		}
	}
}

// Under choice_rows, a label of a choice mapped with others is summed over
// its rows and with the other labels; a label no row of a protocol names
// is no part of its figure, as without the key: precinct 2's a is its A1
// rows' 2 + 4.
func TestLongChoiceRowsOfLabels(t *testing.T) {
	data := "p,c,n\n1,A1,3\n1,A2,4\n1,A1,5\n1,B,1\n2,A1,2\n2,A1,4\n2,B,1\n2,B,6\n"
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "p", "ballot": "list", "choice_column": "c", "votes_column": "n",
		"choice_values": {"A1": "a", "A2": "a", "B": "b"}, "choice_rows": "sum"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader(data), "p.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	one, two := tab.Protocols[0].Votes, tab.Protocols[1].Votes
	if one["a"] != 12 || one["b"] != 1 || two["b"] != 7 {
		t.Errorf("votes %v and %v, want a 12, b 1, and b 7", one, two)
	}
	if v, ok := two["a"]; !ok || v != 6 {
		t.Errorf("precinct 2: a %d (given %v), want 6: no row names A2 there", v, ok)
	}
}

// Under "empty_votes": "not_on_ballot" an empty votes cell of a summed
// choice's row is 0, a part as any other (as in a wide file's sum), not
// a sum not given that the key would then read as 0 votes in all: a's 3
// votes stay. A label of a choice named with an empty cell is 0 the same
// way. The note's count (Table.NotOnBallot) counts each such cell and
// each choice no row names (c); before, it counted c alone.
func TestLongChoiceRowsNotOnBallot(t *testing.T) {
	for _, tt := range []struct {
		name, values, data string
		read               int
	}{
		{"rows", `{"A": "a", "B": "b", "C": "c"}`, "p,c,n\n1,A,3\n1,A,\n1,B,1\n2,A,\n2,A,4\n2,B,2\n", 4},
		{"labels", `{"A": "a", "A2": "a", "B": "b", "C": "c"}`, "p,c,n\n1,A,3\n1,A2,\n1,B,1\n2,A,4\n2,B,2\n", 3},
	} {
		m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "p", "ballot": "list", "choice_column": "c", "votes_column": "n",
			"choice_values": `+tt.values+`, "choice_rows": "sum", "empty_votes": "not_on_ballot"}`), "m.json")
		if err != nil {
			t.Fatal(err)
		}
		tab, err := ReadCSV(strings.NewReader(tt.data), "p.csv", m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		one, two := tab.Protocols[0].Votes, tab.Protocols[1].Votes
		if one["a"] != 3 || two["a"] != 4 || one["b"] != 1 || two["b"] != 2 {
			t.Errorf("%s: %v and %v, want a 3 and 4, b 1 and 2", tt.name, one, two)
		}
		if v, ok := one["c"]; !ok || v != 0 {
			t.Errorf("%s: c %d (given %v), want 0: not on the ballot", tt.name, v, ok)
		}
		if tab.NotOnBallot != tt.read {
			t.Errorf("%s: %d read as 0, want %d", tt.name, tab.NotOnBallot, tt.read)
		}
	}
}

// Under "choice_rows": "sum" the rows summed differ in a cell other than
// the figure (a candidate's name, a vote mode); the same row twice, every
// cell the same, is a row given twice, as it is without the key: Fanø's
// line 3 given again doubled Socialdemokratiet's 72 votes. Both lines are
// named, read in one thread or in several; a quoted copy of the row is
// the same row.
func TestLongChoiceRowsTwice(t *testing.T) {
	rows := strings.SplitAfter(string(readReal(t, "dk-kv2021-fanoe.csv")), "\n")
	for _, c := range []struct{ name, again string }{
		{"as is", rows[2]},
		{"quoted", `"1. Nordby";A;"Socialdemokratiet";Johan Brink Jensen; 72` + "\n"},
	} {
		twice := strings.Join(rows[:3], "") + c.again + strings.Join(rows[3:], "")
		for _, conc := range []bool{false, true} {
			_, err := ReadCSV(strings.NewReader(twice), "dk.csv", dkRowsMapping(t, ChoiceRowsSum), Options{Concurrent: conc})
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrDuplicateRow) || pe.Line != 4 ||
				!strings.Contains(err.Error(), "line 3 gives the same row, every cell the same: does the file list its rows twice?") {
				t.Errorf("%s, concurrent %v: %v; want line 4 the row of line 3 given twice", c.name, conc, err)
			}
		}
	}
	// Rows that differ in a cell other than the figure are summed.
	other := strings.Join(rows[:3], "") + strings.Replace(rows[2], "Johan Brink Jensen", "Johan Brink Jensen (2)", 1) + strings.Join(rows[3:], "")
	tab, err := ReadCSV(strings.NewReader(other), "dk.csv", dkRowsMapping(t, ChoiceRowsSum), Options{})
	if err != nil || tab.Protocols[0].Votes["a"] != 148+72 {
		t.Errorf("%v, %v; want Socialdemokratiet 220 in Nordby", err, tab.Protocols)
	}
}

// A negative figure under "choice_rows": "sum" is refused once another row
// of its choice adds to it (added in, it would vanish from the checks),
// whichever of the two rows gives it; a choice of one row is not summed,
// and its negative figure is read as without choice_rows, for the checks
// to find (P106).
func TestLongChoiceRowsNegative(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "p", "ballot": "okrug", "choice_column": "c", "votes_column": "n",
		"choice_values": {"A": "a", "B": "b"}, "choice_rows": "sum"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader("p,c,n\n1,A,-142\n1,B,55\n2,A,396\n2,B,183\n"), "p.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := tab.Protocols[0].Votes["a"]; !ok || v != -142 {
		t.Errorf("precinct 1, a = %d (%v), want -142 as given", v, ok)
	}
	for _, tt := range []struct {
		name, data string
		line       int
		says       string
	}{
		{"the first row", "p,c,n\n1,A,-142\n1,B,55\n1,A,4\n", 2, "votes.a: -142 in a part of the sum"},
		{"the second row", "p,c,n\n1,A,142\n1,B,55\n1,A,-4\n", 4, "votes.a: -4 in a part of the sum"},
		{"the second row empty", "p,c,n\n1,A,-142\n1,A,\n", 2, "votes.a: -142 in a part of the sum"},
	} {
		_, err := ReadCSV(strings.NewReader(tt.data), "p.csv", m, Options{})
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != tt.line || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: %v; want ErrBadValue at line %d saying %q", tt.name, err, tt.line, tt.says)
		}
	}
}
