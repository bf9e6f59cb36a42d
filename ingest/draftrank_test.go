package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Guyana's 2025 results by NDC name a party in each of "winner",
// "second", "third" and give their votes in "votes_winner",
// "votes_runnerup", "votes_third": a party moves from column to column.
// The draft refuses to map the places as parties (it once seated
// "winner" 37), naming the columns, and says that "margin" is derived.
func TestDraftRankedColumnsRefused(t *testing.T) {
	d, err := draftReal(t, "gy2025-ndc-ranked.csv")
	if !errors.Is(err, ErrMapping) {
		t.Fatalf("draft %v, err %v; want ErrMapping", d, err)
	}
	for _, w := range []string{`"winner"`, `"second"`, `"votes_winner"`, `"votes_runnerup"`, `"votes_third"`, `"votes_rest"`, "long", `"margin"`, `minus column 8 "votes_runnerup"`} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("the error does not say %s: %v", w, err)
		}
	}
}

// Beside lines, the ranked columns are left out with a guess, and no
// choice is drafted: New South Wales' district summary keeps its lines,
// and its "final_margin", winner_final_votes - runner_up_final_votes, is
// said to be derived, no line to declare.
func TestDraftRankedBesideLines(t *testing.T) {
	d, err := draftReal(t, "au-nsw2023-district-summary.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if len(m.Votes) != 0 || m.Lines[election.Valid].Header != "formal_votes" {
		t.Errorf("votes %v, lines %v; want no choice and the lines", m.Votes, m.Lines)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `column 21 "final_margin" is not mapped: on every row it is column 17 "winner_final_votes" minus column 20 "runner_up_final_votes"`)
	}) {
		t.Errorf("no guess says final_margin is derived:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// The long form of the Guyana file: "rest", all other parties together,
// is an aggregate (never seated), and parties without a row in some NDCs
// make the draft say empty_votes, without setting it.
func TestDraftPooledRestAndAbsentParties(t *testing.T) {
	d, err := draftReal(t, "EDITED-gy2025-ndc-long.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if !slices.Equal(m.Aggregates, []string{"rest"}) {
		t.Errorf("aggregates %v, want [rest]", m.Aggregates)
	}
	if m.EmptyVotes != "" || !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, "empty_votes: not set: 5 precincts") && strings.Contains(g, `precinct "619"`) && strings.Contains(g, `"not_on_ballot"`)
	}) {
		t.Errorf("empty_votes %q; want it unset and said:\n%s", m.EmptyVotes, strings.Join(m.Guesses, "\n"))
	}
}

// Elections Ontario's "Valid Votes Cast for Each Candidate": each
// candidate's votes are "TotalValidBallotsCast" (no line: it differs on
// every row of the district), and "Plurality" is the winner's lead, 0 on
// the other rows, never the votes. The by-elections' returning officer
// is no contest to filter on.
func TestDraftOntarioPluralityNotVotes(t *testing.T) {
	d, err := draftReal(t, "on2023-kitchener-centre-byelection.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.VotesColumn == nil || m.VotesColumn.Header != "TotalValidBallotsCast" {
		t.Errorf("votes_column %v, want TotalValidBallotsCast\n%s", m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
	if _, ok := m.Lines[election.FoundStationary]; ok {
		t.Errorf("lines %v: the candidates' votes as a line", m.Lines)
	}
	if !slices.ContainsFunc(m.Ignore, func(c Column) bool { return c.Header == "Plurality" }) {
		t.Errorf("ignore %v, want Plurality", m.Ignore)
	}
	tab, votes, _ := countReal(t, "on2023-kitchener-centre-byelection.csv", d)
	if len(tab.Protocols) != 1 || votes["aislinn-clancy"] != 11334 || votes["debbie-chapman"] != 6312 {
		t.Errorf("%d protocols, votes %v; want Clancy 11,334, Chapman 6,312", len(tab.Protocols), votes)
	}

	d, err = draftReal(t, "on2023-2024-byelections.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	if m.Rows != nil && slices.ContainsFunc(m.Rows.Where, func(c Condition) bool { return c.Column.Header == "ReturningOfficerName" }) {
		t.Errorf("rows %v: a returning officer's name as a contest", m.Rows.Where)
	}
	if m.VotesColumn == nil || m.VotesColumn.Header != "TotalValidBallotsCast" {
		t.Errorf("votes_column %v, want TotalValidBallotsCast", m.VotesColumn)
	}
}

func TestRankPlace(t *testing.T) {
	for h, want := range map[string]int{
		"votes winner": 1, "votes runnerup": 2, "runner up final votes": 2, "votes third": 3, "2nd": 2,
		"first round": 0, "first preference votes": 0, "first name": 0, "votes rest": 0, "votes": 0,
	} {
		if got := rankPlace(h); got != want {
			t.Errorf("rankPlace(%q) = %d, want %d", h, got, want)
		}
	}
}

func TestDifferenceOf(t *testing.T) {
	rows := [][]string{{"10", "4", "6"}, {"7", "7", "0"}, {"9.0", "1.0", "8.0"}}
	numeric := []bool{true, true, true}
	if a, b := differenceOf(rows, numeric, 2); a != 0 || b != 1 {
		t.Errorf("differenceOf = %d, %d; want 0, 1", a, b)
	}
	if a, _ := differenceOf(rows[:1], numeric, 2); a >= 0 {
		t.Errorf("one row: %d, want none", a)
	}
	rows[1][2] = "1"
	if a, _ := differenceOf(rows, numeric, 2); a >= 0 {
		t.Errorf("a row off: %d, want none", a)
	}
}
