package ingest

import (
	"strings"
	"testing"
)

// Kentucky's Mercer County (2016): a row per precinct and candidate, the
// votes by mode of voting (absentee_mail, absentee_person, eslate,
// escan) beside their sum, votes, which two absentee rows do not add up
// to as published. The file is long, its figure votes, the modes left
// out and said; before, the modes and votes were five choices of a wide
// file.
func TestDraftModesBesideVotes(t *testing.T) {
	const name = "us-ky-2016-mercer-precinct.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	all := strings.Join(m.Guesses, "\n")
	if !m.long() || m.ChoiceColumn.Header != "candidate" || m.VotesColumn.Header != "votes" || len(m.VotesColumn.Columns) != 0 || len(m.Votes) != 0 {
		t.Fatalf("layout %q, choice %v, votes %v, wide votes %v; want long, candidate, votes\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, m.Votes, all)
	}
	if !strings.Contains(all, `the votes by mode of voting; their sum is column 11 "votes" on 64 of the 66 rows that give them; on 2 it is not (the first, line 2: 105 + 340, and 405)`) {
		t.Errorf("no guess says the modes and the rows that differ\n%s", all)
	}
	_, votes, _ := countReal(t, name, d)
	// The votes cells of the President's precinct rows, the Total rows
	// left out: Trump 405 + 752 + ... + 562.
	if votes["donald-j-trump"] != 4421 || votes["hillary-clinton"] != 1070 || len(votes) != 6 {
		t.Errorf("votes %v; want Trump 4421, Clinton 1070 of 6 candidates", votes)
	}
}

// The same rows without the votes column: the modes are summed, each
// empty part of a row that gives another read as 0 (the absentee votes
// are given on the absentee rows alone), and Trump's sum is the Total
// row's 4461.
func TestDraftModesSummed(t *testing.T) {
	const name = "SYNTHETIC-EDITED-us-ky-2016-mercer-pres-novotes.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	all := strings.Join(m.Guesses, "\n")
	if !m.long() || len(m.VotesColumn.Columns) != 4 || m.EmptyVotes != EmptyVotesNotOnBallot {
		t.Fatalf("layout %q, votes %v, empty_votes %q; want long, the sum of the four modes, %q\n%s", m.Shape, m.VotesColumn, m.EmptyVotes, EmptyVotesNotOnBallot, all)
	}
	_, votes, _ := countReal(t, name, d)
	if votes["donald-j-trump"] != 4461 || votes["hillary-clinton"] != 1070 || len(votes) != 2 {
		t.Errorf("votes %v; want Trump 4461, Clinton 1070", votes)
	}
}

// NYC's 2021 Democratic mayoral primary by election district (a third
// party's aggregation): a header "first_choice" over whole numbers is a
// candidate's votes, not a cast-vote record's ranks (the draft took the
// file for ballots by its header alone). The file is long, its figure
// the first choices.
func TestDraftFirstChoiceVotes(t *testing.T) {
	const name = "us-nyc-2021-dem-mayor-ed-firstchoice-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if d.Ballots != nil {
		t.Fatalf("drafted as a cast-vote record: %v", d.Ballots.Guesses)
	}
	m := d.Mapping
	if !m.long() || m.ChoiceColumn.Header != "name" || m.VotesColumn.Header != "first_choice" || m.Precinct.Header != "ed" {
		t.Fatalf("layout %q, choice %v, votes %v, precinct %v; want long, name, first_choice, ed\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	// A cast-vote record's first choice names candidates: still one.
	const cvr = "Precinct,Ballot Style,1st Choice,2nd Choice\nP1,1,Ann,Bob\nP1,1,Bob,undervote\n"
	d, err = DraftMapping(strings.NewReader(cvr), "cvr.csv")
	if err != nil || d.Ballots == nil {
		t.Fatalf("a cast-vote record not drafted as one: %v", err)
	}
}
