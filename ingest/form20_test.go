package ingest

import (
	"slices"
	"strings"
	"testing"
)

// India's Form 20 (Gujarat, Lok Sabha 2014, Abdasa) prints the columns'
// numbers under its header, one column off in the CSV, whose first column
// is empty: the header is three rows, the numbers naming nothing, and the
// empty last column takes no name from "No of tendered votes" at its left.
func TestDraftForm20Header(t *testing.T) {
	d, err := draftReal(t, "in-gj-ls2014-ac001.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.HeaderRows != 3 {
		t.Errorf("header_rows %d, want 3: the row of column numbers is the header's, no polling station", m.HeaderRows)
	}
	if c := m.Votes["kamalbhai-matang"]; c.Header != "No. of Valid votes cast in favour of / Kamalbhai Matang" {
		t.Errorf("Matang's column %+v: want it named without its printed number", c)
	}
	for _, g := range m.Guesses {
		if strings.Contains(g, "names columns 12 and 13 alike") {
			t.Errorf("the empty last column named as its neighbour: %s", g)
		}
	}
	// One constituency's candidates: its okrug ballot. NOTA, which
	// "Total of valid votes" leaves out, is no choice (P103 on every
	// booth): a line to add. The separator rows, one text cell each and
	// every figure empty, are left out.
	if m.Ballot != "okrug" || m.OkrugID == "" {
		t.Errorf("ballot %q, okrug_id %q: want the okrug ballot of one constituency", m.Ballot, m.OkrugID)
	}
	if _, ok := m.Votes["against_all"]; ok {
		t.Error("NOTA mapped as against all, though the valid votes leave it out")
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `column 10 "NOTA" is not mapped`) && strings.Contains(g, "add_lines")
	}) {
		t.Errorf("no guess says to add NOTA as a line:\n%s", strings.Join(m.Guesses, "\n"))
	}
	sep := false
	if m.Rows != nil {
		for _, c := range m.Rows.Where {
			sep = sep || slices.Equal(c.Except, []string{"1 01-ABADASA", "2 01-ABADASA"})
		}
	}
	if !sep {
		t.Errorf("rows %+v: want the separator rows left out", m.Rows)
	}
}

// The count's check that a header's last row is no data row (I604) takes
// Form 20's column numbers, one column off, for the header's.
func TestDataHeaderColumnNumbersOffset(t *testing.T) {
	m := Mapping{HeaderRows: 3, Precinct: Column{Index: 2}, Ballot: "list",
		Votes: map[string]Column{"a": {Index: 3}, "b": {Index: 4}}}
	csv := readFile(t, "../testdata/ingest/real/in-gj-ls2014-ac001.csv")
	var c Counts
	if _, err := ScanRows(strings.NewReader(csv), "f.csv", m, Options{Counts: &c}, func(*Row) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if c.DataHeader != 0 {
		t.Errorf("DataHeader %d: the row of column numbers read as a data row", c.DataHeader)
	}
	if !columnNumbers(strings.Split(",1,2,3,4,5,6,7,8,9,10,11,", ",")) || columnNumbers(strings.Split(",1,26,521,321", ",")) || !slices.Equal(joinHeader([][]string{{"a", "b", "c", ""}, {"1", "2", "3", ""}}), []string{"a", "b", "c", ""}) {
		t.Error("columnNumbers or joinHeader")
	}
}

// Elections Canada's file of one district, a row per candidate and type
// of results: long, the district's number (one value on every row) the
// precinct, its name the okrug, the surname the choice, and the
// validated rows kept.
func TestDraftCanadaOneDistrictLong(t *testing.T) {
	d, err := draftReal(t, "ca-nanaimo-2019.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Shape != "long" || m.Precinct.Header != "Electoral district number - Numéro de la circonscription" ||
		m.Okrug == nil || m.Okrug.Header != "Electoral district name" || m.Ballot != "okrug" ||
		m.ChoiceColumn == nil || m.ChoiceColumn.Header != "Surname - Nom de famille" ||
		m.VotesColumn == nil || m.VotesColumn.Header != "Votes obtained - Votes obtenus" {
		t.Errorf("draft %+v: want long by the district's number, its name the okrug, the surname the choice", m)
	}
	if m.Rows == nil || len(m.Rows.Where) != 1 || !slices.Equal(m.Rows.Where[0].Values, []string{"validated"}) {
		t.Errorf("rows %+v: want the validated rows kept", m.Rows)
	}
	// Its three footnotes, one cell each, are skipped unread, and said.
	if m.FooterRows != 3 {
		t.Errorf("footer_rows %d, want 3", m.FooterRows)
	}
	tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/ca-nanaimo-2019.tsv"), "ca.tsv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 1 || tab.FooterLines != [2]int{17, 19} || !strings.Contains(FooterNote("ca.tsv", tab.Counts), "lines 17-19 skipped (footer_rows)") {
		t.Errorf("%d protocols, footer lines %v, note %q: want one protocol, lines 17-19 skipped and said in a note of its own", len(tab.Protocols), tab.FooterLines, FooterNote("ca.tsv", tab.Counts))
	}
}

// footer_rows skips the file's last lines, with or without a line end
// after the last, and more lines than the file has is an error.
func TestCutFooter(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
		want string
		at   [2]int
	}{
		{"h\n1\nnote\n", 1, "h\n1\n", [2]int{3, 3}},
		{"h\n1\nnote\nsource", 2, "h\n1\n", [2]int{3, 4}},
	} {
		got, at, err := cutFooter([]byte(tc.text), tc.n, "f.csv")
		if err != nil || string(got) != tc.want || at != tc.at {
			t.Errorf("cutFooter(%q, %d) = %q, %v, %v; want %q, %v", tc.text, tc.n, got, at, err, tc.want, tc.at)
		}
	}
	if _, _, err := cutFooter([]byte("h\n1\n"), 3, "f.csv"); err == nil {
		t.Error("footer_rows past the file's lines: no error")
	}
}
