package ingest

import (
	"errors"
	"strings"
	"testing"
)

// constituencies is a long file of constituency results with each
// candidate's party beside the candidate (SYNTHETIC, in the shape of
// examples/scotland2016/constituencies.csv).
const constituencies = "region,constituency,party,candidate,votes\n" +
	"Glasgow,Anniesland,SNP,Bill Kidd,15007\n" +
	"Glasgow,Anniesland,Lab,Bill Butler,8854\n" +
	"Glasgow,Cathcart,SNP,James Dornan,16200\n" +
	"Glasgow,Cathcart, ,Chris Creighton,300\n"

func constituenciesMapping() Mapping {
	return Mapping{Shape: "long", Precinct: Column{Header: "constituency"}, Region: &Column{Header: "region"}, Okrug: &Column{Header: "constituency"},
		Ballot: "okrug", ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues:     map[string]string{"Bill Kidd": "kidd", "Bill Butler": "butler", "James Dornan": "dornan", "Chris Creighton": "creighton"},
		ChoiceListColumn: &Column{Header: "party"}}
}

// Each protocol gives the party cell of each choice its rows name,
// trimmed, with its row's line and column; Table.ChoiceLists gives them
// all, with their protocol; streamed (ScanRows) alike.
func TestChoiceListsRead(t *testing.T) {
	m := constituenciesMapping()
	tb, err := ReadCSV(strings.NewReader(constituencies), "c.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []ChoiceList{
		{Protocol: 0, Vote: 3, Choice: "kidd", Text: "SNP", Line: 2, Column: 3},
		{Protocol: 0, Vote: 0, Choice: "butler", Text: "Lab", Line: 3, Column: 3},
		{Protocol: 1, Vote: 2, Choice: "dornan", Text: "SNP", Line: 4, Column: 3},
		{Protocol: 1, Vote: 1, Choice: "creighton", Text: "", Line: 5, Column: 3},
	}
	got := map[[2]int]ChoiceList{}
	for _, c := range tb.ChoiceLists {
		got[[2]int{c.Protocol, c.Vote}] = c
	}
	if len(tb.ChoiceLists) != len(want) {
		t.Fatalf("ChoiceLists = %+v, want %+v", tb.ChoiceLists, want)
	}
	for _, w := range want {
		if got[[2]int{w.Protocol, w.Vote}] != w {
			t.Errorf("protocol %d vote %d: %+v, want %+v", w.Protocol, w.Vote, got[[2]int{w.Protocol, w.Vote}], w)
		}
	}
	n := 0
	for _, o := range []Options{{}, {Concurrent: true}} {
		if _, err := ScanRows(strings.NewReader(constituencies), "c.csv", m, o, func(row *Row) error {
			n += len(row.ChoiceLists)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if n != 8 {
		t.Errorf("rows gave %d list cells, want 8", n)
	}
	// Without the column, none.
	m.ChoiceListColumn = nil
	if tb, err = ReadCSV(strings.NewReader(constituencies), "c.csv", m, Options{}); err != nil || tb.ChoiceLists != nil {
		t.Errorf("without choice_list_column: %v, %v", tb.ChoiceLists, err)
	}
}

// Two rows of one protocol and choice, summed, that name two parties are
// ErrConflict at the second row's cell.
func TestChoiceListsConflict(t *testing.T) {
	m := constituenciesMapping()
	m.ChoiceRows = ChoiceRowsSum
	_, err := ReadCSV(strings.NewReader(constituencies+"Glasgow,Anniesland,Lab,Bill Kidd,7\n"), "c.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrConflict) || pe.Line != 6 || pe.Column != 3 || pe.Field != "choice_list_column" {
		t.Fatalf("got %v", err)
	}
}

func TestChoiceListsMapping(t *testing.T) {
	for name, c := range map[string]struct {
		edit  func(*Mapping)
		field string
	}{
		"wide file": {func(m *Mapping) {
			*m = Mapping{Precinct: Column{Header: "p"}, Ballot: "okrug", Votes: map[string]Column{"a": {Header: "a"}}, ChoiceListColumn: &Column{Header: "party"}}
		}, "choice_list_column"},
		"values, no column": {func(m *Mapping) { m.ChoiceListColumn, m.ListValues = nil, map[string]string{"Ind": ""} }, "list_values"},
		"list ballot":       {func(m *Mapping) { m.Ballot = "list" }, "choice_list_column"},
		"two columns":       {func(m *Mapping) { m.ChoiceListColumn = &Column{Columns: []Column{{Header: "a"}, {Header: "b"}}} }, "choice_list_column"},
		"same cell twice":   {func(m *Mapping) { m.ListValues = map[string]string{"Ind": "", " IND": "x"} }, "list_values.Ind"},
		"ID spaced":         {func(m *Mapping) { m.ListValues = map[string]string{"Ind": " x"} }, "list_values.Ind"},
	} {
		m := constituenciesMapping()
		c.edit(&m)
		err := m.Validate()
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Field != c.field {
			t.Errorf("%s: got %v, want an error of %s", name, err, c.field)
		}
	}
	m := constituenciesMapping()
	m.ListValues = map[string]string{"Ind": "", "TUSC": ""}
	if err := m.Validate(); err != nil {
		t.Error(err)
	}
}
