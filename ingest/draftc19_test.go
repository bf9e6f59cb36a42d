package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// draftAt drafts a mapping for the file at path (under ../testdata) and
// reads the file with it, as a count would: the draft's mapping and each
// choice's votes summed over the rows.
func draftAt(t *testing.T, path string) (Mapping, map[string]int64) {
	t.Helper()
	f, err := os.Open("../testdata/" + path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := DraftMapping(f, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	tab, err := ReadCSV(mustOpen(t, "../testdata/"+path), path, m, Options{})
	if err != nil {
		t.Fatalf("the draft does not read its own file: %v\n%s", err, strings.Join(m.Guesses, "\n"))
	}
	votes := map[string]int64{}
	for _, p := range tab.Protocols {
		for id, v := range p.Votes {
			votes[id] += v
		}
	}
	return m, votes
}

// summedHeaders gives the headers of a choice mapped as a sum of columns.
func summedHeaders(c Column) []string {
	var hs []string
	for _, p := range c.Columns {
		hs = append(hs, p.Header)
	}
	return hs
}

// Mexico's INE of 2024 gives each party's votes and each combination of a
// coalition's parties ("PVEM_PT_MORENA", a ballot marked for several of
// them) and no candidate's total: the draft maps each coalition as one
// sum, its ID its parties'. Mapped one by one, a count elected "PAN"
// (17,735 votes in one casilla) where the coalition of PAN, PRI and PRD
// (30,464 on the 33 rows; Sheinbaum's 21,105) won. TIPO_ACTA (1 or 2) is
// a code of the sheet, never a choice.
func TestDraftCoalitionSumsMexico2024(t *testing.T) {
	m, votes := draftAt(t, "abroad/cdmx-pres-2024.csv")
	galvez := []string{"PAN", "PRI", "PRD", "PAN_PRI_PRD", "PAN_PRI", "PAN_PRD", "PRI_PRD"}
	sheinbaum := []string{"PVEM", "PT", "MORENA", "PVEM_PT_MORENA", "PVEM_PT", "PVEM_MORENA", "PT_MORENA"}
	if !slices.Equal(summedHeaders(m.Votes["pan-pri-prd"]), galvez) || !slices.Equal(summedHeaders(m.Votes["pvem-pt-morena"]), sheinbaum) {
		t.Errorf("coalitions %v and %v; want the sums %v and %v\n%s", m.Votes["pan-pri-prd"], m.Votes["pvem-pt-morena"], galvez, sheinbaum, strings.Join(m.Guesses, "\n"))
	}
	if len(m.Votes) != 4 || votes["pan-pri-prd"] != 30464 || votes["pvem-pt-morena"] != 21105 || votes["mc"] != 1491 {
		t.Errorf("votes %v (%d choices); want pan-pri-prd 30464, pvem-pt-morena 21105, mc 1491 and the candidate not registered", votes, len(m.Votes))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, "votes.pan-pri-prd: the sum of columns") && strings.Contains(g, "confirm that the coalition backs one")
	}) {
		t.Errorf("no guess asks to confirm the coalition's candidate:\n%s", strings.Join(m.Guesses, "\n"))
	}
	if m.Ballot != "okrug" || m.OkrugID != "president" {
		t.Errorf("ballot %q, okrug_id %q; want okrug, president (the file's name)", m.Ballot, m.OkrugID)
	}
}

// The same casillas in a file whose name does not say "pres": a
// coalition's parties adding up to one candidate make the choices
// candidates, one contest of the file (not party lists); where a row
// leaves the federal district empty the key leaves it out, and its guess
// does not name it.
func TestDraftCoalitionBallotByContent(t *testing.T) {
	m, votes := draftAt(t, "ingest/real/mx-cdmx2024-casillas-4074.csv")
	if m.Ballot != "okrug" || m.OkrugID != "mx-cdmx2024-casillas-4074" || votes["pan-pri-prd"] == 0 {
		t.Errorf("ballot %q, okrug_id %q, votes %v; want okrug, the file's name, pan-pri-prd\n%s", m.Ballot, m.OkrugID, votes, strings.Join(m.Guesses, "\n"))
	}
	for _, name := range []string{"mx-cdmx2024-casillas-4074.csv", "mx-cdmx2024-casillas-tipo-acta.csv"} {
		m, _ := draftAt(t, "ingest/real/"+name)
		if _, ok := m.Votes["tipo-acta"]; ok {
			t.Errorf("%s: TIPO_ACTA mapped as a choice", name)
		}
		for _, g := range m.Guesses {
			if strings.HasPrefix(g, "precinct:") && strings.Contains(g, "federal district") {
				t.Errorf("%s: the key leaves the district out, its guess names it: %s", name, g)
			}
		}
	}
}

// Lebanon's 2022 results by polling station (qalam): qalam_index numbers
// the rows (never a choice), and num_votes, the ballots cast, is the
// invalid plus the valid ballots on 11 of 12 rows: the valid hold the
// blank ones, so invalid is num_invalid_votes alone and num_votes the
// ballots found (it was left out as a code).
func TestDraftLebanonQalamLines(t *testing.T) {
	m, _ := draftAt(t, "lebanon/qalam_reference_06_15_2022-q1-12.csv")
	if _, ok := m.Votes["qalam-index"]; ok {
		t.Errorf("qalam_index, a row's number, drafted as a choice")
	}
	if m.Lines[election.Invalid].Header != "num_invalid_votes" || m.Lines[election.FoundStationary].Header != "num_votes" || m.Lines[election.Valid].Header != "num_valid_votes" {
		t.Errorf("lines %v; want invalid num_invalid_votes alone, found_stationary num_votes, valid num_valid_votes\n%s", m.Lines, strings.Join(m.Guesses, "\n"))
	}
}

// Delhi's 2015 results by constituency and party (edited cut): several
// "Independent" rows in a constituency, no column naming each candidate.
// The draft proposes the long layout all the same and says the rows of
// one label repeat and cannot be counted apart, never their sum.
func TestDraftLongOneLabelAgain(t *testing.T) {
	d, err := draftReal(t, "EDITED-in-delhi2015-cut-noNA.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.ChoiceColumn.Header != "Party" || m.VotesColumn.Header != "Votes15" || m.ChoiceRows != "" {
		t.Fatalf("layout %q, choice %v, votes %v, choice_rows %q; want long, Party, Votes15, no sum\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, m.ChoiceRows, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `names "Independent" again`) && strings.Contains(g, "would elect a sum of people")
	}) {
		t.Errorf("no guess says the Independents repeat:\n%s", strings.Join(m.Guesses, "\n"))
	}
}
