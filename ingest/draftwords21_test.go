package ingest

import (
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Quebec's DGEQ by polling section (the whole of Îles-de-la-Madeleine's
// file, 2018): the abbreviated lines É.I., B.V. and B.R. are the
// register, the valid and the invalid ballots, not choices; S.V. is the
// precinct (Secteur numbers several); Secteur, outside the sum the valid
// votes are, is no choice; the district's total row is left out, and the
// "Majorité en faveur de ..." under it is the footer.
func TestDraftQuebecSections(t *testing.T) {
	d := mustDraft(t, "qc-2018-iles-de-la-madeleine.csv")
	m := d.Mapping
	want := map[election.Line]string{election.Voters: "É.I.", election.Valid: "B.V.", election.Invalid: "B.R."}
	for l, h := range want {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %+v, want %q", l, m.Lines[l], h)
		}
	}
	if m.Shape == "long" || len(m.Votes) != 4 || m.Precinct.Header != "S.V." || m.FooterRows != 1 {
		t.Errorf("layout %q, votes %+v, precinct %+v, footer_rows %d", m.Shape, m.Votes, m.Precinct, m.FooterRows)
	}
	for id, c := range m.Votes {
		if c.Header == "Secteur" || c.Header == "É.I." || c.Header == "B.R." {
			t.Errorf("votes.%s: %q", id, c.Header)
		}
	}
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Except[0] != "Total de la circonscription" {
		t.Errorf("rows %+v", m.Rows)
	}
	if !hasGuess(d, `column 6 "Secteur" is not mapped: the valid votes (column 14 "B.V.") are on every row the sum of columns 10, 11, 12 and 13`) ||
		!hasGuess(d, "follow the row of the table's total") {
		t.Errorf("guesses %q", m.Guesses)
	}
}

// Niger's presidential election of 2020 by commune: "Nombre d'inscrits
// ayant voté" (the registered who voted) is no register; "Nombre total
// d'électeurs d'inscrits" is.
func TestDraftNigerRegister(t *testing.T) {
	d := mustDraft(t, "ne-pres2020-t1-aderbissinat.csv")
	if h := d.Mapping.Lines[election.Voters].Header; h != "Nombre total d'électeurs d'inscrits" {
		t.Errorf("lines.voters %q\n%q", h, d.Mapping.Guesses)
	}
	if !hasGuess(d, `column 5 "Nombre d’inscrits ayant voté" is not mapped: those of the register who voted`) {
		t.Errorf("guesses %q", d.Mapping.Guesses)
	}
}

// The Maldives' Majlis election of 2024 by ballot box: "Eligible" alone
// is the register.
func TestDraftMaldivesEligible(t *testing.T) {
	d := mustDraft(t, "mv-majlis2024-a01-boxes.csv")
	m := d.Mapping
	if m.Lines[election.Voters].Header != "Eligible" || len(m.Votes) != 2 || m.Precinct.Header != "BoxCode" {
		t.Errorf("lines %+v, votes %+v, precinct %+v", m.Lines, m.Votes, m.Precinct)
	}
}

// India's ECI, statistical report 33, one constituency's rows: "PC Name"
// is the okrug and its one protocol; "Total Votes Polled In The
// Constituency", a figure, is no key (the ballots cast); "Total
// Electors" the register; "Age", of "NA" on NOTA's row, a candidate's
// attribute left out, with no advice to mend its cells.
func TestDraftIndiaReport33(t *testing.T) {
	d := mustDraft(t, "in-ls2024-r33-mumbai-nw.csv")
	m := d.Mapping
	if m.Okrug == nil || m.Okrug.Header != "PC Name" || m.Precinct.Header != "PC Name" || m.Ballot != "okrug" {
		t.Errorf("okrug %+v, precinct %+v, ballot %q", m.Okrug, m.Precinct, m.Ballot)
	}
	if m.Lines[election.Voters].Header != "Total Electors" || m.Lines[election.FoundStationary].Header != "Total Votes Polled In The Constituency" {
		t.Errorf("lines %+v", m.Lines)
	}
	if hasGuess(d, "make each an empty cell") || !hasGuess(d, `column 5 "Age" is not mapped: a candidate's attribute, not a figure`) {
		t.Errorf("guesses %q", m.Guesses)
	}
}
