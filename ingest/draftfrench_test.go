package ingest

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// The DR Congo's presidential election of 2023 by province: the CENI's
// French lines (electeurs_attendus, bulletins_valides, bulletins_blancs,
// total_votants) were left unmapped; the blank ballots are the invalid
// ones (total_votants is the valid and them), and the guess says so.
func TestDraftFrenchLinesLong(t *testing.T) {
	d, err := draftReal(t, "cd-pres2023-raw-p1-p2.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	for l, h := range map[election.Line]string{election.Voters: "electeurs_attendus", election.Valid: "bulletins_valides", election.Invalid: "bulletins_blancs", election.FoundStationary: "total_votants"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %+v; want %q\n%s", l, m.Lines[l], h, strings.Join(m.Guesses, "\n"))
		}
	}
	guessed(t, m, "blank ballots, read as the invalid ones")
	_, _, lines := countReal(t, "cd-pres2023-raw-p1-p2.csv", d)
	if lines[election.FoundStationary] != lines[election.Valid]+lines[election.Invalid] {
		t.Errorf("lines %v: found is not valid and invalid", lines)
	}
}

// A column headed by digits and underscores alone ("1_1_1_999_999") is
// drafted as a choice, said to be named as a code.
func TestDraftDigitsHeaderSaid(t *testing.T) {
	d, err := draftReal(t, "cd-pres2023-pivot-provinces.csv")
	if err != nil {
		t.Fatal(err)
	}
	guessed(t, readBack(t, d), `column 28 "1_1_1_999_999" (a choice on the ballot; but its header is digits and underscores, a code, not named like a candidate or a list`)
	for _, c := range []struct {
		h    string
		want bool
	}{{"1_1_1_999_999", true}, {"12", false}, {"_", false}, {"p_1", false}} {
		if digitsHeader(c.h) != c.want {
			t.Errorf("digitsHeader(%q) = %v", c.h, !c.want)
		}
	}
}
