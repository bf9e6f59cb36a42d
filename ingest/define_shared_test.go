package ingest

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Under a header of several rows, the parts every choice's header shares
// first or last are left out of the choices' names, each name keeping a
// part of its own; under a header of one row, names are the headers.
func TestChoicesDropSharedParts(t *testing.T) {
	names := func(m Mapping) []string {
		var out []string
		for _, c := range Choices(m) {
			out = append(out, c.Name)
		}
		return out
	}
	m := Mapping{HeaderRows: 3, Votes: map[string]Column{
		"cdu": {Header: "CDU / Zweitstimmen / Endgültig"},
		"spd": {Header: "SPD / Zweitstimmen / Endgültig"},
		"afd": {Header: "AfD / Zweitstimmen / Endgültig"},
	}}
	if got, want := names(m), []string{"AfD", "CDU", "SPD"}; !slices.Equal(got, want) {
		t.Errorf("shared last parts: %q, want %q", got, want)
	}
	m.Votes = map[string]Column{
		"a": {Header: "Votes / Party A"},
		"b": {Header: "Votes / Party B / machine"},
	}
	if got, want := names(m), []string{"Party A", "Party B / machine"}; !slices.Equal(got, want) {
		t.Errorf("shared first part: %q, want %q", got, want)
	}
	m.Votes = map[string]Column{
		"a": {Header: "Same / Same"},
		"b": {Header: "Same / Same"},
	}
	if got, want := names(m), []string{"Same", "Same"}; !slices.Equal(got, want) {
		t.Errorf("all parts shared: %q, want %q (a part kept)", got, want)
	}
	m.HeaderRows = 1
	m.Votes = map[string]Column{
		"cdu": {Header: "CDU / Zweitstimmen"},
		"spd": {Header: "SPD / Zweitstimmen"},
	}
	if got, want := names(m), []string{"CDU / Zweitstimmen", "SPD / Zweitstimmen"}; !slices.Equal(got, want) {
		t.Errorf("one header row: %q, want %q", got, want)
	}
}

// Under a header of one row, the words every choice's header adds to its
// name are left out when they say "votes"; other shared words stay.
func TestChoicesDropVotesAffix(t *testing.T) {
	names := func(h ...string) []string {
		m := Mapping{Votes: map[string]Column{}}
		for i, x := range h {
			m.Votes[string(rune('a'+i))] = Column{Header: x}
		}
		var out []string
		for _, c := range Choices(m) {
			out = append(out, c.Name)
		}
		return out
	}
	for _, tt := range []struct{ in, want []string }{
		{[]string{"M. CADALEN Pierre-Yves - votes", "Mme POULLAOUEC Yvette - votes"}, []string{"M. CADALEN Pierre-Yves", "Mme POULLAOUEC Yvette"}},
		{[]string{"VOTOS_P1", "VOTOS_P2"}, []string{"P1", "P2"}},
		{[]string{"Party A", "Party B"}, []string{"Party A", "Party B"}},
		{[]string{"Yes votes", "No votes"}, []string{"Yes", "No"}},
		{[]string{"votes", "votes"}, []string{"votes", "votes"}},
		{[]string{"Alone - votes"}, []string{"Alone - votes"}},
		{[]string{"Devoted", "Voted"}, []string{"Devoted", "Voted"}},
	} {
		if got := names(tt.in...); !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A choice named by column number (or mapped as a sum) is named by its ID;
// the others' shared parts are still left out.
func TestChoicesSharedPartsBesideAnID(t *testing.T) {
	m := Mapping{HeaderRows: 2, Votes: map[string]Column{
		"cdu": {Header: "CDU / 2025"},
		"fdp": {Index: 7},
		"spd": {Header: "SPD / 2025"},
	}}
	var got []string
	for _, c := range Choices(m) {
		got = append(got, c.Name)
	}
	if want := []string{"CDU", "fdp", "SPD"}; !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}

// A definition inferred from a mapping of the okrug ballot learns its
// okrugs from the okrug column: without one, no row would be in an okrug
// and no vote counted, which is an error naming the field, not a count
// of nothing (a tester's file of one Indian constituency, exit 0 before).
func TestDefineOkrugBallotNeedsOkrugColumn(t *testing.T) {
	m := Mapping{Precinct: Column{Index: 1}, Ballot: "okrug", Votes: map[string]Column{"a": {Index: 2}}}
	_, _, err := Define(m, "m.json")
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), `map "okrug"`) {
		t.Fatalf("err = %v", err)
	}
	m.Okrug = &Column{Index: 3}
	if _, _, err := Define(m, "m.json"); err != nil {
		t.Fatal(err)
	}
}

// A definition inferred from a mapping with preferences puts each
// candidate on the list whose ID, then "-", begins its own ("p12-1" on
// p12, not p1), named by its column's header, as it takes the parties
// from the vote columns; before, every preference cell was X211, a
// candidate on no list. A candidate on no list, or on two, is an error
// naming its field.
func TestDefinePreferences(t *testing.T) {
	m := Mapping{Precinct: Column{Index: 1}, Ballot: "list",
		Votes:       map[string]Column{"p1": {Header: "D1"}, "p12": {Header: "D12"}},
		Preferences: map[string]Column{"p1-1": {Header: "D1_1"}, "p1-2": {Header: "D1_2"}, "p12-1": {Header: "D12_1"}}}
	e, notes, err := Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, p := range e.Parties {
		for _, c := range p.Candidates {
			got[p.ID] = append(got[p.ID], c.ID+"="+c.Name)
		}
	}
	want := map[string][]string{"p1": {"p1-1=D1_1", "p1-2=D1_2"}, "p12": {"p12-1=D12_1"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("candidates %v, want %v", got, want)
	}
	if len(notes) == 0 || !strings.Contains(notes[0], "their candidates those of its 3 preference columns") {
		t.Errorf("notes %q", notes)
	}
	m.Preferences["x-1"] = Column{Header: "X_1"}
	var pe *ParseError
	if _, _, err := Define(m, "m.json"); !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != "preferences.x-1" || !strings.Contains(err.Error(), "on no list") {
		t.Errorf("a candidate on no list: %v", err)
	}
	delete(m.Preferences, "x-1")
	m.Votes["p1-2"] = Column{Header: "D1-2"}
	m.Preferences["p1-2-1"] = Column{Header: "D1-2_1"}
	if _, _, err := Define(m, "m.json"); !errors.As(err, &pe) || !strings.Contains(err.Error(), `more than one list ("p1", "p1-2")`) {
		t.Errorf("a candidate on two lists: %v", err)
	}
}

// A mapping of a part of the protocols ("part": true) that gives no votes
// (their lines: another part gives the votes) misses no party of the
// definition; one that gives whole protocols does.
func TestCheckChoicesPart(t *testing.T) {
	e := &election.Election{Parties: []election.Party{{ID: "a", Name: "A"}}}
	no := false
	e.Ballots.List.AgainstAll = &no
	m := Mapping{Precinct: Column{Index: 1}, Ballot: "list", Lines: map[election.Line]Column{election.Valid: {Index: 2}}, Part: true}
	if err := CheckChoices(m, e, "lines.json"); err != nil {
		t.Errorf("a part of the protocols: %v", err)
	}
	m.Part = false
	if err := CheckChoices(m, e, "lines.json"); !errors.Is(err, ErrChoices) {
		t.Errorf("whole protocols without the votes of a: %v", err)
	}
}
