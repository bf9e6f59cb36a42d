package ingest

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// A note under the table (a row of one cell, "Izvor: DIP") is no reason
// to refuse the draft of the rows above it: the draft maps what it maps
// without the note and says, in a guess, that a count refuses that row
// or leaves it out with --skip-bad-rows. Arizona's file, whose every row
// is shorter than its header, is still refused (TestDraftMappingShortRows).
func TestDraftMappingNoteUnderTable(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/hr-lok2025-bedenica-nacelnik.csv")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := DraftMapping(bytes.NewReader(b), "bedenica.csv")
	if err != nil {
		t.Fatal(err)
	}
	noted := append(slices.Clone(b), "Izvor: DIP\n"...)
	d, err := DraftMapping(bytes.NewReader(noted), "bedenica.csv")
	if errors.Is(err, ErrShortRow) {
		t.Fatalf("a note under the table refuses the draft: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool { return strings.Contains(g, "line 8") && strings.Contains(g, "--skip-bad-rows") }) {
		t.Errorf("no guess names the short row at line 8:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
	got, want := readBack(t, d), readBack(t, plain)
	got.Guesses, want.Guesses = nil, nil
	gj, _ := (&Draft{Mapping: got}).JSON()
	wj, _ := (&Draft{Mapping: want}).JSON()
	if !bytes.Equal(gj, wj) {
		t.Errorf("with the note the draft is\n%s\nwithout it\n%s", gj, wj)
	}
}
