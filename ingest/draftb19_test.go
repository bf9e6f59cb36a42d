package ingest

import (
	"slices"
	"strings"
	"testing"
)

// Nova Scotia's poll-by-poll results of 2024, long, a row per poll and
// candidate (Elections Canada's and British Columbia's shape): the party's
// column headed "AFFILIATION" is a party's, no part of the precinct; a
// riding's number beside its name makes no wide file; the polls, "001" in
// each riding, are named by the riding and the poll; the candidates stand
// in their riding, its okrug.
func TestDraftLongPollByPoll(t *testing.T) {
	for _, c := range []struct {
		name, okrug string
		precinct    []string
	}{
		{"ca-ns2024-long-affiliation.csv", "ED_NAME", []string{"ED_NAME", "POLL"}},
		{"ca-ns2024-long-ednumber.csv", "ED_NAME", []string{"ED_NUMBER", "POLL"}},
		{"ca-ns2024-long-repeat-polls.csv", "ED_NAME", []string{"ED_NAME", "POLL"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			var precinct []string
			for _, p := range m.Precinct.Columns {
				precinct = append(precinct, p.Header)
			}
			if !m.long() || m.ChoiceColumn.Header != "CANDIDATE" || m.VotesColumn.Header != "VOTES" || strings.Join(precinct, ",") != strings.Join(c.precinct, ",") ||
				m.Okrug == nil || m.Okrug.Header != c.okrug || m.Ballot != "okrug" {
				t.Fatalf("layout %q, choice %v, votes %v, precinct %v, okrug %v, ballot %q; want long, CANDIDATE, VOTES, %v, %s, okrug\n%s",
					m.Shape, m.ChoiceColumn, m.VotesColumn, precinct, m.Okrug, m.Ballot, c.precinct, c.okrug, strings.Join(m.Guesses, "\n"))
			}
			tab, votes, _ := countReal(t, c.name, d)
			// Annapolis's 43 polls (Elections Nova Scotia's summary:
			// BOWLBY 3289, KERR 3281) or its first three.
			want := map[string]int64{"ca-ns2024-long-repeat-polls.csv": 69 + 61 + 50}[c.name]
			if want == 0 {
				want = 3289
			}
			if votes["david-bowlby"] != want || len(tab.Protocols) < 6 {
				t.Errorf("BOWLBY %d in %d protocols; want %d in 6 or more", votes["david-bowlby"], len(tab.Protocols), want)
			}
		})
	}
}

// Sierra Leone's NEC, a row per candidate: "ValidVotes" beside the
// candidate is each candidate's votes, no protocol's line (as "Votes"
// is); its "ResultStatus", certified for the four leading candidates and
// provisional for the others, each row once, keeps every row.
func TestDraftValidVotesOfCandidates(t *testing.T) {
	_, err := draftReal(t, "sl-2018-pres-r1-validvotes-min.csv")
	if err == nil || !strings.Contains(err.Error(), `"votes_column": "ValidVotes"`) {
		t.Errorf("the minimal cut: %v; want the advice of a long file, votes_column ValidVotes", err)
	}
	const name = "sl-2018-pres-r1-national-long.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if _, ok := m.Lines["valid"]; ok || m.Rows != nil || len(m.Votes) != 1 {
		t.Fatalf("lines %v, rows %+v, votes %v; want no line, no row filter, the votes ValidVotes\n%s", m.Lines, m.Rows, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	tab, _, _ := countReal(t, name, d)
	if len(tab.Protocols) != 16 {
		t.Errorf("%d protocols; want all 16 rows", len(tab.Protocols))
	}
}

// A president's draft names both rule sets of one winner: the most votes
// (examples/fptp) and a majority with a run-off (examples/two-round).
func TestDraftPresidentRuleSets(t *testing.T) {
	d, err := draftReal(t, "sl-2018-pres-r1-national-long.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range d.Mapping.Guesses {
		if strings.Contains(g, "a president's election") && strings.Contains(g, "examples/fptp/rules.json") && strings.Contains(g, "examples/two-round/rules.json") {
			return
		}
	}
	t.Errorf("no guess names examples/fptp and examples/two-round:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
}

// The reasons for rejected ballots at a UK count (London 2016) are the
// invalid ballots, their sum, never choices; Nova Scotia's rejected and
// declined ballots are so too, and the ballots cast their sum with the
// valid votes on every poll.
func TestDraftRejectedParts(t *testing.T) {
	for _, c := range []struct {
		name    string
		parts   []string
		invalid int64
		choices int
	}{
		{"uk-gla2016-constituency-barnet-camden.csv", []string{"Want of official mark", "Writing identifying voter", "Unmarked", "Uncertain", "Voting for too many"}, 2050, 5},
		{"ca-ns2024-annapolis-polls.csv", []string{"Rejected Ballots", "Declined Ballots"}, 42 + 7, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			var parts []string
			for _, p := range m.Lines["invalid"].Columns {
				parts = append(parts, p.Header)
			}
			if strings.Join(parts, "|") != strings.Join(c.parts, "|") || len(m.Votes) != c.choices {
				t.Fatalf("invalid %v, %d choices; want the sum of %v, %d choices\n%s", parts, len(m.Votes), c.parts, c.choices, strings.Join(m.Guesses, "\n"))
			}
			_, _, lines := countReal(t, c.name, d)
			if lines["invalid"] != c.invalid {
				t.Errorf("invalid %d; want %d", lines["invalid"], c.invalid)
			}
			if strings.HasPrefix(c.name, "ca-") && (m.Lines["found_stationary"].Header != "Total Votes" || slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, "of 43 rows") })) {
				t.Errorf("found_stationary %v; want Total Votes, on every row\n%s", m.Lines["found_stationary"], strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// London 2016's constituency file heads each candidate as the UK writes
// a name, the surname in capitals ("Andrew Hartley DISMORE"): one
// constituency's candidates, its okrug ballot, not party lists.
func TestDraftSurnamesInCapitals(t *testing.T) {
	d, err := draftReal(t, "uk-gla2016-constituency-barnet-camden.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mapping; m.Ballot != "okrug" || m.OkrugID == "" || len(m.Votes) != 5 {
		t.Fatalf("ballot %q, okrug_id %q, %d choices; want okrug, the file's name, 5\n%s", m.Ballot, m.OkrugID, len(m.Votes), strings.Join(m.Guesses, "\n"))
	}
	for _, c := range []struct {
		votes map[string]Column
		want  bool
	}{
		{map[string]Column{"a": {Header: "Zack POLANSKI"}, "b": {Header: "Stephen John O'BRIEN"}}, true},
		{map[string]Column{"a": {Header: "Zack POLANSKI"}, "b": {Header: "Labour Party"}}, false},
		{map[string]Column{"a": {Header: "SNP"}, "b": {Header: "UK LABOUR"}}, false},
		{map[string]Column{"a": {Header: "Zack POLANSKI"}}, false},
		{map[string]Column{"a": {Header: "Δεν εγκρίνεται / ΟΧΙ"}, "b": {Header: "Εγκρίνεται / ΝΑΙ"}}, false},
		{map[string]Column{"a": {Header: "Yes / OUI"}, "b": {Header: "No / NON"}}, false},
	} {
		if got := surnamesInCapitals(c.votes); got != c.want {
			t.Errorf("surnamesInCapitals(%v) = %v; want %v", c.votes, got, c.want)
		}
	}
}

// India's assembly results by constituency and candidate, beside the
// party: each constituency ("ac_name") has its own candidates, a party
// stands in several: each elects its own, the okrug ballot, not lists.
func TestDraftCandidatesByConstituency(t *testing.T) {
	const name = "in-mp2023-ac1-6.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.ChoiceColumn.Header != "candidate" || m.Okrug == nil || m.Okrug.Header != "ac_name" || m.Ballot != "okrug" {
		t.Fatalf("layout %q, choice %v, okrug %v, ballot %q; want long, candidate, ac_name, okrug\n%s", m.Shape, m.ChoiceColumn, m.Okrug, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 6 || votes["babu-jandel"] != 96844 {
		t.Errorf("%d protocols, BABU JANDEL %d; want 6, 96844", len(tab.Protocols), votes["babu-jandel"])
	}
}

// Delhi 2015 by constituency and party: the rows that repeat the
// constituency's "Number" and the party (23 of 208, read long) are all its
// Independents, which choice_column's guess counts; no guess says that
// "Number" names no one precinct (it does: the rows repeat for the
// label). In NERELA's rows alone, where "Number" is 1 on every row,
// "Votes15" is a figure, never the precinct.
func TestDraftDelhiNumberAndVotes(t *testing.T) {
	d, err := draftReal(t, "EDITED-in-delhi2015-cut-noNA.csv")
	if err != nil {
		t.Fatal(err)
	}
	// (Read long since: TestDraftLongOneLabelAgain.)
	if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `choice_column: column 3 "Party" names "Independent" again in a precinct (up to 5 rows in one; 23 rows given again in all)`)
	}) || slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool { return strings.HasPrefix(g, "precinct: 23 rows repeat") }) {
		t.Errorf("want the guess that 23 rows give Independent again, and none that they repeat Number:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
	d, err = draftReal(t, "EDITED-in-delhi2015-nerela-noNA.csv")
	if err == nil && d.Mapping.Precinct.Header == "Votes15" || err != nil && !strings.Contains(err.Error(), `"Votes15", the one column of numbers that varies, is named as votes`) {
		t.Errorf("NERELA: %v; want no precinct Votes15, said", err)
	}
}
