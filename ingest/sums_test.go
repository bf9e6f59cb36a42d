package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// sumMapping maps invalid to the sum of two columns (blank and null
// ballots, apart), and the votes of a to the sum of a paper and a machine
// column that are not next to each other.
func sumMapping() Mapping {
	return Mapping{
		Delimiter: ";",
		Precinct:  Column{Header: "p"},
		Ballot:    "list",
		Lines: map[election.Line]Column{
			election.Voters:  {Header: "voters"},
			election.Invalid: {Columns: []Column{{Header: "blank"}, {Header: "null"}}},
			election.Valid:   {Header: "valid"},
		},
		Votes: map[string]Column{
			"a": {Columns: []Column{{Header: "a paper"}, {Index: 8}}},
			"b": {Header: "b"},
		},
	}
}

const sumHeader = "p;voters;blank;null;valid;a paper;b;a machine\n"

func TestSums(t *testing.T) {
	data := sumHeader +
		"1;100;3;4;90;50;30;10\n" + // every cell
		"2;100;;4;90;50;30;10\n" + // blank empty: invalid not given
		"3;100;3;;90;50;30;\n" + // null and a machine empty
		"4;100;0;0;90;;30;10\n" + // a paper empty
		"5;;;;;;;\n"
	tab, _, err := readBlank(t, data, sumMapping())
	if err != nil {
		t.Fatal(err)
	}
	want := []election.Protocol{
		{Lines: map[election.Line]int64{"voters": 100, "invalid": 7, "valid": 90}, Votes: map[string]int64{"a": 60, "b": 30}},
		{Lines: map[election.Line]int64{"voters": 100, "valid": 90}, Votes: map[string]int64{"a": 60, "b": 30}},
		{Lines: map[election.Line]int64{"voters": 100, "valid": 90}, Votes: map[string]int64{"b": 30}},
		{Lines: map[election.Line]int64{"voters": 100, "invalid": 0, "valid": 90}, Votes: map[string]int64{"b": 30}},
		{Lines: map[election.Line]int64{}, Votes: map[string]int64{}},
	}
	if len(tab.Protocols) != len(want) {
		t.Fatalf("%d protocols, want %d", len(tab.Protocols), len(want))
	}
	for i, p := range tab.Protocols {
		if !reflect.DeepEqual(p.Lines, want[i].Lines) || !reflect.DeepEqual(p.Votes, want[i].Votes) {
			t.Errorf("row %d: %v %v, want %v %v", i+2, p.Lines, p.Votes, want[i].Lines, want[i].Votes)
		}
	}
	wantCols := map[string]int{"precinct": 1, "lines.voters": 2, "lines.invalid": 3, "lines.invalid.columns[0]": 3, "lines.invalid.columns[1]": 4,
		"lines.valid": 5, "votes.a": 6, "votes.a.columns[0]": 6, "votes.a.columns[1]": 8, "votes.b": 7}
	if !reflect.DeepEqual(tab.Columns, wantCols) {
		t.Errorf("columns %v, want %v", tab.Columns, wantCols)
	}
	if want := map[string][]int{"lines.invalid": {3, 4}, "votes.a": {6, 8}}; !reflect.DeepEqual(tab.Sums, want) {
		t.Errorf("sums %v, want %v", tab.Sums, want)
	}
	if l := sumMapping().Layout(); !reflect.DeepEqual(l, Layout{Lines: []election.Line{"voters", "invalid", "valid"}, Votes: []string{"a", "b"}}) {
		t.Errorf("layout %+v", l)
	}
}

// The rows ScanRows gives have the Layout's figures alone, their Present
// lists in file order; Row.Error names a sum's columns.
func TestSumRows(t *testing.T) {
	data := sumHeader + "1;100;3;4;90;50;30;10\n" + "2;100;;4;90;50;30;\n"
	var got []string
	_, err := ScanRows(strings.NewReader(data), "f.csv", sumMapping(), Options{}, func(row *Row) error {
		got = append(got, fmt.Sprint(row.Lines, row.Votes, row.PresentLines, row.PresentVotes))
		pe := row.Error("lines.invalid", ErrOutOfRange)
		if pe.Column != 3 || pe.Header != "blank" || !reflect.DeepEqual(pe.Sum, []int{3, 4}) ||
			!strings.Contains(pe.Error(), "f.csv:"+fmt.Sprint(row.Line)+":3: lines.invalid (columns 3 + 4): ") {
			t.Errorf("row error %+v: %v", pe, pe)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"[{100 true} {7 true} {90 true}] [{60 true} {30 true}] [0 1 2] [0 1]",
		"[{100 true} {0 false} {90 true}] [{0 false} {30 true}] [0 2] [1]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
}

// Rows that give every figure, some, none, bad cells and sums past int64,
// in many chunks and batches: the concurrent readers read the sums as
// the sequential one, in strict and lenient mode, and clear the columns
// of sums for the next row read in their place.
func TestSumsParallelIsSequential(t *testing.T) {
	var b strings.Builder
	b.WriteString(sumHeader)
	for i := range 3000 {
		switch i % 7 {
		case 0, 5:
			fmt.Fprintf(&b, "%d;100;%d;%d;90;50;30;%d\n", i%9+1, i%5, i%3, i%11)
		case 1:
			fmt.Fprintf(&b, "%d;100;;%d;90;;30;%d\n", i%9+1, i%3, i%11)
		case 2:
			fmt.Fprintf(&b, "%d;100;%d;;90;50;;\n", i%9+1, i%5)
		case 3:
			fmt.Fprintf(&b, "%d;;;;;;;\n", i%9+1)
		case 4:
			if i%4 == 0 {
				fmt.Fprintf(&b, "%d;100;1;x;90;50;30;1\n", i%9+1) // a bad cell in a sum
			} else {
				fmt.Fprintf(&b, "%d;100;1;2;90;%d;30;1\n", i%9+1, int64(math.MaxInt64)) // past int64
			}
		default:
			fmt.Fprintf(&b, "%d;\"100\";1;2;90;50;30;1\n", i%9+1) // a quoted cell
		}
	}
	data := b.String()
	m := sumMapping()
	for _, lenient := range []bool{false, true} {
		for _, empty := range []string{"", EmptyVotesNotOnBallot} {
			m.EmptyVotes = empty
			o := Options{Lenient: lenient, CheckConflicts: true, Precinct: fuzzPrecinct}
			seq, seqErr := scanText([]byte(data), m, o)
			for _, chunk := range []int{0, 100, 1000} {
				o.Concurrent, o.chunkBytes = true, chunk
				par, parErr := scanText([]byte(data), m, o)
				mem, memErr := scanReader(NewBytesReader([]byte(data)), m, o)
				if seq != par || fmt.Sprint(seqErr) != fmt.Sprint(parErr) || seq != mem || fmt.Sprint(seqErr) != fmt.Sprint(memErr) {
					t.Fatalf("lenient %v, empty_votes %q, chunks of %d bytes: parallel scan differs: %v, %v, %v", lenient, empty, chunk, seqErr, parErr, memErr)
				}
				o.Concurrent, o.chunkBytes = false, 0
			}
			if n := strings.Count(seq, "skipped"); lenient && n != 428 { // i%7 == 4

				t.Errorf("lenient: %d rows skipped, want 428", n)
			}
			if pe := (*ParseError)(nil); !lenient && (!errors.As(seqErr, &pe) || pe.Line != 6) {
				t.Errorf("strict: %v, want the error of line 6", seqErr)
			}
			if lenient && !strings.Contains(seq, "1 {ID:2 Region: Okrug: Abroad:false} list false [{100 true} {1 true} {90 true}] [{60 true} {30 true}]") {
				t.Errorf("no row with its sums:\n%.2000s", seq)
			}
		}
	}
}

func TestSumErrors(t *testing.T) {
	for _, tc := range []struct {
		name, row string
		line, col int
		field     string
		header    string
		sum       []int
		err       error
	}{
		{"bad cell, first column", "1;100;x;4;90;50;30;10", 2, 3, "lines.invalid.columns[0]", "blank", nil, ErrNotNumber},
		{"bad cell, second column", "1;100;3;4;90;50;30;1.5", 2, 8, "votes.a.columns[1]", "a machine", nil, ErrNotNumber},
		{"past int64", "1;100;3;4;90;9223372036854775800;30;8", 2, 6, "votes.a", "a paper", []int{6, 8}, ErrOutOfRange},
		{"a negative part", "1;100;-9223372036854775800;-9;90;1;30;8", 2, 3, "lines.invalid", "blank", []int{3, 4}, ErrBadValue},
		{"a negative second part", "1;100;3;-9;90;1;30;8", 2, 4, "lines.invalid", "null", []int{3, 4}, ErrBadValue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, concurrent := range []bool{false, true} {
				_, err := ReadCSV(strings.NewReader(sumHeader+tc.row+"\n"), "f.csv", sumMapping(), Options{Concurrent: concurrent, chunkBytes: 10})
				var pe *ParseError
				if !errors.As(err, &pe) || !errors.Is(err, tc.err) || pe.File != "f.csv" || pe.Line != tc.line || pe.Column != tc.col ||
					pe.Field != tc.field || pe.Header != tc.header || !reflect.DeepEqual(pe.Sum, tc.sum) {
					t.Fatalf("concurrent %v: %#v: %v", concurrent, pe, err)
				}
				if tc.sum != nil && !strings.Contains(err.Error(), fmt.Sprintf("(columns %d + %d)", tc.sum[0], tc.sum[1])) {
					t.Errorf("%v: no columns named", err)
				}
			}
		})
	}
}

func TestSumMapping(t *testing.T) {
	for _, tc := range []struct {
		name, json, field string
	}{
		{"a column twice in a sum", `{"precinct": 1, "ballot": "list", "lines": {"invalid": {"columns": ["Blancs", " Blancs"]}}}`, "lines.invalid.columns[1]"},
		{"a column in a sum and alone", `{"precinct": 1, "ballot": "list", "lines": {"invalid": {"columns": [3, 4]}, "valid": 4}}`, "lines.valid"},
		{"a column in two sums", `{"precinct": 1, "ballot": "list", "lines": {"invalid": {"columns": [3, 4]}}, "votes": {"a": {"columns": [5, 3]}}}`, "votes.a.columns[1]"},
		{"the precinct in a sum", `{"precinct": "p", "ballot": "list", "lines": {"invalid": {"columns": ["p", "n"]}}}`, "lines.invalid.columns[0]"},
		{"both", `{"precinct": 1, "ballot": "list", "lines": {"invalid": {"header": "x", "columns": [3, 4]}}}`, "lines.invalid"},
		{"a bad column", `{"precinct": 1, "ballot": "list", "votes": {"a": {"columns": [3, 0]}}}`, "votes.a.columns[1]"},
		{"nested", `{"precinct": 1, "ballot": "list", "preferences": {"c": {"columns": [3, {"columns": [4, 5]}]}}}`, "preferences.c.columns[1]"},
		{"region", `{"precinct": 1, "ballot": "list", "region": {"columns": [3, 4]}, "lines": {"voters": 5}}`, "region"},
		{"a long file's line in its votes' sum", `{"layout": "long", "precinct": 1, "ballot": "list", "choice_column": 2, "votes_column": {"columns": [3, 4]}, "choice_values": {"A": "a"}, "lines": {"voters": 4}}`, "votes_column.columns[1]"},
		{"a long file's nested sum", `{"layout": "long", "precinct": 1, "ballot": "list", "choice_column": 2, "votes_column": {"columns": [3, {"columns": [4, 5]}]}, "choice_values": {"A": "a"}}`, "votes_column.columns[1]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadMapping(strings.NewReader(tc.json), "m.json")
			var pe *ParseError
			if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != tc.field || pe.Line == 0 {
				t.Errorf("err %v, want ErrMapping at %s", err, tc.field)
			}
		})
	}
	// One column named by its header and its number, in a sum: found
	// when the mapping meets the file.
	m := sumMapping()
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: "blank"}, {Index: 3}}}
	_, err := ReadCSV(strings.NewReader(sumHeader+"1;100;3;4;90;50;30;10\n"), "f.csv", m, Options{})
	if at := (*ParseError)(nil); !errors.Is(err, ErrMapping) || !errors.As(err, &at) || at.Column != 3 {
		t.Errorf("err %v, want ErrMapping at column 3", err)
	}
	// A missing column of a sum names its own place.
	m = sumMapping()
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: "blank"}, {Header: "nul"}}}
	_, err = ReadCSV(strings.NewReader(sumHeader+"1;100;3;4;90;50;30;10\n"), "f.csv", m, Options{})
	var pe *ParseError
	if !errors.Is(err, ErrMissingHeader) || !errors.As(err, &pe) || pe.Field != "lines.invalid.columns[1]" {
		t.Errorf("err %v, want ErrMissingHeader at lines.invalid.columns[1]", err)
	}
	// WriteCSV writes a figure in one column.
	if err := WriteCSV(&strings.Builder{}, nil, nil, sumMapping()); !errors.Is(err, ErrMapping) {
		t.Errorf("WriteCSV: %v, want ErrMapping", err)
	}
}

// Under "empty_votes": "not_on_ballot", an empty votes cell of a sum, in
// a row that gives other votes, is 0 as any other: the sum is that of the
// other cells, and the cell is counted.
func TestSumEmptyVotesNotOnBallot(t *testing.T) {
	m := sumMapping()
	m.EmptyVotes = EmptyVotesNotOnBallot
	data := sumHeader +
		"1;100;3;4;90;50;30;\n" + // a machine empty: a = 50
		"2;100;3;;90;;;\n" + // no vote: not given; invalid not given
		"3;100;3;4;90;;;10\n" // a paper and b empty: a = 10, b = 0
	tab, n, err := readBlank(t, data, m)
	if err != nil {
		t.Fatal(err)
	}
	want := []map[string]int64{{"a": 50, "b": 30}, {}, {"a": 10, "b": 0}}
	for i, p := range tab.Protocols {
		if !reflect.DeepEqual(p.Votes, want[i]) {
			t.Errorf("row %d: votes %v, want %v", i+2, p.Votes, want[i])
		}
	}
	if _, ok := tab.Protocols[1].Lines[election.Invalid]; ok {
		t.Errorf("row 3: invalid given: %v", tab.Protocols[1].Lines)
	}
	if n.NotOnBallot != 3 {
		t.Errorf("%d cells read as not on the ballot, want 3", n.NotOnBallot)
	}
}

// A real French file (testdata/ingest/real/fr-leg2022-brest-t1.csv, the
// city of Brest's results by polling station) gives the blank ballots and
// the null ones apart: the draft maps invalid to their sum, and each
// protocol's invalid is the sum of the row's two cells, read here by
// encoding/csv on its own.
func TestDraftFrenchBlankAndNull(t *testing.T) {
	const name = "fr-leg2022-brest-t1.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	want := Column{Columns: []Column{{Header: "Blancs"}, {Header: "Nuls"}}}
	if !reflect.DeepEqual(m.Lines[election.Invalid], want) || m.Lines[election.Valid].Header != "Exprimés" || m.Lines[election.Voters].Header != "Inscrits" {
		t.Fatalf("lines %v", m.Lines)
	}
	if !strings.Contains(strings.Join(m.Guesses, "\n"), `lines.invalid: the sum of columns 9 "Blancs" and 10 "Nuls"`) {
		t.Errorf("no guess says the sum:\n%s", strings.Join(m.Guesses, "\n"))
	}
	// The bureaux are named by their number: the building's name, which
	// the draft proposes, repeats (a guess to confirm).
	m.Precinct = Column{Header: "Numéro"}
	data, err := os.ReadFile("../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	tab, _, err := readBlank(t, string(data), m)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != len(recs)-1 || len(recs) != 11 {
		t.Fatalf("%d protocols of %d rows", len(tab.Protocols), len(recs)-1)
	}
	for i, p := range tab.Protocols {
		rec := recs[i+1]
		blank, _ := strconv.ParseInt(rec[8], 10, 64)
		null, _ := strconv.ParseInt(rec[9], 10, 64)
		voted, _ := strconv.ParseInt(rec[7], 10, 64)
		if p.Precinct != rec[1] || p.Lines[election.Invalid] != blank+null || p.Lines[election.Invalid]+p.Lines[election.Valid] != voted {
			t.Errorf("bureau %s: invalid %d, valid %d; want %d + %d, and %d who voted", p.Precinct, p.Lines[election.Invalid], p.Lines[election.Valid], blank, null, voted)
		}
	}
}

// The draft sums a column of blank ballots with the null or spoilt ones
// in the wordings of France, Spain and English files; beside a line named
// invalid, which may count the blank ballots already, it does not.
func TestDraftInvalidSum(t *testing.T) {
	for _, tc := range []struct {
		name, header, want string
	}{
		{"French", "Bureau;Inscrits;Blancs;Nuls;Exprimés;A;B", "Blancs+Nuls"},
		// Spain's blank votes are valid ones; English "blank" beside
		// "rejected" may be a part of it: no sum.
		{"Spanish", "Mesa;Electores;Votos en blanco;Votos nulos;A;B", "Votos nulos"},
		{"English", "Polling station;Electorate;Rejected ballots;Blank ballots;A;B", "Rejected ballots"},
		{"English, spoilt", "Polling station;Electorate;Spoilt;Blank;A;B", "Spoilt"},
		{"invalid", "Polling station;Electorate;Invalid;Blank;A;B", "Invalid"},
		{"no blank column", "Bureau;Inscrits;Nuls;Exprimés;A;B", "Nuls"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := strings.Count(tc.header, ";")
			rows := "1" + strings.Repeat(";10", n) + "\n2" + strings.Repeat(";12", n) + "\n"
			d, err := DraftMapping(strings.NewReader(tc.header+"\n"+rows), "f.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			c := m.Lines[election.Invalid]
			got := c.Header
			for i, p := range c.Columns {
				got += strings.Repeat("+", min(i, 1)) + p.Header
			}
			if got != tc.want {
				t.Errorf("invalid %q, want %q\n%s", got, tc.want, strings.Join(m.Guesses, "\n"))
			}
			if sum := strings.Contains(strings.Join(m.Guesses, "\n"), "lines.invalid: the sum of columns"); sum != strings.Contains(tc.want, "+") {
				t.Errorf("the guess of the sum: %v\n%s", sum, strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// Read for its precincts alone, a file with sums gives rows of the
// Layout's width, without figures.
func TestSumsPrecinctsOnly(t *testing.T) {
	data := sumHeader + "1;100;3;4;90;50;30;10\n2;100;;4;90;50;30;\n"
	for _, concurrent := range []bool{false, true} {
		n := 0
		_, err := ScanRows(NewBytesReader([]byte(data)), "f.csv", sumMapping(), Options{PrecinctsOnly: true, Concurrent: concurrent, chunkBytes: 10}, func(row *Row) error {
			n++
			if len(row.Lines) != 3 || len(row.Votes) != 2 || len(row.PresentLines)+len(row.PresentVotes) != 0 || row.Precinct.ID != fmt.Sprint(n) {
				t.Errorf("concurrent %v: row %+v", concurrent, row)
			}
			return nil
		})
		if err != nil || n != 2 {
			t.Errorf("concurrent %v: %d rows, %v", concurrent, n, err)
		}
	}
}

// A negative part of a sum is refused, its own column named: added in, it
// would vanish from the checks that find a negative figure of one column.
func TestSumNegativePart(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "p"}, Ballot: "list",
		Lines: map[election.Line]Column{election.Valid: {Header: "valid"}},
		Votes: map[string]Column{"a": {Columns: []Column{{Header: "paper"}, {Header: "machine"}}}}}
	for _, csv := range []string{"p,valid,paper,machine\n1,20000,-5,20005\n", "p,valid,paper,machine\n1,20000,20005,-5\n"} {
		for _, concurrent := range []bool{false, true} {
			_, err := ScanRows(strings.NewReader(csv), "f.csv", m, Options{Concurrent: concurrent}, func(*Row) error { return nil })
			var pe *ParseError
			want := 3
			if strings.HasSuffix(csv, ",-5\n") {
				want = 4
			}
			if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 2 || pe.Column != want || !strings.Contains(err.Error(), "-5 in a part of the sum") {
				t.Fatalf("%q (concurrent %v): %v", csv, concurrent, err)
			}
		}
	}
}

// With SkipBadRows (Lenient), a row refused for a negative part leaves
// nothing behind: the rows after it read as they would alone.
func TestSumNegativePartLenient(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "p"}, Ballot: "list",
		Lines: map[election.Line]Column{election.Invalid: {Columns: []Column{{Header: "blank"}, {Header: "null"}}}},
		Votes: map[string]Column{"a": {Columns: []Column{{Header: "paper"}, {Header: "machine"}}}}}
	data := "p,blank,null,paper,machine\n1,1,2,3,4\n2,1,-2,3,4\n3,,2,3,\n4,5,6,7,8\n"
	for _, concurrent := range []bool{false, true} {
		var got []string
		skipped, err := ScanRows(strings.NewReader(data), "f.csv", m, Options{Lenient: true, Concurrent: concurrent, chunkBytes: 16}, func(row *Row) error {
			got = append(got, fmt.Sprintf("%s:%v/%v", row.Precinct.ID, row.Lines, row.Votes))
			return nil
		})
		if err != nil || len(skipped) != 1 || skipped[0].Line != 3 {
			t.Fatalf("concurrent %v: %v, skipped %v", concurrent, err, skipped)
		}
		want := []string{"1:[{3 true}]/[{7 true}]", "3:[{0 false}]/[{0 false}]", "4:[{11 true}]/[{15 true}]"}
		if !slices.Equal(got, want) {
			t.Errorf("concurrent %v: %q, want %q", concurrent, got, want)
		}
	}
}
