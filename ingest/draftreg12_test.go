package ingest

import (
	"bytes"
	"errors"
	"testing"
)

// Israel's ballot boxes are numbered within a settlement, a split box
// "2.1" (box 2, its first part) or, as pandas wrote Knesset 24's,
// "1.0": numbers that name rows, not figures. The precinct is the
// settlement and its box, as it was before a column of numbers was
// taken for figures whatever its gaps.
func TestDraftKalpiNumbersNameRows(t *testing.T) {
	for _, name := range []string{"il-1999-two-ballots-head.csv", "il-knesset24-kalpi-head.csv"} {
		t.Run(name, func(t *testing.T) {
			d, err := draftReal(t, name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if p := m.Precinct.Columns; len(p) != 2 || p[0].Header != "שם ישוב" || p[1].Header != "קלפי" {
				t.Fatalf("precinct %+v; want the settlement and the ballot box", m.Precinct)
			}
		})
	}
}

// An Afghan polling station's two rows (one per candidate of the 2014
// run-off) name their station in ps_code: the file is not one area's
// with no column naming it, and the station's code is the precinct, not
// the file's name.
func TestDraftCodeColumnIsNoOneArea(t *testing.T) {
	d, err := draftReal(t, "af-2014-runoff-final-1ps.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "ps_code" || m.Precinct.Value != "" {
		t.Fatalf("precinct %+v; want ps_code", m.Precinct)
	}
}

// A Thai votes column with one cell typed "84O" for 840 is still the
// votes column: the draft is the unedited file's, says the cell and its
// line, and a count of it refuses that cell there.
func TestDraftMistypedFigure(t *testing.T) {
	const name = "EDITED-th2026-constituency-badcell.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.VotesColumn.Header != "คะแนนเสียง" || m.Precinct.Header == "คะแนนเสียง" || len(m.Precinct.Columns) != 2 {
		t.Fatalf("layout %q, votes %+v, precinct %+v; want long, votes in คะแนนเสียง, the province and district the precinct", m.Shape, m.VotesColumn, m.Precinct)
	}
	guessed(t, m, `column 6 "คะแนนเสียง" holds whole numbers but for the cell "84O" at line 6`)
	clean, err := draftReal(t, "th2026-constituency-head.csv")
	if err != nil {
		t.Fatal(err)
	}
	m.Guesses, clean.Mapping.Guesses = nil, nil
	a, _ := clean.JSON()
	if b, _ := (&Draft{Mapping: m}).JSON(); !bytes.Equal(a, b) {
		t.Errorf("the draft differs from the unedited file's:\n%s\nwant\n%s", b, a)
	}
	_, err = ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) || pe.Line != 6 {
		t.Fatalf("count: %v; want the cell refused at line 6", err)
	}
}
