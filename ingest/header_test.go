package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// The joining rule of a header of several rows: merged cells span the
// columns after them, within the span of the rows above.
func TestJoinHeader(t *testing.T) {
	split := func(rows ...string) [][]string {
		var out [][]string
		for _, r := range rows {
			out = append(out, strings.Split(r, ";"))
		}
		return out
	}
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"one row", split(" a ;b;;c"), []string{"a", "b", "", "c"}},
		{"merged cells", split("A;;B;", "x;y;x;y"), []string{"A / x", "A / y", "B / x", "B / y"}},
		{"three rows", split("Nr;Party;;;", ";first;;second;", ";final;prev;final;prev"),
			[]string{"Nr", "Party / first / final", "Party / first / prev", "Party / second / final", "Party / second / prev"}},
		// The middle row's "x" spans column 2 but not column 3, where
		// the top row's "B" begins.
		{"span of the row above", split("A;;B;", "x;;;y", "p;q;r;s"), []string{"A / x / p", "A / x / q", "B / r", "B / y / s"}},
		// An empty cell of the last row adds nothing; nothing is left of
		// a column empty in every row.
		{"empty parts", split("A;;;", ";x;;", "1;;;"), []string{"A / 1", "A / x", "A / x", "A / x"}},
		{"empty column", split(";A", ";x"), []string{"", "A / x"}},
		// Cells past the end of a short row are empty cells: a merged
		// cell at the end of a row whose empty cells were cut off.
		{"trailing empty cells", split("A;B", "x;y;z;w", "p;q;r"), []string{"A / x / p", "B / y / q", "B / z / r", "B / w"}},
		// A last row of the columns' own numbers names nothing (Form
		// 20's, one column off), and the empty column after the last it
		// numbers takes no name from its neighbour's merged cell.
		{"column numbers", split(";Nr;Votes;;Total;Tendered;", ";;A;B;;;", ";1;2;3;4;5;"), []string{"", "Nr", "Votes / A", "Votes / B", "Total", "Tendered", ""}},
		{"trimmed", split("\ufeff A ; ", " x ; y "), []string{"A / x", "A / y"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := joinHeader(tc.rows); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// kergMapping reads the kerg cut's Zweitstimmen by the joined headers of
// its three header rows.
func kergMapping() Mapping {
	return Mapping{
		Delimiter:  ";",
		HeaderRows: 3,
		Precinct:   Column{Header: "Nr"},
		Ballot:     "list",
		Lines: map[election.Line]Column{
			election.Voters:  {Header: "Wahlberechtigte / Zweitstimmen / Endgültig"},
			election.Invalid: {Header: "Ungültige / Zweitstimmen / Endgültig"},
			election.Valid:   {Header: "Gültige / Zweitstimmen / Endgültig"},
		},
		Votes: map[string]Column{
			"cdu": {Header: "Christlich Demokratische Union Deutschlands / Zweitstimmen / Endgültig"},
			"spd": {Header: " Sozialdemokratische Partei Deutschlands / Zweitstimmen / Endgültig "},
		},
	}
}

func readKerg(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../testdata/ingest/real/de-btw17-kerg.csv")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// The kerg cut read by its joined headers gives what the columns by
// number give (the header's rows skipped), on the same lines, read in
// sequence or concurrently.
func TestHeaderRowsKerg(t *testing.T) {
	data := readKerg(t)
	byHeader, _, err := readBlank(t, data, kergMapping())
	if err != nil {
		t.Fatal(err)
	}
	byIndex, _, err := readBlank(t, data, Mapping{
		Delimiter: ";", SkipRows: 2, Precinct: Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]Column{election.Voters: {Index: 6}, election.Invalid: {Index: 14}, election.Valid: {Index: 18}},
		Votes: map[string]Column{"cdu": {Index: 22}, "spd": {Index: 26}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(byHeader.Protocols, byIndex.Protocols) || !slices.Equal(byHeader.Lines, byIndex.Lines) {
		t.Errorf("by header:\n%+v %v\nby index:\n%+v %v", byHeader.Protocols, byHeader.Lines, byIndex.Protocols, byIndex.Lines)
	}
	if byHeader.Lines[0] != 4 || byHeader.Rows != 12 {
		t.Errorf("first data row at line %d, %d rows; want line 4 (after the 3 header rows), 12 rows", byHeader.Lines[0], byHeader.Rows)
	}
	if p := byHeader.Protocols[0]; p.Lines[election.Voters] != 228471 || p.Votes["cdu"] != 58320 {
		t.Errorf("first protocol %+v, want voters 228471 and cdu 58320 (Flensburg – Schleswig)", p)
	}
	if c := byHeader.Columns["lines.voters"]; c != 6 {
		t.Errorf("voters in column %d, want 6", c)
	}
	// By number, a column of a header of several rows is the same column.
	m := kergMapping()
	m.Precinct = Column{Index: 1}
	m.Votes["cdu"] = Column{Index: 22}
	if tab, _, err := readBlank(t, data, m); err != nil || !reflect.DeepEqual(tab.Protocols, byHeader.Protocols) {
		t.Errorf("by number: %v\n%+v", err, tab.Protocols)
	}
}

// Skipped rows come above the header's rows; errors name the lines as
// the file counts them, and quote the joined header.
func TestHeaderRowsWithSkipRows(t *testing.T) {
	const in = "Results\n\n" + // a title and an empty line (no record)
		"p,Party,,Party\n" +
		",A,B,\n" +
		"1,5,6,7\n" +
		"2,x,6,7\n"
	m := Mapping{SkipRows: 1, HeaderRows: 2, Precinct: Column{Header: "p"}, Ballot: "list",
		Votes: map[string]Column{"a": {Header: "Party / A"}, "b": {Header: "Party / B"}, "c": {Header: "Party"}}}
	tab, _, err := readBlank(t, in, m)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 6 || pe.Column != 2 || pe.Header != "Party / A" || !errors.Is(err, ErrNotNumber) {
		t.Fatalf("err %v (%#v), want a bad number at line 6, column 2, header \"Party / A\"", err, pe)
	}
	m.Precinct = Column{Index: 1}
	tab, err = ReadCSV(strings.NewReader(in), "f.csv", m, Options{Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	want := election.Protocol{Precinct: "1", Ballot: election.ListBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"a": 5, "b": 6, "c": 7}}
	if len(tab.Protocols) != 1 || !equalProtocol(tab.Protocols[0], want) || tab.Lines[0] != 5 || len(tab.Skipped) != 1 || tab.Skipped[0].Line != 6 {
		t.Errorf("got %+v at %v, skipped %v; want %+v at line 5, line 6 skipped", tab.Protocols, tab.Lines, tab.Skipped, want)
	}
}

// A long file's header may be several rows too.
func TestHeaderRowsLong(t *testing.T) {
	const in = "where,,what,\n" +
		"precinct,ballot,choice,votes\n" +
		"1,list,A,5\n1,list,B,6\n2,list,A,7\n"
	m := Mapping{Shape: "long", HeaderRows: 2, Precinct: Column{Header: "where / precinct"}, BallotColumn: &Column{Header: "where / ballot"},
		ChoiceColumn: &Column{Header: "what / choice"}, VotesColumn: &Column{Header: "what / votes"},
		ChoiceValues: map[string]string{"A": "a", "B": "b"}}
	tab, _, err := readBlank(t, in, m)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 2 || tab.Protocols[0].Votes["b"] != 6 || !slices.Equal(tab.Lines, []int{3, 5}) {
		t.Errorf("got %+v at lines %v, want 2 protocols at lines 3 and 5", tab.Protocols, tab.Lines)
	}
}

// A header that is missing, or names two columns, is quoted as joined;
// a header of more rows than the file has is an error.
func TestHeaderRowsErrors(t *testing.T) {
	data := readKerg(t)
	m := kergMapping()
	m.Votes["afd"] = Column{Header: "Alternative für Deutschland / Zweitstimmen"}
	_, err := ReadCSV(strings.NewReader(data), "kerg.csv", m, Options{})
	var pe *ParseError
	if !errors.Is(err, ErrMissingHeader) || !errors.As(err, &pe) || pe.Line != 1 || !strings.Contains(err.Error(), `"Alternative für Deutschland / Zweitstimmen"`) {
		t.Errorf("missing header: %v", err)
	}

	const twice = "p,A,A\n,x,x\n1,2,3\n"
	_, err = ReadCSV(strings.NewReader(twice), "f.csv", Mapping{HeaderRows: 2, Precinct: Column{Index: 1}, Ballot: "list",
		Votes: map[string]Column{"a": {Header: "A / x"}}}, Options{})
	if !errors.Is(err, ErrMapping) || !strings.Contains(fmt.Sprint(err), `"A / x" is in columns 2 and 3`) {
		t.Errorf("ambiguous header: %v", err)
	}

	for _, tc := range []struct {
		in   string
		skip int
		want string
	}{
		{"p,a\n,x\n", 0, "and nothing after it"},
		{"p,a\n,x\n", 1, "ends after 1 of them"},
		{"p,a\n", 0, "ends after 1 of them"},
		{"t\n", 1, "no header row"},
	} {
		_, err := ReadCSV(strings.NewReader(tc.in), "f.csv", Mapping{SkipRows: tc.skip, HeaderRows: 2, Precinct: Column{Index: 1}, Ballot: "list",
			Votes: map[string]Column{"a": {Index: 2}}}, Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q, skip %d: %v, want %q", tc.in, tc.skip, err, tc.want)
		}
	}

	bad := kergMapping()
	bad.HeaderRows = -1
	if err := bad.Validate(); !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != "header_rows" {
		t.Errorf("header_rows -1: %v", err)
	}
	for _, n := range []string{"0", "-2"} {
		_, err := ReadMapping(strings.NewReader(`{"precinct": 1, "ballot": "list", "votes": {"a": 2}, "header_rows": `+n+`}`), "m.json")
		if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != "header_rows" || pe.Line != 1 {
			t.Errorf("header_rows %s: %v", n, err)
		}
	}
	m2, err := ReadMapping(strings.NewReader(`{"precinct": 1, "ballot": "list", "votes": {"a": 2}, "header_rows": 3}`), "m.json")
	if err != nil || m2.HeaderRows != 3 {
		t.Errorf("header_rows 3: %v, %d", err, m2.HeaderRows)
	}
}

// The parallel scan of a file whose header is several rows gives what
// the sequential one gives, the lines included.
func TestHeaderRowsParallel(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("title\np,b,m,figures,,,\n,,,i,v,a,aa\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "%d,list,0,%d,%d,%d,%d\n", i%9+1, i%7, 90+i%5, 80+i%3, i%11)
		if i%700 == 3 {
			b.WriteString("4,list,0,x,1,1,1\n")
		}
	}
	m := Mapping{SkipRows: 1, HeaderRows: 2, Precinct: Column{Header: "p"}, BallotColumn: &Column{Header: "b"}, MachineColumn: &Column{Header: "m"},
		Lines: map[election.Line]Column{election.Invalid: {Header: "figures / i"}, election.Valid: {Header: "figures / v"}},
		Votes: map[string]Column{"a": {Header: "figures / a"}, election.AgainstAll: {Header: "figures / aa"}}}
	seq, seqErr := scanText(b.Bytes(), m, Options{Lenient: true, CheckConflicts: true, Precinct: fuzzPrecinct})
	if seqErr != nil || !strings.HasPrefix(seq, "4 0 ") {
		t.Fatalf("sequential: %v\n%.200s", seqErr, seq)
	}
	for _, chunk := range []int{0, 100, 1000} {
		par, parErr := scanText(b.Bytes(), m, Options{Lenient: true, CheckConflicts: true, Precinct: fuzzPrecinct, Concurrent: true, chunkBytes: chunk})
		if seq != par || fmt.Sprint(seqErr) != fmt.Sprint(parErr) {
			t.Fatalf("chunks of %d bytes: parallel scan differs: %v, %v", chunk, seqErr, parErr)
		}
		mem, memErr := scanReader(NewBytesReader(b.Bytes()), m, Options{Lenient: true, CheckConflicts: true, Precinct: fuzzPrecinct, Concurrent: true, chunkBytes: chunk})
		if seq != mem || fmt.Sprint(seqErr) != fmt.Sprint(memErr) {
			t.Fatalf("chunks of %d bytes: parallel scan of a BytesReader differs: %v, %v", chunk, seqErr, memErr)
		}
	}
}

// A header with a quoted cell that holds a line break (Serbia's "Ruska
// Stranka" and a newline), read at the wrong delimiter: the error names
// the delimiter the header's first line is split at, not only the quote.
// (Split at ";", the first line is one cell, a quote inside it a
// character of it: the header has one column.)
func TestWrongDelimiterHeaderWithLineBreak(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "Biracko mesto"}, Ballot: "list", Delimiter: ";",
		Votes: map[string]Column{"a": {Header: "Aleksandar Vucic"}, "r": {Header: "Ruska Stranka"}, "l": {Header: "Levijatan"}}}
	in := "Biracko mesto,Aleksandar Vucic,\"Ruska Stranka\n \",Levijatan\n1,243,0,0\n"
	_, err := ReadCSV(strings.NewReader(in), "rs.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Field != "delimiter" || !strings.Contains(err.Error(), `","-separated`) {
		t.Errorf("%v", err)
	}
}

// A header in three columns or more names each of them (Iran 2009's "%"
// and "% ", one after each candidate's votes).
func TestHeaderInManyColumns(t *testing.T) {
	_, _, err := locate(Column{Header: "%"}, 9, map[string][]int{"%": {2, 4, 6, 8}}, "")
	if !errors.Is(err, ErrMapping) || !strings.Contains(fmt.Sprint(err), `"%" is in columns 3, 5, 7 and 9`) {
		t.Errorf("err = %v, want the four columns named", err)
	}
}
