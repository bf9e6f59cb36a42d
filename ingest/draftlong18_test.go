package ingest

import (
	"strings"
	"testing"
)

// The DR Congo's presidential election of 2023 by province, a row per
// candidate: beside each candidate's votes (voixobtenues) the province's
// stations processed and expected, its electorate, its valid and blank
// ballots and its voters, the same on every row of a province. The draft
// proposed them all as parts of the votes (Tshisekedi 14,380,447 for
// 2,118,730); a column of one figure on every row of each precinct is a
// protocol's line, never a part of a choice's votes.
func TestDraftLongNoRepeatedPart(t *testing.T) {
	d, err := draftReal(t, "cd-pres2023-provinces-p1-p2.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if c := m.VotesColumn; c == nil || c.Header != "voixobtenues" || len(c.Columns) != 0 {
		t.Fatalf("votes_column %+v, want voixobtenues alone", c)
	}
	for _, g := range m.Guesses {
		if strings.HasPrefix(g, "votes_column:") && strings.Contains(g, "bv_traites") {
			t.Errorf("guess proposes a repeated line as a part of the votes: %s", g)
		}
	}
}
