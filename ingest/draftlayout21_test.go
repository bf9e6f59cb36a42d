package ingest

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// headersOf21 returns the headers a mapping's column names: its own, or
// those of its columns.
func headersOf21(c *Column) []string {
	if c == nil {
		return nil
	}
	if len(c.Columns) == 0 {
		return []string{c.Header}
	}
	var out []string
	for _, k := range c.Columns {
		out = append(out, k.Header)
	}
	return out
}

// The Maldives' People's Majlis of 2024 by ballot box, two constituencies
// in one file: each constituency's candidates' cells are empty on the
// other's rows, and a box code names a box of each (A01.01.1 serves the
// voters of both). The constituency is the okrug, not a region, and the
// precinct is the constituency and its box.
func TestDraftPairOkrugMaldives(t *testing.T) {
	m := draftKeys20(t, "mv-majlis2024-a01-g03-boxes-cut.csv")
	g := strings.Join(m.Guesses, "\n")
	if got := headersOf21(m.Okrug); !slices.Equal(got, []string{"Constituency"}) || m.Ballot != "okrug" || m.Region != nil {
		t.Errorf("okrug %v, ballot %q, region %v; want Constituency, okrug, none\n%s", got, m.Ballot, headersOf21(m.Region), g)
	}
	if got := headersOf21(&m.Precinct); !slices.Equal(got, []string{"Constituency", "BoxCode"}) {
		t.Errorf("precinct %v; want Constituency, BoxCode\n%s", got, g)
	}
	if len(m.Votes) != 7 {
		t.Errorf("%d choices; want the 7 candidates of both", len(m.Votes))
	}
}

// One constituency's boxes (G03), one of which (W02.1.1) gives no
// candidate's figure: a protocol whose votes are missing (X229 to a
// count), not a sign that each box is a contest of its own.
func TestDraftEmptyRowNoContest(t *testing.T) {
	const name = "mv-majlis2024-g03-boxes.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	g := strings.Join(m.Guesses, "\n")
	if got := headersOf21(m.Okrug); !slices.Equal(got, []string{"Constituency"}) || strings.Contains(g, "a contest of its own") {
		t.Errorf("okrug %v; want Constituency, the rows one contest\n%s", got, g)
	}
	tab, votes, _ := countReal(t, name, d)
	// (The candidates' sums of the 69 boxes that give them; Shamin
	// 740 of the preliminary 742, W02.1.1's 2 not given.)
	if len(tab.Protocols) != 70 || votes["mohamed-shamin-habeeb-ind"] != 740 {
		t.Errorf("%d protocols, Shamin %d; want 70, 740", len(tab.Protocols), votes["mohamed-shamin-habeeb-ind"])
	}
}

// rowContest: a row that gives no choice not given everywhere is no
// evidence of a contest of its own; a row of other choices is.
func TestRowContestEmptyRow(t *testing.T) {
	header := []string{"district", "box", "voters", "A", "B", "C"}
	empty := [][]string{
		{"D", "1", "300", "120", "90", ""},
		{"D", "2", "250", "100", "80", ""},
		{"D", "3", "2", "", "", ""},
	}
	cols := []int{2, 3, 4, 5}
	if why := rowContest(header, empty, cols, 0, 1); why != "" {
		t.Errorf("a row of no figures: %s", why)
	}
	other := append(slices.Clone(empty[:2]), []string{"D", "3", "200", "", "70", "110"})
	if why := rowContest(header, other, cols, 0, 1); why == "" {
		t.Error("a row of another choice, C, where A does not stand: no contest of its own")
	}
}

// Niger's presidential election of 2020 by commune, the first two
// communes: "Unnamed: 0" (0 on the first commune's rows, 1 on the
// second's) plus "ID" (the region, 1) is "commune_id" on every row; the
// candidates' votes are "value", and no column that numbers the areas is
// a part of a figure.
func TestDraftSerialNoPart(t *testing.T) {
	m := draftKeys20(t, "ne-pres2020-communes-2.csv")
	g := strings.Join(m.Guesses, "\n")
	if !m.long() || m.VotesColumn == nil || m.VotesColumn.Header != "value" || strings.Contains(g, "their sum is column 12") {
		t.Errorf("votes %v; want long, value\n%s", headersOf21(m.VotesColumn), g)
	}
	// A president's: one contest that one candidate wins, by the most
	// votes or by more than half; both rule sets named.
	if !strings.Contains(g, "examples/fptp/rules.json") || !strings.Contains(g, "examples/two-round/rules.json") {
		t.Errorf("the rule sets of one winner not both named:\n%s", g)
	}
}

func TestSerialDown(t *testing.T) {
	col := func(cells ...string) [][]string {
		var rows [][]string
		for _, c := range cells {
			rows = append(rows, []string{c})
		}
		return rows
	}
	for _, tc := range []struct {
		name, h string
		rows    [][]string
		want    bool
	}{
		{"pandas' index of areas", "unnamed 0", col("0", "0", "0", "1", "1", "1"), true},
		{"area serial, not from 0", "id", col("169", "169", "170", "171"), true},
		{"no header", "", col("4", "4", "5"), true},
		{"rows 1, 2, 3... whatever the header", "votes", col("1", "2", "3", "4", "5"), true},
		{"a candidate's votes", "ali", col("0", "0", "1", "1", "2"), false},
		{"steps of two", "id", col("1", "3", "5"), false},
		{"one value", "id", col("1", "1", "1"), false},
		{"falls", "id", col("2", "1", "2"), false},
		{"two rows", "id", col("0", "1"), false},
		{"not a number", "id", col("0", "x", "1"), false},
	} {
		if got := serialDown(tc.rows, tc.h, 0); got != tc.want {
			t.Errorf("%s: serialDown = %v; want %v", tc.name, got, tc.want)
		}
	}
}

// The Niger cut, edited in two ways: a code, one on all the rows of
// each precinct, is no choice's votes where the columns that add up to it
// number nothing ("Unnamed: 0" 4 and 8, commune_id 5 and 9); and a column
// that numbers the areas is no part of a figure not named as a code
// (commune_id's header "c12").
func TestDraftCodeSumNotVotes(t *testing.T) {
	in := readFile(t, "../testdata/ingest/real/ne-pres2020-communes-2.csv")
	lines := strings.Split(strings.TrimRight(in, "\n"), "\n")
	const id, unnamed = 11, 12 // commune_id, Unnamed: 0
	code := lines[:1]
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		n, err := strconv.Atoi(f[id])
		if err != nil {
			t.Fatal(err)
		}
		f[id], f[unnamed] = strconv.Itoa(4*n+1), strconv.Itoa(4*n)
		code = append(code, strings.Join(f, ","))
	}
	renamed := strings.Replace(in, ",commune_id,", ",c12,", 1)
	for _, tc := range []struct{ name, in string }{
		{"a code's parts number nothing", strings.Join(code, "\n") + "\n"},
		{"a serial beside a figure not named as a code", renamed},
	} {
		d, err := DraftMapping(strings.NewReader(tc.in), "communes.csv")
		if err != nil {
			t.Fatal(err)
		}
		m := d.Mapping
		if !m.long() || m.VotesColumn == nil || m.VotesColumn.Header != "value" {
			t.Errorf("%s: votes %v; want long, value\n%s", tc.name, headersOf21(m.VotesColumn), strings.Join(m.Guesses, "\n"))
		}
	}
}

// India's Lok Sabha of 2024, 7 constituencies by candidate (EVM, postal
// and total votes), one candidate's name given again in Amroha (S249) on
// another party's row: the file stays long, by constituency, each its
// own okrug, and the two of one name are told apart by their parties;
// EVM and postal votes are the parts of the total, never choices.
func TestDraftRepeatedNameStaysLong(t *testing.T) {
	const name = "SYNTHETIC-EDITED-in-ls2024-amroha-two-danish.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	g := strings.Join(m.Guesses, "\n")
	if !m.long() || !slices.Equal(headersOf21(&m.Precinct), []string{"Constituency_ID"}) || !slices.Equal(headersOf21(m.Okrug), []string{"Constituency_ID"}) ||
		!slices.Equal(headersOf21(m.VotesColumn), []string{"EVM_Votes", "Postal_Votes"}) || m.Totals["votes_column"].Header != "Total_Votes" || !slices.Equal(headersOf21(m.ChoiceColumn), []string{"Candidate", "Party"}) {
		t.Errorf("precinct %v, okrug %v, choice %v, votes %v; want long by Constituency_ID, its okrug, Candidate and Party joined, EVM_Votes + Postal_Votes beside their total Total_Votes\n%s",
			headersOf21(&m.Precinct), headersOf21(m.Okrug), headersOf21(m.ChoiceColumn), headersOf21(m.VotesColumn), g)
	}
	for id := range m.Votes {
		if strings.Contains(id, "evm") || strings.Contains(id, "postal") {
			t.Errorf("choice %q: a way of voting", id)
		}
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 7 || votes["kunwar-danish-ali"]+votes["kunwar-danish-ali-2"] == 0 && len(votes) < 130 {
		t.Errorf("%d protocols, %d choices; want 7", len(tab.Protocols), len(votes))
	}
}

// EVM votes (India's electronic voting machines) and postal votes are
// ways of voting.
func TestVoteModesEVM(t *testing.T) {
	if !voteModes(map[string]int{"EVM_Votes": 1, "Postal_Votes": 1}) {
		t.Error("EVM_Votes and Postal_Votes: no ways of voting")
	}
	if !modeParts([]string{"EVM Votes", "Postal Votes", "Total Votes"}, []int{0, 1}) {
		t.Error("EVM Votes and Postal Votes: not the parts of one figure")
	}
	if voteModes(map[string]int{"Devmore": 1, "Postal": 1}) {
		t.Error("Devmore: a way of voting")
	}
}
