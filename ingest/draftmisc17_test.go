package ingest

import (
	"strings"
	"testing"
)

// Texas's primaries of 2020, Borden County: a candidate standing in both
// parties' primaries for President (Rocky De La Fuente) made the draft
// join the name with the party, as two people of one name, and drop the
// primaries; the rows of the lines (Registered Voters under no party)
// then clashed with the primaries' okrug. Each party's primary is an
// okrug of its own, De La Fuente a candidate in each, and the lines'
// rows are left out and said.
func TestDraftPrimariesWithACandidateInBoth(t *testing.T) {
	const name = "us-tx-20200303-primary-borden-cut.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Okrug == nil || m.Okrug.String() != `["office", "party"]` || m.Ballot != "okrug" || m.ChoiceColumn == nil || m.ChoiceColumn.String() != `"candidate"` {
		t.Fatalf("okrug %v, ballot %q, choice %v; want [office, party], okrug, candidate\n%s", m.Okrug, m.Ballot, m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `rows of "Registered Voters" or "Ballots Cast" in column 3 "office" (protocol lines) are left out`)
	tab, votes, _ := countReal(t, name, d)
	okrugs := map[string]bool{}
	for _, p := range tab.Precincts {
		okrugs[p.Okrug] = true
	}
	// 7 precincts, a protocol of each primary.
	if _, rocky := votes["rocky-de-la-fuente"]; len(tab.Protocols) != 14 || len(okrugs) != 2 || votes["donald-j-trump"] != 235 || votes["joe-biden"] != 2 || !rocky {
		t.Errorf("%d protocols, okrugs %v, votes %v; want 14, 2, Trump 235, Biden 2, De La Fuente's", len(tab.Protocols), okrugs, votes)
	}
}

// The same file under a name that does not say primary: the party
// column is said as maybe primaries, as it is without De La Fuente.
func TestDraftMaybePrimariesWithACandidateInBoth(t *testing.T) {
	d, err := DraftMapping(strings.NewReader(string(readReal(t, "us-tx-20200303-primary-borden-cut.csv"))), "borden.csv")
	if err != nil {
		t.Fatal(err)
	}
	guessed(t, readBack(t, d), `column 5 "party" is not mapped, and the choices of column 6 "candidate" are counted as one contest; but each choice is under one of its values ("DEM", "REP")`)
}
