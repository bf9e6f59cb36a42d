package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// decanMapping is a hand mapping of Kosovo's KQZ export of Deçan (2019),
// data: a row per party and no column naming the municipality, whose
// name the precinct's value gives; "9.269" groups thousands with a dot.
// Each list is named by its number, as its cell begins.
func decanMapping(data []byte) Mapping {
	m := Mapping{Shape: "long", Precinct: Column{Value: "Deçan"}, Ballot: "list", Thousands: ".",
		ChoiceColumn: &Column{Header: "Subjekti Politik"}, VotesColumn: &Column{Header: "Numri i votave"}, ChoiceValues: map[string]string{}}
	_, rows, _ := strings.Cut(string(data), "\n")
	for _, rec := range strings.Split(rows, "\n") {
		if name, _, ok := strings.Cut(strings.TrimPrefix(rec, ","), ","); ok {
			m.ChoiceValues[name] = name[:3]
		}
	}
	return m
}

// Deçan's results, one municipality's file with no column naming it, are
// one protocol under "precinct": {"value": "Deçan"}: every party's votes
// as the KQZ published them (AAK 9,269, LDK 3,431, Vetëvendosje 954,
// PDK 687, Nisma 231; "09" is 9), 14,743 in all, as the municipalities'
// long file of the same repository gives them.
func TestPrecinctValueReal(t *testing.T) {
	const name = "xk-2019-decan-raw.csv"
	data := readReal(t, name)
	m := decanMapping(data)
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	// (Options.Precinct is called with the value, as with a cell, on the
	// caller's goroutine.)
	known := func(cell []byte) (string, int) {
		if string(cell) != "Deçan" {
			t.Errorf("Options.Precinct called with %q", cell)
		}
		return "Deçan", 0
	}
	for _, o := range []Options{{}, {Concurrent: true}, {CheckConflicts: true}, {Precinct: known, CheckConflicts: true}, {Precinct: known, Concurrent: true}} {
		tab, err := ReadCSV(bytes.NewReader(data), name, m, o)
		if err != nil {
			t.Fatal(err)
		}
		if len(tab.Protocols) != 1 || tab.Protocols[0].Precinct != "Deçan" || len(tab.Precincts) != 1 || tab.Precincts[0].ID != "Deçan" {
			t.Fatalf("%d protocols %v, precincts %v; want one, of Deçan", len(tab.Protocols), tab.Protocols, tab.Precincts)
		}
		v := tab.Protocols[0].Votes
		var sum int64
		for _, n := range v {
			sum += n
		}
		if v["119"] != 9269 || v["134"] != 3431 || v["126"] != 954 || v["112"] != 687 || v["122"] != 231 || v["118"] != 9 || v["123"] != 0 || len(v) != 25 || sum != 14743 {
			t.Errorf("votes %v (sum %d); want AAK (119) 9269, LDK (134) 3431, LVV (126) 954, PDK (112) 687, Nisma (122) 231, NDS (118) 9, 0 for 123: 14743 of 25 lists", v, sum)
		}
	}
	// Written as a JSON mapping, it reads back the same.
	js := `{"layout": "long", "precinct": {"value": "Deçan"}, "ballot": "list", "thousands": ".", "choice_column": "Subjekti Politik", "votes_column": "Numri i votave", "choice_values": {"119. AAK-PSD KOALICIONI 100% KOSOVË": "aak"}}`
	if jm, err := ReadMapping(strings.NewReader(js), "decan.json"); err != nil || jm.Precinct.Value != "Deçan" {
		t.Errorf("%v, %+v; want the precinct's value Deçan", err, jm.Precinct)
	}
}

// A mapping's precinct value is checked: alone (not with header, column
// or columns), not empty, no spaces around it, not in a transposed file;
// no other column may be a value (the region's and the okrug's of every
// row are region_id and okrug_id, which the error names).
func TestPrecinctValueChecked(t *testing.T) {
	base := `"layout": "long", "ballot": "list", "choice_column": "c", "votes_column": "v", "choice_values": {"a": "a"}`
	for _, c := range []struct {
		name, json, field, says string
	}{
		{"with a column", `{"precinct": {"value": "Deçan", "column": 1}, ` + base + `}`, "precinct", "not several"},
		{"with columns", `{"precinct": {"value": "Deçan", "columns": ["a", "b"]}, ` + base + `}`, "precinct", "not several"},
		{"empty", `{"precinct": {"value": ""}, ` + base + `}`, "precinct.value", "empty"},
		{"spaces", `{"precinct": {"value": " Deçan"}, ` + base + `}`, "precinct", "spaces"},
		{"region", `{"precinct": "p", "region": {"value": "Pejë"}, ` + base + `}`, "region", "region_id"},
		{"okrug", `{"precinct": "p", "okrug": {"value": "Pejë"}, ` + base + `}`, "okrug", "okrug_id"},
		{"votes column", `{"precinct": "p", "layout": "long", "ballot": "list", "choice_column": "c", "votes_column": {"value": "9"}, "choice_values": {"a": "a"}}`, "votes_column", "only the precinct"},
		{"transposed", `{"precinct": {"value": "Deçan"}, "layout": "transposed", "ballot": "list", "votes": {"a": "A"}}`, "precinct", "transposed"},
		{"type", `{"precinct": {"value": 3}, ` + base + `}`, "precinct.value", ""},
		{"unknown key", `{"precinct": {"valeu": "Deçan"}, ` + base + `}`, "precinct.valeu", ""},
	} {
		_, err := ReadMapping(strings.NewReader(c.json), "m.json")
		var pe *ParseError
		if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != c.field || pe.File != "m.json" || pe.Line == 0 || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v; want an error of m.json's %s, at its line, saying %q", c.name, err, c.field, c.says)
		}
	}
	if _, err := ReadBallotMapping(strings.NewReader(`{"precinct": {"value": "x"}, "ballot": "list", "choice": "choice"}`), "b.json"); !errors.Is(err, ErrMapping) {
		t.Errorf("a ballot mapping's precinct value: %v; want %v", err, ErrMapping)
	}
	// Written back, a file of protocols of that precinct alone.
	m := Mapping{Precinct: Column{Value: "Deçan"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "A"}}}
	var b bytes.Buffer
	if err := WriteCSV(&b, []election.Protocol{{Precinct: "Deçan", Ballot: "list", Votes: map[string]int64{"a": 3}}}, nil, m); err != nil || b.String() != "A\n3\n" {
		t.Errorf("%q, %v; want the votes alone", b.String(), err)
	}
	if err := WriteCSV(&b, []election.Protocol{{Precinct: "Pejë", Ballot: "list", Votes: map[string]int64{"a": 3}}}, nil, m); !errors.Is(err, ErrMapping) {
		t.Errorf("a protocol of Pejë under Deçan's value: %v; want %v", err, ErrMapping)
	}
}

// The draft of a file of one area's choices and votes, no column naming
// the area, proposes its name as the precinct's value, a guess: Deçan's
// file without its two rows of thousands ("9.269", which the draft reads
// as no whole number), read back, is one protocol of its 23 other lists.
func TestDraftPrecinctValueReal(t *testing.T) {
	const name = "xk-2019-decan-raw.csv"
	lines := strings.SplitAfter(string(readReal(t, name)), "\n")
	cut := strings.Join(append(lines[:1:1], lines[3:]...), "")
	d, err := DraftMapping(strings.NewReader(cut), name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	said := false
	for _, g := range m.Guesses {
		said = said || strings.HasPrefix(g, `precinct: {"value": "xk-2019-decan-raw"}`)
	}
	if m.Precinct.Value != "xk-2019-decan-raw" || !said || !m.long() || m.ChoiceColumn.Header != "Subjekti Politik" || m.VotesColumn.Header != "Numri i votave" || len(m.ChoiceValues) != 23 {
		t.Fatalf("precinct %+v, layout %q, choice %v, votes %v, %d choices; want the file's name as a guess, long, Subjekti Politik and Numri i votave, 23 choices\n%s",
			m.Precinct, m.Shape, m.ChoiceColumn, m.VotesColumn, len(m.ChoiceValues), strings.Join(m.Guesses, "\n"))
	}
	tab, err := ReadCSV(strings.NewReader(cut), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	for _, v := range tab.Protocols[0].Votes {
		sum += v
	}
	if len(tab.Protocols) != 1 || sum != 14743-9269-3431 {
		t.Errorf("%d protocols of %d votes; want one of 2043", len(tab.Protocols), sum)
	}
}
