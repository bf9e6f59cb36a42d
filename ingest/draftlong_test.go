package ingest

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// wantCount checks a count of a real cut against the sums Python's csv
// module gives of the same rows.
func wantCount(t *testing.T, tab Table, votes map[string]int64, lines map[election.Line]int64, protocols int, wantVotes map[string]int64, wantLines map[election.Line]int64) {
	t.Helper()
	if len(tab.Protocols) != protocols || !maps.Equal(votes, wantVotes) || !maps.Equal(lines, wantLines) {
		t.Errorf("%d protocols, votes %v, lines %v; want %d, %v, %v", len(tab.Protocols), votes, lines, protocols, wantVotes, wantLines)
	}
}

// Texas 2008 (OpenElections, Caldwell County): every contest long, the
// electorate and the ballots cast as "offices" of their own before the
// president. The draft keeps a contest (the president, of the most rows),
// never the registered voters, whose one row per precinct drafted a wide
// mapping whose "votes" column won the seat; their rows are the lines
// voters and found_stationary.
func TestDraftMappingContestLines(t *testing.T) {
	const name = "us-tx-2008-caldwell.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows.String() != `office in ("PRESIDENT", "REGISTERED VOTERS", "BALLOTS CAST")` || !m.long() || m.ChoiceColumn.Header != "candidate" || m.VotesColumn.Header != "votes" {
		t.Fatalf("filter %s, layout %q, choice %v; want PRESIDENT and the two lines, long by candidate\n%s", m.Rows, m.Shape, m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `"REGISTERED VOTERS" and "BALLOTS CAST" name lines of the protocol`) && strings.Contains(g, `"U.S. Senate"`)
	}) {
		t.Errorf("no guess says why the lines' rows are no contest, listing the others:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	wantCount(t, tab, votes, lines, 3,
		map[string]int64{"john-mccain-sarah-palin": 843, "barack-obama-joe-biden": 703, "bo-barr-wayne-a-root": 7, "write-in": 17},
		map[election.Line]int64{election.Voters: 2543, election.FoundStationary: 1580})
}

// A contest's rows whose choice cell is empty (the example's "Registered
// Voters") cannot be line values: left out, and said.
func TestDraftMappingContestLinesEmpty(t *testing.T) {
	in := "county,precinct,office,candidate,votes\n" +
		"A,1,Registered Voters,,100\nA,1,Mayor,Ann,30\nA,1,Mayor,Bob,20\n" +
		"A,2,Registered Voters,,90\nA,2,Mayor,Ann,25\nA,2,Mayor,Bob,35\n"
	d, err := DraftMapping(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows.String() != `office = "Mayor"` || len(m.LineValues) != 0 {
		t.Errorf("filter %s, line values %v; want Mayor alone, none", m.Rows, m.LineValues)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `rows of "Registered Voters"`) && strings.Contains(g, "empty")
	}) {
		t.Errorf("no guess says why the voters' rows are left out:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// Ohio's special election of 2018 (OpenElections): party and candidate
// each name every choice of a precinct once; the candidate's column is
// the choice (the party's "D" would name the winner, and merge two
// candidates of one party).
func TestDraftMappingLongCandidateOverParty(t *testing.T) {
	const name = "us-oh-2018-special-oh12.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if c := d.Mapping.ChoiceColumn; c == nil || c.Header != "candidate" {
		t.Fatalf("choice column %v, want candidate\n%s", c, strings.Join(d.Mapping.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	wantCount(t, tab, votes, lines, 33,
		map[string]int64{"troy-balderson": 5749, "joe-manchik": 73, "danny-o-connor": 5938},
		map[election.Line]int64{})
}
