package ingest

import (
	"slices"
	"strings"
	"testing"
)

// Senegal 2019 by département writes its figures with a space between
// thousands ("1 190", "663 021"), which the mapping reads: the columns it
// does not read are summed over every row, not over the few under 1,000
// (Nbre bureaux 7,074 on these 20 rows, where digits alone gave its
// smaller figures), and a candidate left out of "votes" (Idrissa SECK,
// every figure of five or six digits) is named, where digits alone named
// none.
func TestUnreadSpaceThousands(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"delimiter": ";", "header_rows": 2, "precinct": "Département", "ballot": "okrug", "okrug_id": "Sénégal",
 "lines": {"voters": "Inscrits", "found_stationary": "Votants", "invalid": "Nuls"},
 "votes": {"macky-sall": "Macky SALL", "ousmane-sonko": "Ousmane / SONKO", "madicke-niang": "Madické NIANG", "issa-sall": "El hadji SALL"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/sn-pres2019-departements-cut20.csv"), "sn.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	sums := map[string]int64{}
	for _, u := range tab.Unread {
		got = append(got, u.Header)
		sums[u.Header] = u.Sum
	}
	if want := []string{"Nbre bureaux", "Enveloppes", "Exprimés", "Idrissa SECK"}; !slices.Equal(got, want) {
		t.Fatalf("unread %q, want %q", got, want)
	}
	if sums["Nbre bureaux"] != 7074 || sums["Idrissa SECK"] != 522204 || sums["Enveloppes"] != 2205255 {
		t.Errorf("sums %v, want Nbre bureaux 7074, Enveloppes 2205255, Idrissa SECK 522204", sums)
	}
}

// A column's cells are read as the mapping reads its figures: under
// "thousands": "," a cell "1,190" is a whole number, "1 190" is not.
func TestFigureNumber(t *testing.T) {
	for _, c := range []struct {
		cell string
		sep  byte
		n    int64
		ok   bool
	}{
		{"1190", 0, 1190, true},
		{"1 190", 0, 1190, true},
		{"14\u00a0651", 0, 14651, true},
		{"1,190", 0, 0, false},
		{"1,190", ',', 1190, true},
		{"1 190", ',', 0, false},
		{"-5", 0, 0, false},
		{"12 34", 0, 0, false},
		{"", 0, 0, false},
	} {
		if n, ok := figureNumber([]byte(c.cell), c.sep); n != c.n || ok != c.ok {
			t.Errorf("%q under %q: %d %v, want %d %v", c.cell, c.sep, n, ok, c.n, c.ok)
		}
	}
}
