package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// New Zealand's official results of 2023 by voting place (the Electoral
// Commission's statistics CSVs): the voting place is a column of text
// under no header, the candidates' or parties' columns of figures sum in
// "Total Valid ... Votes", "Informal ... Votes" is the invalid, the
// sections' titles ("Advance Voting Places", "Voting Places") stand in a
// cell alone, and under the electorate's total row a line of the valid
// and informal votes' sum and a table of each choice's votes and share
// end the file. The draft took the first candidate's votes for the
// precinct, the informal votes for a choice, and dropped three choices
// as "decimals" (the shares of the table under the table).
func TestDraftMappingNZVotingPlaces(t *testing.T) {
	cases := []struct {
		file    string
		footer  int
		invalid string
		choices int
		has     []string // choices that must be drafted
		votes   map[string]int64
	}{
		// (Swarbrick: 19 + 787 + 5 + 123 + 1589, the rows of the cut.)
		{"nz-ge2023-cand-ac.csv", 13, "Informal Candidate Votes", 10, []string{"davie-paul-clifford", "kane-madeleine"}, map[string]int64{"swarbrick-chloe-charlotte": 2523, "coker-christopher-hamish": 31}},
		{"nz-ge2023-cand-ac-nofooter.csv", 1, "Informal Candidate Votes", 10, []string{"davie-paul-clifford", "kane-madeleine"}, map[string]int64{"swarbrick-chloe-charlotte": 2523}},
		// (ACT: 4 + 205 + 1 + 41 + 4.)
		{"nz-ge2023-party-ac.csv", 20, "Informal Party Votes", 17, []string{"act-new-zealand", "animal-justice-party"}, map[string]int64{"act-new-zealand": 255}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.FooterRows != c.footer {
				t.Errorf("footer_rows %d, want %d", m.FooterRows, c.footer)
			}
			if m.Precinct.Index != 2 {
				t.Errorf("precinct %+v, want column 2 (the voting place, under no header)", m.Precinct)
			}
			if m.Lines[election.Invalid].Header != c.invalid {
				t.Errorf("lines.invalid %+v, want %q", m.Lines[election.Invalid], c.invalid)
			}
			if len(m.Votes) != c.choices {
				t.Errorf("%d choices %v, want %d", len(m.Votes), m.Votes, c.choices)
			}
			for _, id := range c.has {
				if _, ok := m.Votes[id]; !ok {
					t.Errorf("no choice %q in %v", id, m.Votes)
				}
			}
			if m.Rows == nil || !slices.ContainsFunc(m.Rows.Where, func(w Condition) bool {
				return w.Column.Index == 2 && slices.Equal(w.Except, []string{"Auckland Central Total"})
			}) {
				t.Errorf("rows %+v, want column 2's \"Auckland Central Total\" left out", m.Rows)
			}
			if sectionTitleRows(d) != 2 {
				t.Errorf("guesses name %d section titles, want 2:\n%s", sectionTitleRows(d), strings.Join(m.Guesses, "\n"))
			}
			// The titles are refused as rows too short, and left out of
			// a lenient read: every other row is a voting place's.
			tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+c.file), c.file, m, Options{Lenient: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(tab.Skipped) != 2 || len(tab.Protocols) != 5 {
				t.Fatalf("%d rows skipped, %d protocols; want the 2 titles, 5 voting places", len(tab.Skipped), len(tab.Protocols))
			}
			for _, pe := range tab.Skipped {
				if !errors.Is(pe, ErrShortRow) || !strings.Contains(pe.Error(), "the title of a section") {
					t.Errorf("skipped %v, want a short row named as a section's title", pe)
				}
			}
			votes := map[string]int64{}
			for _, p := range tab.Protocols {
				for id, v := range p.Votes {
					votes[id] += v
				}
			}
			for id, v := range c.votes {
				if votes[id] != v {
					t.Errorf("votes[%s] = %d, want %d", id, votes[id], v)
				}
			}
		})
	}
}

// A header of several rows whose labels stand centred over their
// columns (New Zealand's "Valid Votes Cast" over the middle of "Ordinary
// Votes", "Special Votes", "Valid Total (a)+(b)") is an error that says
// so: joined from the left, the special votes were drafted as the valid
// ones and the ordinary votes as a party of 120 seats.
func TestDraftMappingCentredHeader(t *testing.T) {
	_, err := draftReal(t, "nz-ge2023-turnout.csv")
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "centred") {
		t.Fatalf("err %v, want a mapping error that names the centred labels", err)
	}
	// A header whose labels stand over the first of their columns (kerg's)
	// is drafted.
	if _, err := draftReal(t, "de-btw17-kerg.csv"); err != nil {
		t.Errorf("kerg: %v", err)
	}
}
