package ingest

import (
	"errors"
	"strings"
	"testing"
)

// A row as long as the header row is read, the cells under the header
// row's empty cells unread (Wyoming's 2006 files end each row with two
// cells under no name, some holding figures); a row longer than the
// header row is refused, and its error says the header row's cells.
func TestCellsUnderEmptyHeaderCells(t *testing.T) {
	m := blankMapping()
	const h = "p;x;v;a;b;;\n"
	tab, _, err := readBlank(t, h+"1;x;10;4;6;;49\n2;y;10;5;5;;\n", m)
	if err != nil || len(tab.Protocols) != 2 || tab.Protocols[0].Votes["b"] != 6 {
		t.Fatalf("a row as long as the header row: %v, %+v", err, tab.Protocols)
	}
	_, _, err = readBlank(t, h+"1;x;10;4;6;;49\n2;y;10;5;5;;;8\n", m)
	var pe *ParseError
	if !errors.Is(err, ErrLongRow) || !errors.As(err, &pe) || pe.Line != 3 || pe.Column != 8 || !strings.Contains(err.Error(), "the header row has 7 cells") {
		t.Fatalf("a row longer than the header row: %v", err)
	}
	// the rows at the file's start leave the header's empty cells empty:
	// a value there, past them, is a cell added
	var rows strings.Builder
	for range firstRows + 1 {
		rows.WriteString("1;x;10;4;6;;\n")
	}
	_, _, err = readBlank(t, h+rows.String()+"2;y;10;5;5;;9\n", m)
	if !errors.Is(err, ErrLongRow) || !strings.Contains(err.Error(), "the header row has 7 cells, 5 named, and the rows at the file's start hold values up to cell 5") {
		t.Fatalf("a value past the first rows' width: %v", err)
	}
}

// Two offices kept by the row filter under one district's number: each
// with its own candidates, they are two contests in one okrug, refused
// at the second office's first row in every reading (quoted cells too).
func TestTwoContestsRefused(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "precinct"}, Okrug: &Column{Header: "district"}, Ballot: "okrug",
		Rows:         &RowFilter{Where: []Condition{{Column: Column{Header: "office"}, Values: []string{"House", "Senate"}}}},
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues: map[string]string{"A": "a", "B": "b", "C": "c", "D": "d"}}
	data := "office,district,precinct,candidate,votes\nHouse,4,1,A,5\nHouse,4,1,B,3\n\"Senate\",4,1,C,2\nSenate,4,1,D,4\nGovernor,,1,E,9\n"
	for _, o := range []Options{{}, {Concurrent: true, chunkBytes: 7}} {
		_, err := ReadCSV(strings.NewReader(data), "f.csv", m, o)
		var pe *ParseError
		if !errors.Is(err, ErrContests) || !errors.As(err, &pe) || pe.Line != 4 || pe.Column != 1 {
			t.Fatalf("%+v: %v", o, err)
		}
	}
	// the okrug named by both columns (and the precinct): two okrugs
	m.Okrug = &Column{Columns: []Column{{Header: "office"}, {Header: "district"}}}
	m.Precinct = Column{Columns: []Column{{Header: "office"}, {Header: "district"}, {Header: "precinct"}}}
	if tab, err := ReadCSV(strings.NewReader(data), "f.csv", m, Options{}); err != nil || len(tab.Protocols) != 2 {
		t.Fatalf("okrug by office and district: %v", err)
	}
}

// A column whose header names the contest is followed with no row filter
// too, and where two of its texts come in one precinct, a text of one
// choice is a race of its own (uncontested); a write-in's row under its
// own text is not, nor is a text of one choice that no precinct gives
// beside another.
func TestContestColumnFound(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "precinct"}, Okrug: &Column{Header: "district"}, Ballot: "okrug",
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues: map[string]string{"A": "a", "B": "b", "C": "c", "Write-ins": "w"}}
	const h = "Office,district,precinct,candidate,votes\n"
	for name, c := range map[string]struct {
		rows string
		line int // 0: read
	}{
		"two races":         {"House,4,1,A,5\nHouse,4,1,B,3\nSenate,4,1,C,2\nSenate,4,1,Write-ins,1\n", 4},
		"uncontested":       {"House,4,1,A,5\nHouse,4,1,B,3\nSenate,4,1,C,2\nHouse,4,2,A,5\nHouse,4,2,B,3\nSenate,4,2,C,2\n", 4},
		"uncontested first": {"Senate,4,1,C,2\nHouse,4,1,A,5\nHouse,4,1,B,3\n", 3},
		"a write-in":        {"House,4,1,A,5\nHouse,4,1,B,3\nWrite-in,4,1,Write-ins,2\n", 0},
		"apart":             {"House,4,1,A,5\nHouse,4,1,B,3\nSenate,4,2,C,2\n", 0},
		"one race":          {"House,4,1,A,5\nHouse,4,1,B,3\nHouse,4,2,A,1\n", 0},
	} {
		for _, o := range []Options{{}, {Concurrent: true, chunkBytes: 7}} {
			_, err := ReadCSV(strings.NewReader(h+c.rows), "f.csv", m, o)
			var pe *ParseError
			if c.line == 0 && err != nil || c.line > 0 && (!errors.Is(err, ErrContests) || !errors.As(err, &pe) || pe.Line != c.line || pe.Column != 1 || pe.Field != "okrug") {
				t.Errorf("%s %+v: %v", name, o, err)
			}
		}
	}
}

// The contest's column is named by a word of its header: "office",
// "contest", "race", "cargo", in any case, beside other words; not a
// part of a word ("officer", "trace"), nor "election" (election_day,
// election_result).
func TestContestColumnNamed(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "precinct"}, Okrug: &Column{Header: "district"}, Ballot: "okrug",
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues: map[string]string{"A": "a", "B": "b", "C": "c"}}
	const rows = ",4,1,A,5\nx,4,1,B,3\ny,4,1,C,2\n"
	for h, named := range map[string]bool{"Office": true, "OFFICE_NAME": true, "contest name": true, "Race": true, "cargo": true,
		"officer": false, "trace": false, "election": false, "election_result": false} {
		data := h + ",district,precinct,candidate,votes\nx" + rows
		_, err := ReadCSV(strings.NewReader(data), "f.csv", m, Options{})
		if got := errors.Is(err, ErrContests); got != named {
			t.Errorf("%q: %v", h, err)
		}
	}
}
