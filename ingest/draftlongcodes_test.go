package ingest

import (
	"slices"
	"strings"
	"testing"
)

// longOf drafts a real file and returns its mapping, which must be long:
// the precinct's column, the choice's and the votes'.
func longOf(t *testing.T, name string) (m Mapping, precinct, choice, votes string) {
	t.Helper()
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	if m.Shape != "long" || m.ChoiceColumn == nil || m.VotesColumn == nil {
		t.Fatalf("layout %q, choice %v, votes %v; want long\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, guessList(m))
	}
	return m, m.Precinct.Header, m.ChoiceColumn.Header, m.VotesColumn.Header
}

func guessList(m Mapping) string {
	s := ""
	for _, g := range m.Guesses {
		s += g + "\n"
	}
	return s
}

// Lithuania's Seimas 2024 list votes, long by numbers alone: the
// station's number runs together over its 15 rows, the party's number is
// named once in each station and found again in the others. The station
// is the precinct, the party the choice; never a parliament of polling
// stations.
func TestDraftLongNumberedChoices(t *testing.T) {
	for _, tc := range []struct {
		name, precinct, choice, votes string
		protocols, choices            int
	}{
		{"lt-seimas2024-votes-long.csv", "minor_gid", "org_id", "votes", 3, 15},
		// Afghanistan 2009: the candidate's code, a number, is the
		// choice, not a code left out (and "votes" no single choice).
		{"af-2009-pres-prelim-pc.csv", "pc_code", "candidate_code", "votes", 2, 32},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, p, c, v := longOf(t, tc.name)
			if p != tc.precinct || c != tc.choice || v != tc.votes {
				t.Fatalf("precinct %q, choice %q, votes %q; want %q, %q, %q\n%s", p, c, v, tc.precinct, tc.choice, tc.votes, guessList(m))
			}
			tab, votes, _ := countReal(t, tc.name, &Draft{Mapping: m})
			if len(tab.Protocols) != tc.protocols || len(votes) != tc.choices {
				t.Fatalf("%d protocols, %d choices; want %d and %d", len(tab.Protocols), len(votes), tc.protocols, tc.choices)
			}
		})
	}
}

// Nebraska 2012, Banner County: the pseudo-precinct "EV/AB" gives each
// candidate twice, two batches with figures of their own and no column
// telling them apart. The draft stays long, sums them ("choice_rows":
// "sum") and says which rows repeat, rather than one choice "votes".
func TestDraftLongRepeatedBatch(t *testing.T) {
	const name = "us-ne-2012-banner.csv"
	m, p, c, v := longOf(t, name)
	if p != "precinct" || c != "candidate" || v != "votes" || m.ChoiceRows != ChoiceRowsSum {
		t.Fatalf("precinct %q, choice %q, votes %q, choice_rows %q; want precinct, candidate, votes, sum\n%s", p, c, v, m.ChoiceRows, guessList(m))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `choice_rows: "sum": 4 rows`) && strings.Contains(g, `("EV/AB";`)
	}) {
		t.Errorf("no guess names the rows given again in EV/AB:\n%s", guessList(m))
	}
	tab, votes, _ := countReal(t, name, &Draft{Mapping: m})
	if len(tab.Protocols) != 5 || votes[m.ChoiceValues["Mitt Romney and Paul Ryan"]] != 346 {
		t.Fatalf("%d protocols, Romney %d; want 5, 346 (EV/AB's two rows summed)", len(tab.Protocols), votes[m.ChoiceValues["Mitt Romney and Paul Ryan"]])
	}
}
