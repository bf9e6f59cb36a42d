package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A precinct named by the okrug's (or the region's) column is read alike
// whether the mapping names it "precinct": "x" or {"columns": ["x"]}: a
// file of one row per single-member district, named by its district
// alone. A yes/no or ballot column names no precinct, in either form.
func TestPrecinctSharesOkrugColumn(t *testing.T) {
	wide := "district,valid,a,b\nNorth,100,60,40\nSouth,90,30,60\n"
	long := "district,candidate,votes\nNorth,A,60\nNorth,B,40\nSouth,A,30\nSouth,B,60\n"
	for _, tt := range []struct {
		name, csv string
		m         Mapping
	}{
		{"wide", wide, Mapping{Ballot: "okrug", Lines: map[election.Line]Column{election.Valid: {Header: "valid"}},
			Votes: map[string]Column{"a": {Header: "a"}, "b": {Header: "b"}}}},
		{"long", long, Mapping{Shape: "long", Ballot: "okrug", ChoiceColumn: &Column{Header: "candidate"},
			VotesColumn: &Column{Header: "votes"}, ChoiceValues: map[string]string{"A": "a", "B": "b"}}},
	} {
		var tables []Table
		for _, form := range []Column{{Header: "district"}, {Columns: []Column{{Header: "district"}}}} {
			for _, shared := range []string{"okrug", "region"} {
				m := tt.m
				m.Precinct = form
				if shared == "okrug" {
					m.Okrug = &Column{Header: "district"}
				} else {
					m.Region = &Column{Header: "district"}
				}
				if err := m.Validate(); err != nil {
					t.Fatalf("%s, precinct %v, %s: %v", tt.name, form, shared, err)
				}
				tab, err := ReadCSV(strings.NewReader(tt.csv), "f.csv", m, Options{})
				if err != nil {
					t.Fatalf("%s, precinct %v, %s: %v", tt.name, form, shared, err)
				}
				if len(tab.Precincts) != 2 || tab.Precincts[0].ID != "North" || shared == "okrug" && tab.Precincts[1].Okrug != "South" {
					t.Errorf("%s, precinct %v, %s: precincts %+v", tt.name, form, shared, tab.Precincts)
				}
				if shared == "okrug" {
					tables = append(tables, tab)
				}
			}
		}
		if !equalProtocols(tables[0].Protocols, tables[1].Protocols) || !equalPrecincts(tables[0].Precincts, tables[1].Precincts) {
			t.Errorf("%s: the two forms read differently", tt.name)
		}
	}
	// An empty precinct cell of a long file whose key is all shared is an
	// error naming the column, not a crash.
	m := Mapping{Shape: "long", Ballot: "okrug", Precinct: Column{Header: "district"}, Okrug: &Column{Header: "district"},
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"}, ChoiceValues: map[string]string{"A": "a"}}
	_, err := ReadCSV(strings.NewReader("district,candidate,votes\n,A,60\n"), "f.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 1 || !strings.Contains(err.Error(), "names no precinct") {
		t.Errorf("an empty precinct cell: %v", err)
	}
	for _, form := range []Column{{Header: "ballot"}, {Columns: []Column{{Header: "p"}, {Header: "ballot"}}}} {
		m := Mapping{Precinct: form, BallotColumn: &Column{Header: "ballot"}, Lines: map[election.Line]Column{election.Valid: {Header: "valid"}}}
		if err := m.Validate(); !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "ballot_column") {
			t.Errorf("precinct %v and ballot_column on one column: %v", form, err)
		}
	}
}
