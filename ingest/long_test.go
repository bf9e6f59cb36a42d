package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// longMapping reads a file of rows precinct, ballot, choice, votes, and
// voters repeated on every row.
func longMapping() Mapping {
	return Mapping{
		Shape: "long", Precinct: Column{Header: "precinct"}, Region: &Column{Header: "region"},
		BallotColumn: &Column{Header: "ballot"},
		ChoiceColumn: &Column{Header: "choice"}, VotesColumn: &Column{Header: "votes"},
		Lines:            map[election.Line]Column{election.Voters: {Header: "voters"}},
		ChoiceValues:     map[string]string{"Ak Jol": "ak-jol", "Bereke": "bereke", "Against all": election.AgainstAll},
		LineValues:       map[string]election.Line{"Valid": election.Valid, "Invalid": election.Invalid},
		PreferenceValues: map[string]string{"Ak Jol: Asanova": "ak-jol-1"},
	}
}

// A long file's rows, those of a protocol apart from each other, make the
// protocols of the wide file, in the order of their first rows.
func TestReadLong(t *testing.T) {
	const in = "region,precinct,ballot,choice,votes,voters\n" +
		"north,1,list,Ak Jol,60,200\n" +
		"north,2,list,Ak Jol,70,300\n" +
		",1,list,Bereke,30,200\n" + // region filled in from another row
		"north,1,list,Valid,90,\n" + // voters given by other rows
		"north,1,list,Ak Jol: Asanova,12,200\n" +
		"north,2,list,Bereke,,300\n" + // absent, as an empty wide cell
		"north,1,okrug,Against all,4,200\n"
	tab, err := ReadCSV(strings.NewReader(in), "long.csv", longMapping(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []election.Protocol{
		{Precinct: "1", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Voters: 200, election.Valid: 90},
			Votes: map[string]int64{"ak-jol": 60, "bereke": 30}, Preferences: map[string]int64{"ak-jol-1": 12}},
		{Precinct: "2", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Voters: 300},
			Votes: map[string]int64{"ak-jol": 70}},
		{Precinct: "1", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{election.Voters: 200},
			Votes: map[string]int64{election.AgainstAll: 4}},
	}
	if !equalProtocols(tab.Protocols, want) {
		t.Errorf("protocols\n got %+v\nwant %+v", tab.Protocols, want)
	}
	if want := []int{2, 3, 8}; !slices.Equal(tab.Lines, want) {
		t.Errorf("lines %v, want %v (each protocol's first row)", tab.Lines, want)
	}
	if tab.Rows != 7 {
		t.Errorf("Rows %d, want 7 (the rows read)", tab.Rows)
	}
	if len(tab.Precincts) != 2 || tab.Precincts[0].Region != "north" {
		t.Errorf("precincts %+v", tab.Precincts)
	}
	if l := longMapping().Layout(); !slices.Equal(l.Votes, []string{"ak-jol", "bereke", election.AgainstAll}) ||
		!slices.Equal(l.Lines, []election.Line{election.Voters, election.Invalid, election.Valid}) || !slices.Equal(l.Preferences, []string{"ak-jol-1"}) {
		t.Errorf("layout %+v", l)
	}

	// The same concurrently, with the caller's precinct indexes.
	for _, o := range []Options{{Concurrent: true, chunkBytes: 64}, {Precinct: func(c []byte) (string, int) { return string(c), -1 }}} {
		var got []string
		_, err := Scan(strings.NewReader(in), "long.csv", longMapping(), o, func(line int, p *election.Protocol, pr election.Precinct) error {
			got = append(got, fmt.Sprintf("%d %s %s %v", line, p.Precinct, p.Ballot, p.Votes))
			return nil
		})
		if err != nil || len(got) != 3 || !strings.HasPrefix(got[0], "2 1 list map[ak-jol:60 bereke:30]") {
			t.Errorf("%+v: %q, %v", o, got, err)
		}
	}
}

// Each problem of a long file names its file, line, column and field,
// and the earlier row it contradicts.
func TestReadLongErrors(t *testing.T) {
	const head = "region,precinct,ballot,choice,votes,voters\n"
	for _, tc := range []struct {
		name, rows string
		err        error
		line, col  int
		field, msg string
	}{
		{"unknown choice", "north,1,list,Ak Jol,60,200\nnorth,1,list,Ak Zhol,1,200\n", ErrBadValue, 3, 4, "choice_column", `"Ak Zhol" is in none of`},
		{"duplicate row", "north,1,list,Ak Jol,60,200\nnorth,2,list,Ak Jol,1,200\nnorth,1,list, Ak Jol ,61,200\n", ErrDuplicateRow, 4, 4, "choice_column", "line 2 gives it already"},
		// A file that lists its rows twice: the figure repeats, and the
		// error says so.
		{"row listed twice", "north,1,list,Ak Jol,60,200\nnorth,1,list,Ak Jol,60,200\n", ErrDuplicateRow, 3, 4, "choice_column", "line 2 gives it already, with the same figure (60): does the file list its rows twice?"},
		{"lines disagree", "north,1,list,Ak Jol,60,200\nnorth,1,list,Bereke,6,201\n", ErrConflict, 3, 6, "lines.voters", "lines.voters 201, but line 2 gives 200"},
		{"regions disagree", "north,1,list,Ak Jol,60,200\nsouth,1,list,Bereke,6,200\n", ErrConflict, 3, 1, "region", `region "south", but line 2 gives "north"`},
		{"no precinct", "north,,list,Ak Jol,60,200\n", ErrBadValue, 2, 2, "precinct", "names no precinct"},
		{"not a number", "north,1,list,Ak Jol,6O,200\n", ErrNotNumber, 2, 5, "votes_column", `"6O"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(head+tc.rows), "long.csv", longMapping(), Options{})
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want a *ParseError wrapping %v", err, tc.err)
			}
			if pe.File != "long.csv" || pe.Line != tc.line || pe.Column != tc.col || pe.Field != tc.field || !strings.Contains(pe.Error(), tc.msg) {
				t.Errorf("got %v (line %d, column %d, field %q), want line %d, column %d, field %q, %q", pe, pe.Line, pe.Column, pe.Field, tc.line, tc.col, tc.field, tc.msg)
			}
			// Lenient: the row is skipped, and the others read.
			tab, err := ReadCSV(strings.NewReader(head+tc.rows), "long.csv", longMapping(), Options{Lenient: true})
			if err != nil || len(tab.Skipped) != 1 || tab.Skipped[0].Line != tc.line {
				t.Errorf("lenient: %v, skipped %v", err, tab.Skipped)
			}
			// A skipped row adds nothing to its protocol.
			for _, p := range tab.Protocols {
				if _, ok := p.Votes["bereke"]; ok {
					t.Errorf("lenient: the skipped row's votes were kept: %+v", p)
				}
			}
		})
	}
}

// A figure found wrong after reading (a sum past int64, say) is placed at
// the row that gave it.
func TestLongRowError(t *testing.T) {
	const in = "region,precinct,ballot,choice,votes,voters\nnorth,1,list,Ak Jol,60,200\nnorth,1,list,Valid,90,200\n"
	var errs []*ParseError
	_, err := ScanRows(strings.NewReader(in), "long.csv", longMapping(), Options{}, func(r *Row) error {
		errs = append(errs, r.Error("votes.ak-jol", ErrOutOfRange), r.Error("lines.valid", ErrOutOfRange), r.Error("lines.voters", ErrOutOfRange), r.Error("votes.bereke", ErrOutOfRange))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]int{{2, 5}, {3, 5}, {2, 6}, {2, 5}} // line, column: no row gave bereke
	for i, pe := range errs {
		if pe.Line != want[i][0] || pe.Column != want[i][1] {
			t.Errorf("%s: line %d column %d, want %v", pe.Field, pe.Line, pe.Column, want[i])
		}
	}
}

func TestLongMappingErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(m *Mapping)
		field string
	}{
		{"bad layout", func(m *Mapping) { m.Shape = "tall" }, "layout"},
		{"no choice column", func(m *Mapping) { m.ChoiceColumn = nil }, "choice_column"},
		{"no votes column", func(m *Mapping) { m.VotesColumn = nil }, "votes_column"},
		{"vote columns", func(m *Mapping) { m.Votes = map[string]Column{"x": {Header: "x"}} }, "votes"},
		{"preference columns", func(m *Mapping) { m.Preferences = map[string]Column{"x": {Header: "x"}} }, "preferences"},
		{"no tables", func(m *Mapping) { m.ChoiceValues, m.LineValues, m.PreferenceValues = nil, nil, nil }, "choice_values"},
		{"a cell twice", func(m *Mapping) { m.LineValues["Ak Jol "] = election.Valid }, "line_values.Ak Jol "},
		{"an empty cell", func(m *Mapping) { m.ChoiceValues[" "] = "x" }, "choice_values. "},
		{"an empty ID", func(m *Mapping) { m.ChoiceValues["X"] = "" }, "choice_values.X"},
		{"a line twice", func(m *Mapping) { m.LineValues["Voters"] = election.Voters }, "line_values.Voters"},
		{"choice column twice", func(m *Mapping) { m.ChoiceColumn = &Column{Header: "ballot"} }, "choice_column"},
		{"long fields in a wide mapping", func(m *Mapping) { m.Shape = "" }, "choice_column"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := longMapping()
			tc.edit(&m)
			err := m.Validate()
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Field != tc.field {
				t.Errorf("err = %v, want ErrMapping at %q", err, tc.field)
			}
		})
	}
	m := longMapping()
	m.LineValues["Recieved"] = "recieved"
	if err := m.CheckLines(nil); !errors.Is(err, ErrBadValue) || !strings.Contains(err.Error(), "line_values.Recieved") {
		t.Errorf("CheckLines: %v", err)
	}
	// A long mapping read from JSON.
	const in = `{"layout": "long", "precinct": "precinct", "ballot": "list", "choice_column": "choice", "votes_column": 4,
	  "choice_values": {"Ak Jol": "ak-jol"}, "line_values": {"Valid": "valid"}, "preference_values": {"Ak Jol 1": "ak-jol-1"}}`
	got, err := ReadMapping(strings.NewReader(in), "m.json")
	if err != nil || got.VotesColumn.Index != 4 || got.LineValues["Valid"] != election.Valid {
		t.Errorf("ReadMapping: %+v, %v", got, err)
	}
	if err := WriteCSV(&strings.Builder{}, nil, nil, got); !errors.Is(err, ErrMapping) {
		t.Errorf("WriteCSV of a long mapping: %v", err)
	}
}

// "mapping draft" of a long file drafts the long layout: the choice and
// votes columns, the lines among the choice values, and a mapping that
// reads the file back.
func TestDraftLong(t *testing.T) {
	const in = "region,uik,party,votes,voters\n" +
		"north,1,Ak Jol,60,200\nnorth,1,Bereke,30,200\nnorth,1,Против всех,3,200\nnorth,1,Число недействительных бюллетеней,5,200\n" +
		"south,1,Ak Jol,70,300\nsouth,1,Bereke,50,300\nsouth,1,Против всех,1,300\nsouth,1,Число недействительных бюллетеней,4,300\n" +
		"south,2,Ak Jol,20,100\nsouth,2,Bereke,10,100\nsouth,2,Против всех,0,100\nsouth,2,Число недействительных бюллетеней,1,100\n"
	d, err := DraftMapping(strings.NewReader(in), "long.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Shape != "long" || m.ChoiceColumn.Header != "party" || m.VotesColumn.Header != "votes" ||
		m.ChoiceValues["Ak Jol"] != "ak-jol" || m.ChoiceValues["Против всех"] != election.AgainstAll ||
		m.LineValues["Число недействительных бюллетеней"] != election.Invalid || m.Lines[election.Voters].Header != "voters" ||
		len(m.Precinct.Columns) != 2 {
		t.Errorf("draft %+v", m)
	}
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ReadMapping(bytes.NewReader(b), "draft.json")
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	tab, err := ReadCSV(strings.NewReader(in), "long.csv", back, Options{})
	if err != nil || len(tab.Protocols) != 3 || tab.Protocols[2].Votes["bereke"] != 10 {
		t.Errorf("read with the draft: %v, %+v", err, tab.Protocols)
	}
}

// A long file reads the same with the package's tokenizer and with
// encoding/csv, sequentially and concurrently, and every error is a
// *ParseError with its line.
func FuzzReadLong(f *testing.F) {
	const h = "region,precinct,ballot,choice,votes,voters\n"
	for _, s := range []string{
		h + "north,1,list,Ak Jol,60,200\nnorth,2,list,Ak Jol,70,300\n,1,list,Bereke,30,200\n",
		h + "north,1,list,Ak Jol,60,200\nnorth,1,list,Ak Jol,61,200\n",
		h + "north,1,list,Ak Zhol,60,200\n",
		h + "north,1,list,Valid,60,200\nnorth,1,list,Invalid,6,201\n",
		h + "north,,list,Valid,60,200\n",
		h + "north,1,okrug,\"Against all\",1 234,200\r\nsouth,1,okrug,Against all,3,\n",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	m := longMapping()
	f.Fuzz(func(t *testing.T, data []byte, lenient bool) {
		tab, err := ReadCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient})
		ref, refErr := readCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient}, csvRecords)
		if !reflect.DeepEqual(tab, ref) || !sameReadError(err, refErr) {
			t.Fatalf("tokenizer and encoding/csv differ:\n%+v\n%v\n%+v\n%v", tab, err, ref, refErr)
		}
		con, conErr := ReadCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient, Concurrent: true, chunkBytes: 1 + len(data)%17})
		if !reflect.DeepEqual(tab, con) || fmt.Sprint(err) != fmt.Sprint(conErr) {
			t.Fatalf("concurrent reading differs:\n%+v\n%v\n%+v\n%v", tab, err, con, conErr)
		}
		var pe *ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("%T: %v", err, err)
		}
		for _, s := range tab.Skipped {
			if s.Line == 0 {
				t.Fatalf("skipped row without a line: %v", s)
			}
		}
	})
}

// OpenElections' files name a candidate in "candidate" and a turnout line
// in "office", the candidate cell empty (Michigan's 2020 file): a choice
// column of several columns takes the first, in the mapping's order,
// whose cell is not empty, wherever it stands in the file; a value in
// none is an error at the column that gave it.
func TestLongChoiceOfSeveralColumns(t *testing.T) {
	const name = "us-mi-2020-baraga-arvon.csv"
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "precinct", "ballot": "okrug", "okrug_id": "President",
		"choice_column": {"columns": ["candidate", "office"]}, "votes_column": "votes",
		"choice_values": {"Joseph R. Biden & Kamala D. Harris": "biden", "Donald J. Trump & Michael R. Pence": "trump",
			"Jo Jorgensen & Jeremy Cohen": "jorgensen", "Don Blankenship & William Mohr": "blankenship",
			"Howie Hawkins & Angela Walker": "hawkins", "Rocky De La Fuente & Darcy Richardson": "fuente", "Write-Ins": "write-ins"},
		"line_values": {"Ballots Cast": "found_stationary", "Registered Voters": "voters"}}`), "mi.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := tab.Protocols
	if len(p) != 1 || p[0].Lines[election.Voters] != 481 || p[0].Lines[election.FoundStationary] != 385 || p[0].Votes["trump"] != 271 || p[0].Votes["biden"] != 104 || p[0].Votes["write-ins"] != 2 {
		t.Fatalf("%+v; want one protocol: 481 voters, 385 ballots cast, Trump 271, Biden 104, write-ins 2", p)
	}
	delete(m.ChoiceValues, "Write-Ins")
	_, err = ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 9 || pe.Column != 5 || pe.Field != "choice_column.columns[0]" {
		t.Errorf("%v; want an error at %s:9:5, choice_column.columns[0] (the candidate cell)", err, name)
	}
}

// A long file's rows read on several cores give the protocols one core
// gives, when quoted cells send rows through the tokenizer, whose buffer
// the next quoted row reuses: the choice cell a row keeps is its own
// (Minnesota's `"ROSS C. ""ROCKY"" ANDERSON"` read as another row's text).
func TestLongQuotedConcurrent(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "precinct"}, Ballot: "list",
		ChoiceColumn: &Column{Header: "choice"}, VotesColumn: &Column{Header: "votes"}, ChoiceValues: map[string]string{}}
	var b strings.Builder
	b.WriteString("precinct,choice,votes\n")
	names := []string{`"ROSS C. ""ROCKY"" ANDERSON"`, `"Reid, John J., II"`, "Plain Name", `"Smith, Ann"`}
	for i, n := range names {
		m.ChoiceValues[strings.ReplaceAll(strings.Trim(n, `"`), `""`, `"`)] = fmt.Sprintf("c%d", i)
	}
	for p := range 300 {
		for i, n := range names {
			precinct := strconv.Itoa(p)
			if p%3 == 0 {
				precinct = `"` + precinct + `"`
			}
			fmt.Fprintf(&b, "%s,%s,%d\n", precinct, n, p+i)
		}
	}
	read := func(o Options) []string {
		t.Helper()
		var got []string
		_, err := ScanRows(strings.NewReader(b.String()), "q.csv", m, o, func(r *Row) error {
			got = append(got, fmt.Sprint(r.Precinct.ID, r.Votes))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	want := read(Options{})
	if got := read(Options{Concurrent: true, chunkBytes: 256}); !slices.Equal(got, want) || len(want) != 300 {
		t.Errorf("concurrent: %d protocols, sequential %d; first differing:\n%v\n%v", len(got), len(want), got[:min(3, len(got))], want[:3])
	}
}
