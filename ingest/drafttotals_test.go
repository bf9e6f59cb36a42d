package ingest

import (
	"slices"
	"strings"
	"testing"
)

// partsTotal returns the headers of a long file's votes_column summed
// from several columns and the header of their total (totals), if any.
func partsTotal(m Mapping) (parts []string, total string) {
	if m.VotesColumn != nil {
		for _, c := range m.VotesColumn.Columns {
			parts = append(parts, c.Header)
		}
	}
	return parts, m.Totals["votes_column"].Header
}

// The AEC's first preferences by vote type: the votes are drafted as
// the sum of the five kinds, TotalVotes their total (totals), so that a
// count checks it. With Bean's LAMERTON's TotalVotes made 1,000 more
// (line 2, SYNTHETIC-EDITED in memory), the draft still sums the parts,
// says the row, and the count reads the row as off by 1,000 (I616),
// counting the parts' sum.
func TestDraftTotalsOfParts(t *testing.T) {
	const name = "au-hor2025-div-act.csv"
	kinds := []string{"OrdinaryVotes", "AbsentVotes", "ProvisionalVotes", "PrePollVotes", "PostalVotes"}
	d := mustDraft(t, name)
	if parts, total := partsTotal(d.Mapping); !slices.Equal(parts, kinds) || total != "TotalVotes" || slices.ContainsFunc(d.Mapping.Ignore, func(c Column) bool { return c.Header == "PostalVotes" }) {
		t.Fatalf("votes_column %q, totals %q, ignore %v; want the 5 kinds, TotalVotes\n%s", parts, total, d.Mapping.Ignore, guessList(d.Mapping))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Counts.TotalsOff) != 0 || votes[d.Mapping.ChoiceValues["LAMERTON"]] != 23665 {
		t.Errorf("totals off %+v, votes %v; want none, LAMERTON 23665", tab.Counts.TotalsOff, votes)
	}

	in := readFile(t, "../testdata/ingest/real/"+name)
	edited := strings.Replace(in, ",2090,23665,", ",2090,24665,", 1)
	if edited == in {
		t.Fatal("no edit")
	}
	d, err := DraftMapping(strings.NewReader(edited), "edited.csv")
	if err != nil {
		t.Fatal(err)
	}
	if parts, total := partsTotal(d.Mapping); !slices.Equal(parts, kinds) || total != "TotalVotes" ||
		!strings.Contains(strings.Join(d.Mapping.Guesses, "\n"), "on 1 it is not (the first, line 2: 20237 + 372 + 60 + 906 + 2090, and 24665)") {
		t.Fatalf("votes_column %q, totals %q; want the 5 kinds, TotalVotes, and the row said\n%s", parts, total, guessList(d.Mapping))
	}
	tab, err = ReadCSV(strings.NewReader(edited), "edited.csv", readBack(t, d), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if off := tab.Counts.TotalsOff; len(off) != 1 || off[0].Line != 2 || off[0].Total != 24665 || off[0].Sum != 23665 || off[0].Header != "TotalVotes" {
		t.Errorf("totals off %+v; want line 2, TotalVotes 24665 beside the parts' 23665", off)
	}
}

// Florida's county file gives each precinct's registered voters in
// "votes" alone, its kinds of vote empty: summed, those rows would give
// no figure. The draft keeps "votes" as the figure and says why the
// parts are not summed, naming the first such row; the voters are read.
func TestDraftTotalsPartsEmpty(t *testing.T) {
	const name = "us-fl-2020-liberty.csv"
	d := mustDraft(t, name)
	if parts, total := partsTotal(d.Mapping); d.Mapping.VotesColumn.Header != "votes" || parts != nil || total != "" {
		t.Fatalf("votes_column %v, totals %q; want votes alone\n%s", d.Mapping.VotesColumn, total, guessList(d.Mapping))
	}
	want := `columns 8, 9, 10 and 11 are not mapped: on every row that gives them their sum is column 7 "votes", the figure (they give it by a kind of vote); not summed (totals): line 2 leaves some of them or the total empty`
	guessed(t, d.Mapping, want)
	_, _, lines := countReal(t, name, d)
	if lines["voters"] == 0 {
		t.Errorf("lines %v; want the registered voters read", lines)
	}
}
