package ingest

import (
	"os"
	"strings"
	"testing"
)

// africaCut reads a file of testdata (DR Congo 2023, Ghana 2020, The
// Gambia 2021: the README of each folder says its source).
func africaCut(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// DR Congo's 2023 presidential election, its five diaspora sites (CENI's
// provisional results): 27 columns of candidates' votes headed by CENI's
// codes, most of them 0 on nearly every row. The draft read three of them
// as the valid, invalid and found lines (0,0,0,3,0 the "sum" of
// 0,0,0,2,0 and 0,0,0,1,0) and left 18 candidates out, Tshisekedi's 4,294
// votes among them; the count then elected a candidate of 2 votes. A sum
// that holds on rows of zeros says nothing: every column is a choice.
func TestDraftDRCDiasporaNoLinesFromZeros(t *testing.T) {
	const name = "drc2023/CUT-drc2023-sites-diaspora.csv"
	d, err := DraftMapping(strings.NewReader(africaCut(t, name)), name)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Mapping.Lines) != 0 {
		t.Errorf("lines %v: want none (the file gives no protocol line)", d.Mapping.Lines)
	}
	if len(d.Mapping.Votes) != 27 {
		t.Errorf("%d choices mapped: want the file's 27", len(d.Mapping.Votes))
	}
	found := false
	for _, c := range d.Mapping.Votes {
		found = found || c.Header == "1_1_1_143_263"
	}
	if !found {
		t.Errorf("votes %v: want column 1_1_1_143_263 (Tshisekedi, 4,294 votes) among them", d.Mapping.Votes)
	}
}

// Ghana's 2020 presidential election, the Ashanti Region's certified
// collation (one row, as the press reported it): NPP's 1,795,824 votes
// were left out as "a code" (over a thousand times a small party's 712),
// and a count of the draft elected nobody. In a file of one row, or where
// the column completes the valid votes' sum, such a figure is a choice's
// votes. The second case is the same row twice (SYNTHETIC-EDITED: a
// second region's name added), so that the one-row rule does not decide.
func TestDraftGhanaWinnerNotCode(t *testing.T) {
	const name = "gh2020/gh2020_pres_ashanti.csv"
	data := africaCut(t, name)
	lines := strings.Split(strings.TrimRight(data, "\n"), "\n")
	twice := data + strings.Replace(lines[1], "Ashanti", "Ashanti again", 1) + "\n"
	for what, file := range map[string]string{"one row": data, "the valid votes' sum": twice} {
		d, err := DraftMapping(strings.NewReader(file), name)
		if err != nil {
			t.Fatal(err)
		}
		if c, ok := d.Mapping.Votes["npp"]; !ok || c.Header != "NPP" {
			t.Errorf("%s: votes %v: want npp, column NPP", what, d.Mapping.Votes)
		}
		for _, g := range d.Mapping.Guesses {
			if strings.Contains(g, "\"NPP\" is not mapped") {
				t.Errorf("%s: guess %q", what, g)
			}
		}
	}
}

// The Gambia's 2021 presidential election by constituency, figures of a
// thousand or more written "7,143" (in quotes), smaller ones bare: the
// draft took the grouped cells for texts telling the columns apart, called
// the file transposed and refused it. They are figures: the draft finds
// the separator, as a count does, and drafts the wide file.
func TestDraftGambiaThousands(t *testing.T) {
	const name = "gm2021/CUT-gm2021-3rows.csv"
	d, err := DraftMapping(strings.NewReader(africaCut(t, name)), name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Thousands != "," || m.Precinct.Header != "Constituency" || len(m.Votes) != 6 || m.Votes["npp"].Header != "NPP" {
		t.Errorf("thousands %q, precinct %+v, votes %v: want \",\", Constituency and the six parties", m.Thousands, m.Precinct, m.Votes)
	}
}

// DR Congo's 2023 results by province (CENI's long file): Mai-Ndombe and
// the USA's diaspora. The diaspora's blank votes are a choice row,
// "1_1_1_999_999" named "votes blancs" in column nom: drafted as a plain
// choice, a count listed them as a candidate with no note. The stations
// counted and expected (bv_traites, bv_attendus: 1,548 of 1,776) were
// proposed "under lines", and the ballot position (ordre_bulletin) as
// votes to add to each candidate's: neither is a line nor a vote. The
// province cell is empty on the diaspora's rows: the region's guess says
// so, a count finding them in the country (X218).
func TestDraftDRCProvinces(t *testing.T) {
	const name = "drc2023/CUT-drc2023-prov-long-mn-usa.csv"
	d, err := DraftMapping(strings.NewReader(africaCut(t, name)), name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	blank, ok := m.ChoiceValues["1_1_1_999_999"]
	if !ok || len(m.BlankVotes) != 1 || m.BlankVotes[0] != blank {
		t.Errorf("choice_values[1_1_1_999_999] %q, blank_votes %v: want the choice listed as the blank votes", blank, m.BlankVotes)
	}
	if m.VotesColumn == nil || m.VotesColumn.Header != "voixobtenues" || len(m.VotesColumn.Columns) != 0 {
		t.Errorf("votes_column %+v: want voixobtenues alone", m.VotesColumn)
	}
	ignored := map[string]bool{}
	for _, c := range m.Ignore {
		ignored[c.Header] = true
	}
	for _, h := range []string{"ordre_bulletin", "bv_traites", "bv_attendus"} {
		if !ignored[h] {
			t.Errorf("ignore %v: want %s", m.Ignore, h)
		}
	}
	partial := false
	for _, g := range m.Guesses {
		if strings.Contains(g, "under lines") && (strings.Contains(g, "bv_") || strings.Contains(g, "ordre_bulletin")) {
			t.Errorf("guess %q: no line", g)
		}
		partial = partial || strings.HasPrefix(g, `column 12 "bv_traites" is not mapped`) && strings.Contains(g, "1548 of 1776") && strings.Contains(g, "partial count")
		if strings.HasPrefix(g, "region: ") && !strings.Contains(g, "empty on 7 rows") {
			t.Errorf("guess %q: want the 7 diaspora rows of no region said", g)
		}
	}
	if !partial {
		t.Errorf("guesses %q: want bv_traites said to make the rows partial totals (1548 of 1776)", m.Guesses)
	}
}
