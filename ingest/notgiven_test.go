package ingest

import (
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// kenyaMapping maps testdata/ingest/real/ke-pres2022-form34b.csv (Kenya
// 2022, Form 34B per constituency: "NA" in every figure of a
// constituency not yet in).
func kenyaMapping(notGiven ...string) Mapping {
	return Mapping{Precinct: Column{Header: "code"}, Region: &Column{Header: "county"}, Ballot: "list",
		Lines:    map[election.Line]Column{election.Voters: {Header: "registered_voters"}, election.Valid: {Header: "iebc_total"}, election.Invalid: {Header: "rejected_ballots"}},
		Votes:    map[string]Column{"raila": {Header: "raila"}, "ruto": {Header: "ruto"}, "mwaure": {Header: "mwaure"}, "wajackoyah": {Header: "wajackoyah"}},
		NotGiven: notGiven}
}

// A cell of a "not_given" text reads as an empty cell does: the file with
// "NA" reads as the same file with those cells emptied, in every way a
// row is read, and each such cell is counted.
func TestNotGivenKenya(t *testing.T) {
	const name = "ke-pres2022-form34b.csv"
	data := string(readReal(t, name))
	_, err := ReadCSV(strings.NewReader(data), name, kenyaMapping(), Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) || pe.File != name || pe.Line != 15 || pe.Column != 4 || pe.Field != "lines.voters" {
		t.Fatalf("without not_given: %v; want ErrNotNumber at %s:15:4, lines.voters", err, name)
	}
	emptied := regexp.MustCompile(`(^|,)NA(,|$)`)
	blank := data
	for emptied.MatchString(blank) { // adjacent cells share their commas
		blank = emptied.ReplaceAllString(blank, "$1$2")
	}
	want, err := ReadCSV(strings.NewReader(blank), name, kenyaMapping(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want.NotGiven != 0 {
		t.Errorf("NotGiven %d without the key", want.NotGiven)
	}
	const cells = 3 * 7 // three constituencies, seven figures mapped
	for _, concurrent := range []bool{false, true} {
		got, err := ReadCSV(strings.NewReader(data), name, kenyaMapping(" NA "), Options{Concurrent: concurrent, chunkBytes: 200})
		if err != nil {
			t.Fatal(err)
		}
		if got.NotGiven != cells || got.Counts.NotGiven != cells {
			t.Errorf("concurrent %v: NotGiven %d, Counts().NotGiven %d; want %d", concurrent, got.NotGiven, got.Counts.NotGiven, cells)
		}
		got.NotGiven = 0
		if !reflect.DeepEqual(got, want) {
			t.Errorf("concurrent %v: the file with NA does not read as the file with empty cells", concurrent)
		}
		p := got.Protocols[13] // Kanduyi, line 15
		if p.Precinct != "220" || len(p.Lines) != 0 || len(p.Votes) != 0 {
			t.Errorf("concurrent %v: Kanduyi reads %+v; want no figure", concurrent, p)
		}
		var c Counts
		if _, err := ScanRows(strings.NewReader(data), name, kenyaMapping("NA"), Options{Concurrent: concurrent, chunkBytes: 200, Counts: &c}, func(*Row) error { return nil }); err != nil || c.NotGiven != cells {
			t.Errorf("concurrent %v: ScanRows counts %d cells, %v; want %d", concurrent, c.NotGiven, err, cells)
		}
	}
	// Under "empty_cells": "zero" they are 0, as empty cells are, and
	// counted by both.
	m := kenyaMapping("NA")
	m.EmptyCells = EmptyCellsZero
	got, err := ReadCSV(strings.NewReader(data), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := got.Protocols[13].Votes["ruto"]; !ok || v != 0 || got.NotGiven != cells || got.ZeroCells != cells {
		t.Errorf("empty_cells zero: ruto %d (given %v), NotGiven %d, ZeroCells %d; want 0, %d, %d", v, ok, got.NotGiven, got.ZeroCells, cells, cells)
	}
	notes := EmptyNotes(name, kenyaMapping("NA", "-"), Counts{NotGiven: cells})
	if len(notes) != 1 || !strings.Contains(notes[0], `"NA", "-"`) || !strings.Contains(notes[0], "21 such cells") {
		t.Errorf("notes %q", notes)
	}
}

// Only figure cells: a figure that is no number and no text of the list
// is still an error. (A place's cell that reads "NA" is refused:
// TestNotGivenPlaceRefused.)
func TestNotGivenFiguresOnly(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "p"}, Region: &Column{Header: "r"}, Ballot: "list", NotGiven: []string{"NA", "—"},
		Votes: map[string]Column{"a": {Header: "a"}, "b": {Header: "b"}}}
	tab, err := ReadCSV(strings.NewReader("p,r,a,b\n1,N,5,NA\n2,N,—,7\n"), "t.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tab.Precincts[0].Region != "N" || tab.NotGiven != 2 || len(tab.Protocols[0].Votes) != 1 || len(tab.Protocols[1].Votes) != 1 {
		t.Errorf("read %+v", tab)
	}
	_, err = ReadCSV(strings.NewReader("p,r,a,b\n1,x,5,na\n"), "t.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) || pe.Line != 2 || pe.Column != 4 || pe.Field != "votes.b" {
		t.Errorf(`"na" (not "NA"): %v; want ErrNotNumber at t.csv:2:4, votes.b`, err)
	}
}

// In a long file, a votes cell of a "not_given" text is a choice named
// with its figure not given, as an empty votes cell is.
func TestNotGivenLong(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "p"}, Ballot: "list", NotGiven: []string{"*"},
		ChoiceColumn: &Column{Header: "c"}, VotesColumn: &Column{Header: "v"}, ChoiceValues: map[string]string{"A": "a", "B": "b"}}
	star, err := ReadCSV(strings.NewReader("p,c,v\n1,A,5\n1,B,*\n"), "t.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	empty, err := ReadCSV(strings.NewReader("p,c,v\n1,A,5\n1,B,\n"), "t.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if star.NotGiven != 1 || !reflect.DeepEqual(star.Protocols, empty.Protocols) || !reflect.DeepEqual(star.EmptyChoices, empty.EmptyChoices) || len(star.EmptyChoices) != 1 {
		t.Errorf("with *: %+v, %d cells; with an empty cell: %+v", star.EmptyChoices, star.NotGiven, empty.EmptyChoices)
	}
}

func TestNotGivenValues(t *testing.T) {
	base := Mapping{Precinct: Column{Header: "p"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "a"}}}
	for _, tt := range []struct {
		name      string
		texts     []string
		thousands string
		field     string
	}{
		{"empty", []string{"NA", " "}, "", "not_given[1]"},
		{"twice once trimmed", []string{"NA", "-", "NA "}, "", "not_given[2]"},
		{"a number", []string{"0"}, "", "not_given[0]"},
		{"a number with spaces", []string{"1 000"}, "", "not_given[0]"},
		{"a number under the separator", []string{"NA", "1,000"}, ",", "not_given[1]"},
	} {
		m := base
		m.NotGiven, m.Thousands = tt.texts, tt.thousands
		var pe *ParseError
		if err := m.Validate(); !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Field != tt.field {
			t.Errorf("%s: %v; want ErrMapping at %s", tt.name, err, tt.field)
		}
	}
	m := base
	m.NotGiven = []string{"NA", "NaN", "-", "n/a", "—", "1,000"}
	if err := m.Validate(); err != nil {
		t.Errorf("%q: %v", m.NotGiven, err)
	}
	_, err := ReadMapping(strings.NewReader("{\"precinct\": \"p\", \"ballot\": \"list\", \"votes\": {\"a\": \"a\"},\n \"not_given\": [\"NA\",\n \"7\"]}"), "m.json")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || pe.Field != "not_given[1]" {
		t.Errorf("ReadMapping: %v; want an error at m.json:3, not_given[1]", err)
	}
}
