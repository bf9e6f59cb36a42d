package ingest

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// New York's fusion voting (Hamilton County, 2012, OpenElections long):
// Romney stands on the Rep and Con lines, Obama on Dem and WF. The
// candidate is the choice and the party rows are summed (counted by
// party, "rep" had 215 votes, not Romney's 229); the one office kept,
// President, of no district, is one single-member contest.
func TestDraftFusionCandidateOnSeveralLines(t *testing.T) {
	const name = "us-ny-2012-hamilton-fusion.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.ChoiceColumn.Header != "candidate" || m.ChoiceRows != ChoiceRowsSum || m.Ballot != string(election.OkrugBallot) || m.OkrugID != "president" {
		t.Fatalf("layout %q, choice %v, choice_rows %q, ballot %q, okrug_id %q; want long, candidate, sum, okrug, president\n%s",
			m.Shape, m.ChoiceColumn, m.ChoiceRows, m.Ballot, m.OkrugID, strings.Join(m.Guesses, "\n"))
	}
	if m.ChoiceValues["writeins"] == "" {
		t.Errorf("choice_values %v: no entry for the write-in rows", m.ChoiceValues)
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 2 || votes["mitt-romney"] != 229 || votes["barack-obama"] != 107 {
		t.Errorf("%d protocols, votes %v; want 2, Romney 229 (Rep 215 + Con 14), Obama 107", len(tab.Protocols), votes)
	}
}

// Vaterstetten's Bundestag turnout (2021): a "Gesamt" row, the
// Gemeinde's total, above its Stimmbezirke is left out by a row filter,
// in a guess that names it; counted, it would be a precinct (I603).
func TestDraftTotalRowGesamt(t *testing.T) {
	const name = "de-btw2021-vaterstetten-gesamt.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows.String() != `Stimmbezirk ≠ "Gesamt"` {
		t.Fatalf("rows %s; want Stimmbezirk ≠ \"Gesamt\"\n%s", m.Rows, strings.Join(m.Guesses, "\n"))
	}
	tab, _, lines := countReal(t, name, d)
	if len(tab.Protocols) != 2 || lines[election.Voters] != 1455+895 {
		t.Errorf("%d protocols, lines %v; want 2, voters 2350", len(tab.Protocols), lines)
	}
}

// Canton Zug's vote by Gemeinde: "Stimmberechtigte" are those entitled
// to vote and "Eingelegte Stimmzettel" the ballots put in the box,
// protocol lines, never choices (drafted so, they won the vote).
func TestDraftSwissVoteLines(t *testing.T) {
	const name = "ch-zg-steuerprivilegien-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Lines[election.Voters].Header != "Stimmberechtigte" || m.Lines[election.FoundStationary].Header != "Eingelegte Stimmzettel" || len(m.Votes) != 2 {
		t.Fatalf("lines %v, votes %v; want voters Stimmberechtigte, found_stationary Eingelegte Stimmzettel, 2 choices\n%s", m.Lines, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 2 || votes["ja"] != 3515+575 || votes["nein"] != 6458+1422 {
		t.Errorf("%d protocols, votes %v; want 2, ja 4090, nein 7880", len(tab.Protocols), votes)
	}
}

// Sutton Coldfield's Town Council (2018): a row per ward and candidate
// under a header that names no area ("File", "Name"), the votes under
// "Number of Votes" (a count, no row's number) written "436.0". The ward
// is the precinct and the okrug, the candidate the choice, read long; a
// whole number with ".0" is read as that number.
func TestDraftWardsByCandidate(t *testing.T) {
	const name = "uk-sutton-tc2018-wards-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.Precinct.Header != "File" || m.Okrug == nil || m.Okrug.Header != "File" || m.ChoiceColumn.Header != "Name" || !strings.HasSuffix(m.VotesColumn.Header, "Votes") || m.Ballot != string(election.OkrugBallot) {
		t.Fatalf("layout %q, precinct %v, okrug %v, choice %v, votes %v, ballot %q; want long, File, File, Name, Number of Votes, okrug\n%s",
			m.Shape, m.Precinct, m.Okrug, m.ChoiceColumn, m.VotesColumn, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 2 || votes["barley-roger-eric"] != 436 || votes["cummins-jackie"] != 2046 {
		t.Errorf("%d protocols, votes %v; want 2, Barley 436, Cummins 2046", len(tab.Protocols), votes)
	}
}

// Liguria's regional vote (2024) by sezione, the Interior Ministry's
// fields: the electors and votanti in all are the voters and the ballots
// found, their parts by sex no choices; the blank, null and contested
// ballots sum to the invalid ones; "_link", the row's number from 0, is
// no choice.
func TestDraftItalySezioniLines(t *testing.T) {
	const name = "it-liguria2024-sez-main-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Lines[election.Voters].Header != "int_ele_t" || m.Lines[election.FoundStationary].Header != "int_vot_t" || len(m.Lines[election.Invalid].Columns) != 3 || len(m.Votes) != 0 {
		t.Fatalf("lines %v, votes %v; want voters int_ele_t, found_stationary int_vot_t, invalid of 3 columns, no choices\n%s", m.Lines, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	_, _, lines := countReal(t, name, d)
	if lines[election.Voters] != 1008+960+1300 || lines[election.Invalid] != 4+5+5+2+1+8 {
		t.Errorf("lines %v; want voters 3268, invalid 25", lines)
	}
}

// Liguria's candidates by sezione: "_link" ("0.cand.0") numbers each row
// within its sezione, "_link_main" ("0"): the sezione is the precinct,
// the candidate's surname the choice, read long.
func TestDraftItalySezioniCandidates(t *testing.T) {
	const name = "it-liguria2024-sez-cand-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.Precinct.Header != "_link_main" || m.ChoiceColumn.Header != "cogn" || m.VotesColumn.Header != "voti" {
		t.Fatalf("layout %q, precinct %v, choice %v, votes %v; want long, _link_main, cogn, voti\n%s", m.Shape, m.Precinct, m.ChoiceColumn, m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 2 || votes["bucci"] != 289+246 || votes["orlando"] != 288+289 {
		t.Errorf("%d protocols, votes %v; want 2, Bucci 535, Orlando 577", len(tab.Protocols), votes)
	}
}
