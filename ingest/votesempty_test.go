package ingest

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/words"
)

// A long file's votes column empty on every row kept (Forest,
// Pennsylvania, 2022, with "votes_column": "district") is said once,
// naming the column and the column of numbers no field reads; one empty
// cell of 54 (a figure missing, X229 says it) is no note.
func TestVotesColumnEmptyNote(t *testing.T) {
	const name = "us-pa-2022-forest-precinct.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.VotesColumn == nil || m.VotesColumn.Header != "votes" {
		t.Fatalf("votes column %+v; want votes", m.VotesColumn)
	}
	read := func(m Mapping, text string) Counts {
		t.Helper()
		tab, err := ReadCSV(strings.NewReader(text), name, m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return tab.Counts
	}
	b, err := os.ReadFile("../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if n := VotesEmptyNotes(name, read(m, text)); n != nil {
		t.Errorf("the votes column given: %q", n)
	}
	wrong := m
	wrong.VotesColumn = &Column{Header: "district"}
	n := VotesEmptyNotes(name, read(wrong, text))
	want := []string{
		words.Say("en", "note.votes_column_empty", words.Args{"file": name, "column": `4 "district"`, "empty": "54", "rows": "54"}),
		words.Say("en", "note.votes_column_numbers", words.Args{"file": name, "column": `7 "votes"`, "whole": "54", "rows": "54"}),
	}
	if strings.Join(n, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(n, "\n"), strings.Join(want, "\n"))
	}
	// Barnett Township's Shapiro row (line 56) with its votes cell
	// emptied: one figure missing of 54.
	lines := strings.Split(text, "\n")
	if !strings.HasPrefix(lines[55], "Forest,Barnett Township,Governor,,DEM,Josh Shapiro") {
		t.Fatalf("line 56 is %q", lines[55])
	}
	lines[55] = lines[55][:strings.LastIndexByte(lines[55], ',')+1]
	if n := VotesEmptyNotes(name, read(m, strings.Join(lines, "\n"))); n != nil {
		t.Errorf("one cell empty: %q", n)
	}
}
