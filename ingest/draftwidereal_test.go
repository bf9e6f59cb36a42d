package ingest

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Austria's BMI results by Gemeinde (2024), as a copy that lost its
// umlauts stores them ("G?ltige", "Ung?ltige"): the valid and the invalid
// ballots are lines, never choices, and MFG, empty in every Land but one,
// is a list not on those rows' ballots.
func TestDraftWideAustriaLossyUmlauts(t *testing.T) {
	const name = "at-nrw2024-bmi-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "Wahlberechtigte", election.Invalid: "Ung?ltige", election.Valid: "G?ltige"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s is %v, want %q\n%s", l, m.Lines[l], h, strings.Join(m.Guesses, "\n"))
		}
	}
	for id, c := range m.Votes {
		if strings.Contains(c.Header, "ltige") || c.Header == "Abgegebene" {
			t.Errorf("votes.%s is column %q, a line", id, c.Header)
		}
	}
	if len(m.Votes) != 12 || m.Votes["mfg"].Header != "MFG" || m.EmptyVotes != "not_on_ballot" {
		t.Errorf("votes %v, empty_votes %q; want 12 lists with MFG, not_on_ballot", m.Votes, m.EmptyVotes)
	}
	// The 82 rows count Österreich, Burgenland and its areas over and
	// over: the sums are the rows', each list's votes adding up to the
	// valid ballots.
	tab, votes, lines := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if len(tab.Protocols) != 82 || sum != lines[election.Valid] || lines[election.Valid] != 5398245 {
		t.Errorf("%d protocols, votes %d, valid %d; want 82, the valid ballots 5398245 both", len(tab.Protocols), sum, lines[election.Valid])
	}
}

// A column that is on every row the sum of the columns after it is a
// total, no choice, though one of those columns is empty on most rows
// (as the draft reads an empty cell of a list there: 0 votes). The
// Austrian file with its lines named so that no word says what they are.
func TestDraftWideSumWithEmptyCells(t *testing.T) {
	in := readFile(t, "../testdata/ingest/real/at-nrw2024-bmi-head.csv")
	in = strings.Replace(in, "Ung?ltige;G?ltige", "U;G", 1)
	d, err := DraftMapping(strings.NewReader(in), "at.csv")
	if err != nil {
		t.Fatal(err)
	}
	for id, c := range d.Mapping.Votes {
		if c.Header == "G" {
			t.Errorf("votes.%s is column G, the sum of the lists", id)
		}
	}
	if !strings.Contains(strings.Join(d.Mapping.Guesses, "\n"), `column 6 "G" is not mapped: on every row it is the sum of columns 7`) {
		t.Errorf("no guess says G is the lists' sum:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// lossyIn reads a "?" as a letter outside ASCII, not as any letter.
func TestLossyIn(t *testing.T) {
	for _, c := range []struct {
		h, w string
		want bool
	}{
		{"g?ltige", "gültig", true},
		{"ung?ltige", "ungültig", true},
		{"ung\uFFFDltige", "ungültig", true},
		{"g?ltige", "gueltig", false}, // "?" is one letter
		{"gxltige", "gültig", false},
		{"?ltig", "gültig", false},
		{"g?ltig", "gultig", false}, // "?" is no ASCII letter
		{"gultig", "gültig", false},
	} {
		if got := lossyIn(c.h, c.w); got != c.want {
			t.Errorf("lossyIn(%q, %q) = %v, want %v", c.h, c.w, got, c.want)
		}
	}
}
