package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Israel's elections of 1999: the Prime Minister's ballot and the
// Knesset's on each row, the second's lines named as the first's. The
// draft named none of them (the headers repeat), took the voters
// ("בוחרים") and the settlement's code for lists, and the Knesset's
// "מצביעים" for the whole row's ballots found. It drafts the first
// ballot, its lines by number ("בזב" over it is the sum of its invalid
// and valid columns: its ballots found), says the row holds two and
// leaves the second out.
func TestDraftTwoBallotsOnARow(t *testing.T) {
	for _, c := range []struct {
		name                               string
		voters                             Column
		found, invalid, valid, firstSecond int
	}{
		{"il-1999-results15-min3.csv", Column{Header: "בוחרים"}, 5, 6, 7, 10},
		{"il-1999-results15-head.csv", Column{Header: "בוחרים"}, 5, 6, 7, 10},
		{"il-1999-two-ballots-head.csv", Column{Header: "בזב"}, 6, 7, 8, 12},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			all := strings.Join(m.Guesses, "\n")
			want := map[election.Line]Column{election.Voters: c.voters, election.FoundStationary: {Index: c.found}, election.Invalid: {Index: c.invalid}, election.Valid: {Index: c.valid}}
			for l, w := range want {
				if g := m.Lines[l]; g.Header != w.Header || g.Index != w.Index {
					t.Errorf("lines.%s %+v; want %+v\n%s", l, g, w, all)
				}
			}
			if len(m.Votes) != 2 || m.Votes["ברק"].Header != "ברק" || m.Votes["נתניהו"].Header != "נתניהו" {
				t.Errorf("votes %v; want ברק and נתניהו alone\n%s", m.Votes, all)
			}
			guessed(t, m, "two ballots on each row:", "This mapping drafts the first and leaves out (ignore) the second's columns")
			if !slices.ContainsFunc(m.Ignore, func(i Column) bool { return i.Index == c.firstSecond || i.Header == "שס" }) {
				t.Errorf("ignore %v; want the second ballot's columns", m.Ignore)
			}
			if strings.Contains(all, "make each an empty cell") {
				t.Errorf("the draft advises editing the file:\n%s", all)
			}
			_, votes, lines := countReal(t, c.name, d)
			if c.name == "il-1999-results15-min3.csv" && (votes["ברק"] != 118+129+321 || votes["נתניהו"] != 11+17+23 || lines[election.FoundStationary] != 163+184+382 || lines[election.Voters] != 496+465+535) {
				t.Errorf("votes %v, lines %v", votes, lines)
			}
		})
	}
}

// A code column with gaps ("#N/A" in 1999's "סמל ישוב"; "NA" in Chile's
// "cod_com", beside not_given "NA") was said both "not holding numbers"
// and "to be mended in the file": the choices sum to the valid votes
// without it, so it is a code, put under ignore, in one guess.
func TestDraftCodeWithGapsIgnored(t *testing.T) {
	// (Chile's cut has a region cell "NA" too, which a count refuses:
	// TestDraftPlaceNotGivenAndAbroad is about that.)
	for _, c := range []struct {
		name, col, mark string
		counts          bool
	}{
		{"il-1999-results15-head.csv", "סמל ישוב", "#N/A", true},
		{"cl-plebiscito2022-parcial-cut.csv", "cod_com", "NA", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			n := 0
			for _, g := range m.Guesses {
				if strings.Contains(g, `"`+c.col+`"`) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d guesses name %q; want one:\n%s", n, c.col, strings.Join(m.Guesses, "\n"))
			}
			guessed(t, m, `"`+c.col+`" is not mapped (ignore): it holds whole numbers but for`, `cells "`+c.mark+`"`, "the file needs no edit")
			if !slices.ContainsFunc(m.Ignore, func(i Column) bool { return i.Header == c.col }) {
				t.Errorf("ignore %v lacks %q", m.Ignore, c.col)
			}
			if c.counts {
				countReal(t, c.name, d)
			}
		})
	}
}
