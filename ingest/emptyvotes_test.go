package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

func TestEmptyVotesNotOnBallot(t *testing.T) {
	const data = "p;x;v;a;b\n" +
		"1;x;10;4;\n" + // b not on the ballot
		"2;y;;;\n" + // no figure came
		"3;z;10;;10\n" + // a not on the ballot
		"4;w;10;4;6\n" +
		"5;w;10;;\n" // no choice's votes: not given
	for _, tc := range []struct {
		empty string
		votes []map[string]int64
		cells int
	}{
		{"", []map[string]int64{{"a": 4}, {}, {"b": 10}, {"a": 4, "b": 6}, {}}, 0},
		{EmptyVotesNotGiven, []map[string]int64{{"a": 4}, {}, {"b": 10}, {"a": 4, "b": 6}, {}}, 0},
		{EmptyVotesNotOnBallot, []map[string]int64{{"a": 4, "b": 0}, {}, {"a": 0, "b": 10}, {"a": 4, "b": 6}, {}}, 2},
	} {
		t.Run(tc.empty, func(t *testing.T) {
			m := blankMapping()
			m.EmptyVotes = tc.empty
			tab, n, err := readBlank(t, data, m)
			if err != nil {
				t.Fatal(err)
			}
			var votes []map[string]int64
			for _, p := range tab.Protocols {
				votes = append(votes, p.Votes)
			}
			if !reflect.DeepEqual(votes, tc.votes) {
				t.Errorf("votes %v, want %v", votes, tc.votes)
			}
			if tab.NotOnBallot != tc.cells || n.NotOnBallot != tc.cells {
				t.Errorf("%d cells read as not on the ballot (%d counted), want %d", tab.NotOnBallot, n.NotOnBallot, tc.cells)
			}
		})
	}
}

// Rows that give every figure, some and none, in many chunks and
// batches: the parallel scan reads the cells not on the ballot as the
// sequential one, and clears them for the next row read in their place.
func TestEmptyVotesParallel(t *testing.T) {
	var b strings.Builder
	b.WriteString("p;x;v;a;b\n")
	for i := range 3000 {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "%d;x;10;4;6\n", i+1)
		case 1:
			fmt.Fprintf(&b, "%d;x;10;;6\n", i+1)
		case 2:
			fmt.Fprintf(&b, "%d;x;10;;\n", i+1)
		case 3:
			fmt.Fprintf(&b, "%d;\"x\";;4;\n", i+1)
		default:
			fmt.Fprintf(&b, "%d;x;;;\n;;\n", i+1)
		}
	}
	m := blankMapping()
	m.EmptyVotes = EmptyVotesNotOnBallot
	tab, n, err := readBlank(t, b.String(), m)
	if err != nil {
		t.Fatal(err)
	}
	if n.NotOnBallot != 1200 || tab.Blank != 600 || len(tab.Protocols) != 3000 {
		t.Errorf("%d cells not on the ballot, %d blank rows, %d protocols; want 1200, 600, 3000", n.NotOnBallot, tab.Blank, len(tab.Protocols))
	}
	for _, i := range []int{1, 2, 3, 6, 7, 8} {
		if p := tab.Protocols[i]; len(p.Votes) != map[int]int{1: 2, 2: 0, 3: 2}[i%5] {
			t.Errorf("row %d: votes %v", i+2, p.Votes)
		}
	}
}

func TestEmptyVotesMapping(t *testing.T) {
	for _, tc := range []struct {
		name string
		json string
	}{
		{"unknown value", `{"precinct": 1, "ballot": "list", "votes": {"a": 2}, "empty_votes": "zero"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadMapping(strings.NewReader(tc.json), "m.json")
			var pe *ParseError
			if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != "empty_votes" {
				t.Errorf("err %v, want ErrMapping at empty_votes", err)
			}
		})
	}
	m, err := ReadMapping(strings.NewReader(`{"precinct": 1, "ballot": "list", "votes": {"a": 2}, "empty_votes": "not_on_ballot"}`), "m.json")
	if err != nil || m.EmptyVotes != EmptyVotesNotOnBallot {
		t.Errorf("%+v, %v", m, err)
	}
}

// Of many choices, a row gives one: the others are read as 0 votes, and
// a row read later in the same place, giving none, has none.
func TestEmptyVotesManyChoices(t *testing.T) {
	m := Mapping{Delimiter: ";", Precinct: Column{Index: 1}, Ballot: "list", EmptyVotes: EmptyVotesNotOnBallot, Votes: map[string]Column{}}
	var b strings.Builder
	b.WriteString("p")
	for i := range 20 {
		fmt.Fprintf(&b, ";c%d", i)
		m.Votes[fmt.Sprintf("c%02d", i)] = Column{Index: i + 2}
	}
	b.WriteString("\n")
	for i := range 2000 {
		fmt.Fprintf(&b, "%d%s", i+1, strings.Repeat(";", 20))
		if i%2 == 0 {
			b.WriteString("7")
		}
		b.WriteString("\n")
	}
	tab, n, err := readBlank(t, b.String(), m)
	if err != nil {
		t.Fatal(err)
	}
	if n.NotOnBallot != 1000*19 {
		t.Errorf("%d cells not on the ballot, want %d", n.NotOnBallot, 1000*19)
	}
	for i, p := range tab.Protocols {
		if want := map[int]int{0: 20, 1: 0}[i%2]; len(p.Votes) != want {
			t.Fatalf("line %d: %d votes, want %d", tab.Lines[i], len(p.Votes), want)
		}
	}
}

// A file whose rows give some choices' votes and leave others' cells
// empty: the draft proposes empty_votes, in a guess, and says the rows of
// no votes apart (those stay votes missing).
func TestDraftEmptyVotes(t *testing.T) {
	const in = "precinct,valid,A,B,C\n1,10,5,5,\n2,10,,4,6\n3,,,,\n4,9,3,3,3\n"
	d, err := DraftMapping(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.EmptyVotes != EmptyVotesNotOnBallot {
		t.Fatalf("empty_votes %q, want %q", m.EmptyVotes, EmptyVotesNotOnBallot)
	}
	all := strings.Join(m.Guesses, "\n")
	for _, want := range []string{
		`empty_votes: "not_on_ballot": 2 rows give some choices' votes and leave the cells of others empty (1 more rows leave column 3 empty, 1 more rows leave column 5 empty)`,
		"1 of 4 rows give no choice's votes: an empty cell is not given, never 0",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no guess says %q:\n%s", want, all)
		}
	}
	tab, err := ReadCSV(strings.NewReader(in), "p.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tab.NotOnBallot != 2 || len(tab.Protocols[0].Votes) != 3 || len(tab.Protocols[1].Votes) != 3 || len(tab.Protocols[2].Votes) != 0 {
		t.Errorf("%d cells not on the ballot; protocols %+v", tab.NotOnBallot, tab.Protocols)
	}
	// Every row gives every choice: nothing to propose.
	d, err = DraftMapping(strings.NewReader("precinct,valid,A,B\n1,10,5,5\n2,10,4,6\n"), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := readBack(t, d); m.EmptyVotes != "" {
		t.Errorf("empty_votes %q for a file of no empty cell", m.EmptyVotes)
	}
}

// In a long file (Norway's results, a row per constituency and party,
// the lists differing by constituency), "not_on_ballot" reads a choice no
// row of a protocol names, or names with an empty cell, as 0 votes, when
// the protocol's rows give other choices' votes; a protocol that gives no
// votes stays without them, and without the option each is not given.
func TestEmptyVotesLong(t *testing.T) {
	const in = "fylke;parti;stemmer\nOslo;A;10\nOslo;H;12\nFinnmark;A;5\nFinnmark;KYST;3\nFinnmark;H;\n"
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "delimiter": ";", "precinct": "fylke", "ballot": "list", "choice_column": "parti",
		"votes_column": "stemmer", "choice_values": {"A": "a", "H": "h", "KYST": "kyst"}, "empty_votes": "not_on_ballot"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	var counts Counts
	tab, err := ReadCSV(strings.NewReader(in), "no.csv", m, Options{Counts: &counts})
	want := []map[string]int64{{"a": 10, "h": 12, "kyst": 0}, {"a": 5, "kyst": 3, "h": 0}}
	if err != nil || len(tab.Protocols) != 2 || !maps.Equal(tab.Protocols[0].Votes, want[0]) || !maps.Equal(tab.Protocols[1].Votes, want[1]) || tab.NotOnBallot != 2 {
		t.Fatalf("%v, %v (%d not on the ballot); want %v, 2", err, tab.Protocols, tab.NotOnBallot, want)
	}
	var rows int
	_, err = ScanRows(strings.NewReader(in), "no.csv", m, Options{Counts: &counts}, func(*Row) error { rows++; return nil })
	if err != nil || rows != 2 || counts.NotOnBallot != 2 {
		t.Errorf("%v, %d protocols, %d not on the ballot; want 2 and 2", err, rows, counts.NotOnBallot)
	}
	m.EmptyVotes = ""
	tab, err = ReadCSV(strings.NewReader(in), "no.csv", m, Options{})
	if err != nil || len(tab.Protocols[0].Votes) != 2 || len(tab.Protocols[1].Votes) != 2 || tab.NotOnBallot != 0 {
		t.Errorf("%v, %v; want the choices not named not given", err, tab.Protocols)
	}
}

// Peru's ONPE writes 0 as an empty cell: "empty_cells": "zero" reads every
// empty figure cell, a part of a sum too, as 0, counted, so that found =
// invalid + valid holds at each table (the sums of python3's csv module);
// without it the votes and the invalid ballots of a table with an empty
// cell are not given. It reads alike on one core and on several.
func TestEmptyCellsZero(t *testing.T) {
	const name = "pe-pres2021-mesas-head.csv"
	data, err := os.ReadFile("../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{Delimiter: ";", TrailingDelimiter: true, EmptyCells: EmptyCellsZero, Precinct: Column{Header: "MESA_DE_VOTACION"}, Ballot: "okrug",
		OkrugID: "Peru", Lines: map[election.Line]Column{election.Voters: {Header: "N_ELEC_HABIL"}, election.FoundStationary: {Header: "N_CVAS"},
			election.Invalid: {Columns: []Column{{Header: "VOTOS_VB"}, {Header: "VOTOS_VN"}}}}, Votes: map[string]Column{}}
	for i := 1; i <= 18; i++ {
		m.Votes[fmt.Sprintf("p%d", i)] = Column{Header: fmt.Sprintf("VOTOS_P%d", i)}
	}
	want := map[string][2]int64{"000031": {77, 20}, "000054": {170, 34}, "000205": {173, 51}, "000576": {51, 30}, "000585": {124, 35}}
	for _, o := range []Options{{}, {Concurrent: true, chunkBytes: 200}} {
		tab, err := ReadCSV(bytes.NewReader(data), name, m, o)
		if err != nil {
			t.Fatal(err)
		}
		if len(tab.Protocols) != 5 || tab.ZeroCells != 24 || tab.Counts.ZeroCells != 24 {
			t.Fatalf("%d protocols, %d cells read as 0; want 5 and 24", len(tab.Protocols), tab.ZeroCells)
		}
		for _, p := range tab.Protocols {
			var votes int64
			for _, v := range p.Votes {
				votes += v
			}
			if w := want[p.Precinct]; len(p.Votes) != 18 || votes != w[0] || p.Lines[election.Invalid] != w[1] || p.Lines[election.FoundStationary] != votes+w[1] {
				t.Errorf("table %s: %d choices, %d votes, %d invalid, %d found; want 18, %d, %d, their sum", p.Precinct, len(p.Votes), votes, p.Lines[election.Invalid], p.Lines[election.FoundStationary], w[0], w[1])
			}
		}
	}
	m.EmptyCells = ""
	tab, err := ReadCSV(bytes.NewReader(data), name, m, Options{})
	if err != nil || len(tab.Protocols[0].Votes) == 18 || tab.ZeroCells != 0 {
		t.Errorf("%v, %v; want the empty cells not given", err, tab.Protocols[0])
	}
	for field, bad := range map[string]string{
		"empty_cells": `{"precinct": 1, "ballot": "list", "votes": {"a": 2}, "empty_cells": "0"}`,
		"empty_votes": `{"precinct": 1, "ballot": "list", "votes": {"a": 2}, "empty_cells": "zero", "empty_votes": "not_on_ballot"}`,
	} {
		_, err := ReadMapping(strings.NewReader(bad), "m.json")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Field != field {
			t.Errorf("%s: %v; want an error of the mapping's %s", field, err, field)
		}
	}
}

// In a long file, "empty_cells": "zero" reads an empty votes cell as 0,
// and says nothing of a choice no row of a protocol names: that is
// "empty_votes": "not_on_ballot", which may be given beside it (a wide
// file's is refused: its every empty cell is 0 already).
func TestEmptyCellsZeroLong(t *testing.T) {
	const in = "fylke;parti;stemmer\nOslo;A;10\nOslo;H;12\nFinnmark;A;5\nFinnmark;KYST;3\nFinnmark;H;\n"
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "delimiter": ";", "precinct": "fylke", "ballot": "list", "choice_column": "parti",
		"votes_column": "stemmer", "choice_values": {"A": "a", "H": "h", "KYST": "kyst"}, "empty_cells": "zero", "empty_votes": "not_on_ballot"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader(in), "no.csv", m, Options{})
	want := []map[string]int64{{"a": 10, "h": 12, "kyst": 0}, {"a": 5, "kyst": 3, "h": 0}}
	if err != nil || len(tab.Protocols) != 2 || !maps.Equal(tab.Protocols[0].Votes, want[0]) || !maps.Equal(tab.Protocols[1].Votes, want[1]) ||
		tab.ZeroCells != 1 || tab.NotOnBallot != 1 {
		t.Fatalf("%v, %v (%d cells 0, %d not on the ballot); want %v, 1 and 1", err, tab.Protocols, tab.ZeroCells, tab.NotOnBallot, want)
	}
}
