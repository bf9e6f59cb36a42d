package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// readLebanon reads a file of ../testdata/lebanon (README there).
func readLebanon(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/lebanon/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A list written once in Arabic presentation forms is the list written
// in letters: one choice of 100 + 90 votes, not two (which made the
// other list, of 150, the first), and a note counts the cell read so.
func TestCompatLongOneChoice(t *testing.T) {
	in := readLebanon(t, "SYNTHETIC-presentation-forms-long.csv")
	m := Mapping{Shape: "long", Precinct: Column{Header: "precinct"}, Ballot: "list", ChoiceColumn: &Column{Header: "list"},
		VotesColumn: &Column{Header: "votes"}, ChoiceValues: map[string]string{"بيروت التغيير": "change", "وحدة بيروت": "unity"}}
	tab, err := ReadCSV(strings.NewReader(in), "pf.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum := map[string]int64{}
	for _, p := range tab.Protocols {
		for id, v := range p.Votes {
			sum[id] += v
		}
	}
	if sum["change"] != 190 || sum["unity"] != 150 || len(sum) != 2 {
		t.Errorf("votes %v, want change 190, unity 150", sum)
	}
	if tab.CompatCells != 1 || tab.CompatRows != 1 || len(tab.CompatLines) != 1 || tab.CompatLines[0] != 4 {
		t.Errorf("compat cells %d rows %d lines %v, want 1 at line 4", tab.CompatCells, tab.CompatRows, tab.CompatLines)
	}
	if notes := ScriptNotes("pf.csv", tab.Counts); len(notes) != 1 || !strings.Contains(notes[0], "lines 4") {
		t.Errorf("notes %q", notes)
	}
	// The mapping the draft made before: each spelling its own choice.
	// Read so, the two are one cell text: refused, both named.
	m.ChoiceValues = map[string]string{"بيروت التغيير": "a", "وحدة بيروت": "b", "ﺑﻴﺮوت اﻟﺘﻐﻴﻴﺮ": "c"}
	_, err = ReadCSV(strings.NewReader(in), "pf.csv", m, Options{})
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "ﺑﻴﺮوت اﻟﺘﻐﻴﻴﺮ") || !strings.Contains(err.Error(), `"بيروت التغيير"`) {
		t.Errorf("two IDs for one name: %v", err)
	}
	// Both spellings mapped to one ID: one choice.
	m.ChoiceValues = map[string]string{"بيروت التغيير": "change", "وحدة بيروت": "unity", "ﺑﻴﺮوت اﻟﺘﻐﻴﻴﺮ": "change"}
	if tab, err = ReadCSV(strings.NewReader(in), "pf.csv", m, Options{}); err != nil || len(tab.Protocols) != 2 || tab.Protocols[1].Votes["change"] != 90 {
		t.Errorf("one ID for both spellings: %v", err)
	}
}

// A precinct and a region named in full-width letters are the ones
// named in ASCII.
func TestCompatWidePlaces(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "p"}, Region: &Column{Header: "r"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "a"}}}
	tab, err := ReadCSV(strings.NewReader("p,r,a\nＰ１,North,5\nP2,Ｎｏｒｔｈ,6\n"), "t.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tab.Protocols[0].Precinct != "P1" || tab.CompatCells != 2 || tab.CompatRows != 2 {
		t.Errorf("precinct %q, %d cells in %d rows", tab.Protocols[0].Precinct, tab.CompatCells, tab.CompatRows)
	}
}

// Figures in Arabic-Indic (and Persian) digits are read as the numbers
// they write, counted; the Arabic decimal separator is no whole number,
// the thousands separator one where the mapping names ",".
func TestArabicDigits(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "qalam_index"}, Ballot: "list", Lines: map[election.Line]Column{
		"found_stationary": {Header: "num_votes"}, "invalid": {Header: "num_invalid_votes"}, "valid": {Header: "num_valid_votes"}}}
	arabic, err := ReadCSV(strings.NewReader(readLebanon(t, "SYNTHETIC-arabic-digits-ref.csv")), "ad.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	latin, err := ReadCSV(strings.NewReader(readLebanon(t, "qalam_reference_06_15_2022-q1-12.csv")), "q.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range latin.Protocols {
		for l, v := range latin.Protocols[i].Lines {
			if arabic.Protocols[i].Lines[l] != v {
				t.Errorf("protocol %d line %s: %d, want %d", i, l, arabic.Protocols[i].Lines[l], v)
			}
		}
	}
	if arabic.OtherDigits != 36 || arabic.OtherDigitsRows != 12 || latin.OtherDigits != 0 {
		t.Errorf("%d figures in %d rows (latin %d), want 36 in 12", arabic.OtherDigits, arabic.OtherDigitsRows, latin.OtherDigits)
	}
	w := Mapping{Precinct: Column{Header: "p"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "a"}}}
	for _, c := range []struct {
		cell, thousands string
		want            int64
		ok              bool
	}{
		{"٢٦١", "", 261, true},
		{"۲۶۱", "", 261, true},
		{"-٥", "", -5, true},
		{"١٬٢٣٤", "", 0, false},
		{"١٬٢٣٤", ",", 1234, true},
		{"١٬٢٣٤", "٬", 1234, true},
		{"١٢٫٥", "", 0, false},
		{"١٢٫٠", "", 0, false},
		{"１２", "", 0, false},
	} {
		w.Thousands = c.thousands
		tab, err := ReadCSV(strings.NewReader("p,a\n1,"+c.cell+"\n"), "t.csv", w, Options{})
		switch {
		case c.ok && (err != nil || tab.Protocols[0].Votes["a"] != c.want):
			t.Errorf("%q under %q: %v %v, want %d", c.cell, c.thousands, tab.Protocols, err, c.want)
		case !c.ok && !errors.Is(err, ErrNotNumber):
			t.Errorf("%q under %q: %v, want ErrNotNumber", c.cell, c.thousands, err)
		}
	}
}

// The draft reads the Lebanese Ministry's line headers: عدد المقترعين
// (those who voted) and الأوراق الملغاة (the invalid ballots), beside
// الأصوات الصحيحة (valid).
func TestDraftLebaneseLineWords(t *testing.T) {
	d, err := DraftMapping(strings.NewReader(readLebanon(t, "SYNTHETIC-arabic-headers-ref.csv")), "ar.csv")
	if err != nil {
		t.Fatal(err)
	}
	for l, h := range map[election.Line]string{election.FoundStationary: "عدد المقترعين", election.Invalid: "الأوراق الملغاة", election.Valid: "الأصوات الصحيحة"} {
		if d.Mapping.Lines[l].Header != h {
			t.Errorf("lines.%s: %+v, want %q", l, d.Mapping.Lines[l], h)
		}
	}
}
