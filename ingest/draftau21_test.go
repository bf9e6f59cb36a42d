package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// The AEC's House files of 2025, several divisions in one file (its
// first preferences by division, ACT's three; by polling place, Banks's
// and Barton's first four): the only name in several divisions is the
// "Informal" row, which the draft maps as the invalid ballots, and a
// line is no candidate: each division is the okrug of its own
// candidates, not a region of one contest ("ACT", the state).
func TestDraftAECDivisionsAreOkrugs(t *testing.T) {
	for _, c := range []struct {
		file    string
		invalid int64
	}{
		{"au-hor2025-div-act.csv", 2670 + 2021 + 2540},
		{"au-hor2025-banks4-barton4-pp.csv", 0},
	} {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Okrug == nil || m.Okrug.Header != "DivisionNm" || m.Region != nil || m.LineValues["Informal"] != election.Invalid {
				t.Fatalf("okrug %v, region %v, line values %v: want okrug DivisionNm, no region, Informal the invalid ballots\n%s", m.Okrug, m.Region, m.LineValues, strings.Join(m.Guesses, "\n"))
			}
			for _, g := range m.Guesses {
				if strings.Contains(g, "Informal") && strings.Contains(g, "one in each district") {
					t.Errorf("a line read as candidates of one name: %s", g)
				}
			}
			_, _, lines := countReal(t, c.file, d)
			if c.invalid > 0 && lines[election.Invalid] != c.invalid {
				t.Errorf("invalid %d, want %d", lines[election.Invalid], c.invalid)
			}
		})
	}
}

// Chifley has two GREENs and Cowper two Geoffreys: the choice is the
// AEC's CandidateID. Its "999" is the Informal row (Surname, GivenNm and
// PartyNm say "Informal"): the invalid ballots, no candidate elected
// nowhere, and no candidate of two divisions.
func TestDraftAECInformalByItsName(t *testing.T) {
	const file = "au-hor2025-chifley2-cowper2-pp.csv"
	d, err := draftReal(t, file)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.ChoiceColumn == nil || m.ChoiceColumn.Header != "CandidateID" || m.LineValues["999"] != election.Invalid || m.ChoiceValues["999"] != "" {
		t.Fatalf("choice column %v, line values %v, 999 the choice %q: want CandidateID, 999 the invalid ballots\n%s", m.ChoiceColumn, m.LineValues, m.ChoiceValues["999"], strings.Join(m.Guesses, "\n"))
	}
	if m.Okrug == nil || m.Okrug.Header != "DivisionNm" {
		t.Errorf("okrug %v, want DivisionNm", m.Okrug)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `line_values: "999" is line invalid: column 7 "Surname" names it "Informal"`)
	}) {
		t.Errorf("no guess says why 999 is a line:\n%s", strings.Join(m.Guesses, "\n"))
	}
	_, votes, lines := countReal(t, file, d)
	if lines[election.Invalid] != 203+191+34+18 || votes["p999"] != 0 {
		t.Errorf("invalid %d, p999 %d: want 446, none", lines[election.Invalid], votes["p999"])
	}
}

// Two files joined with their header rows (SYNTHETIC-EDITED: Banks's
// first four polling places, the header row again at line 38, then
// Barton's): the draft reads past the repeated header, says its line, and
// leaves it out with a row filter, with which a count reads the file.
func TestDraftHeaderRowAgain(t *testing.T) {
	const file = "SYNTHETIC-EDITED-au-hor2025-banks4-barton4-header-again.csv"
	d, err := draftReal(t, file)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "StateAb" || !slices.Equal(m.Rows.Where[0].Except, []string{"StateAb"}) {
		t.Fatalf("rows %+v: want StateAb except \"StateAb\"\n%s", m.Rows, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "rows: line 38 repeats the header row") }) {
		t.Errorf("no guess names line 38:\n%s", strings.Join(m.Guesses, "\n"))
	}
	if m.Okrug == nil || m.Okrug.Header != "DivisionNm" || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "Surname" {
		t.Errorf("okrug %v, choice %v: want the unedited file's DivisionNm and Surname", m.Okrug, m.ChoiceColumn)
	}
	tab, _, _ := countReal(t, file, d)
	if len(tab.Protocols) != 8 {
		t.Errorf("%d protocols, want the 8 polling places", len(tab.Protocols))
	}
}

// headerAgain: a row equal to the header row cell for cell, spaces
// aside; not a row that differs in one cell, nor a header of one name.
func TestHeaderAgain(t *testing.T) {
	h := []string{"Division", " Votes", ""}
	for _, c := range []struct {
		rec  []string
		want bool
	}{
		{[]string{"Division", "Votes", ""}, true},
		{[]string{"Division", "Votes"}, true},
		{[]string{"Division", "12", ""}, false},
		{[]string{"Division", "Votes", "x"}, false},
	} {
		if got := headerAgain(c.rec, h); got != c.want {
			t.Errorf("headerAgain(%q) = %v, want %v", c.rec, got, c.want)
		}
	}
	if headerAgain([]string{"Votes"}, []string{"Votes"}) {
		t.Error("a header of one name: any row of that word would be taken for it")
	}
}
