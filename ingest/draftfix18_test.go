package ingest

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Israel's Knesset election of 2009 by ballot box: the town's code
// ("סמל ישוב") repeats on each of its boxes, numbered 1, 2, ... anew in
// each town ("קלפי"). The draft took the code alone for the precinct
// (11 rows repeating it) and the box's number for a list, because
// Umm al-Fahm's box 2 (372 valid votes, 369 for the lists: the source's
// own error) broke the sum that leaves it out. The precinct is the code
// and the box, the region the town's name, and the lists are the 34
// columns after the lines.
func TestDraftKnesset18Boxes(t *testing.T) {
	d, err := draftReal(t, "il-knesset18-head20.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	all := strings.Join(m.Guesses, "\n")
	if got := m.Precinct.String(); got != `["סמל ישוב", "קלפי"]` {
		t.Errorf("precinct %s; want the town's code and the box\n%s", got, all)
	}
	if m.Region == nil || m.Region.Header != "שם ישוב" {
		t.Errorf("region %v; want שם ישוב\n%s", m.Region, all)
	}
	if len(m.Votes) != 34 {
		t.Errorf("%d choices; want the 34 lists\n%s", len(m.Votes), all)
	}
	for id, v := range m.Votes {
		if v.Header == "קלפי" || v.Header == "סמל ישוב" {
			t.Errorf("votes.%s is column %q, no list", id, v.Header)
		}
	}
	guessed(t, m, `precinct: columns 1 and 3 ("סמל ישוב", "קלפי"): 11 rows repeat the number of an earlier row in column 1 (the first "967"), and column 3 numbers the ballot boxes of each anew`)
	if strings.Contains(all, "it names no one precinct") {
		t.Errorf("the precinct repeats:\n%s", all)
	}
	tab, votes, lines := countReal(t, "il-knesset18-head20.csv", d)
	if len(tab.Protocols) != 20 {
		t.Errorf("%d protocols; want 20", len(tab.Protocols))
	}
	// (The figures of the cut, summed by hand over its 20 rows.)
	if votes["מחל"] != 0+2+2+3+4+5+2+5+20+7+19+1+1+1+15+92+99+93+0+1 || lines[election.Valid] != 5518 {
		t.Errorf("votes.מחל %d, valid %d", votes["מחל"], lines[election.Valid])
	}
}

// The same file with a town's boxes split ("2.1", "2.2": the box column
// text, the precinct the town's name and the box): the town's code
// before the lines is left out though one row of the file breaks the sum
// of the lists, and the guess names that row.
func TestDraftLeadingCodesOneBrokenRow(t *testing.T) {
	d, err := draftReal(t, "SYNTHETIC-EDITED-il-knesset18-split-boxes.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !slices.ContainsFunc(m.Ignore, func(c Column) bool { return c.Header == "סמל ישוב" }) {
		t.Errorf("ignore %v; want סמל ישוב", m.Ignore)
	}
	if len(m.Votes) != 34 {
		t.Errorf("%d choices; want the 34 lists", len(m.Votes))
	}
	guessed(t, m, `column 1 "סמל ישוב" is not mapped: it stands before the valid votes (column 6 "כשרים"), and the choices after them (columns 8 to 41) sum to them on every row but 1 (the row of precinct "אום אל-פחם / 2": 372 against 369;`)
}

// Israel's 1999 file with two errors of its own made in it: a row whose
// Prime Minister's valid votes are not the sum of the candidates', and
// one whose "בזב" is not the sum of the invalid and valid columns. The
// settlement's code with gaps still goes under ignore, and "בזב" is
// still the ballots found; each guess names the row that breaks it.
func TestDraftSumsWithARowOff(t *testing.T) {
	d, err := draftReal(t, "SYNTHETIC-EDITED-il-1999-results15-two-errors.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	all := strings.Join(m.Guesses, "\n")
	if g := m.Lines[election.FoundStationary]; g.Index != 5 || m.Lines[election.Voters].Header != "בוחרים" {
		t.Errorf("lines %v; want found_stationary column 5, voters בוחרים\n%s", m.Lines, all)
	}
	if !slices.ContainsFunc(m.Ignore, func(c Column) bool { return c.Header == "סמל ישוב" }) {
		t.Errorf("ignore %v; want סמל ישוב\n%s", m.Ignore, all)
	}
	guessed(t, m, `named as the voters but on every row but 1 (the row that begins "אבו גוש,3,694": 500 against 499;`,
		`on every row but 1 (the row of precinct "אבו גוש / 1": 344 against 347;`)
}

func TestSumMostly(t *testing.T) {
	// rows of n rows whose column 0 is the sum of columns 1 and 2 but on
	// the first bad rows.
	rows := func(n, bad int) [][]string {
		var out [][]string
		for k := range n {
			sum := 2*k + 3
			if k < bad {
				sum++
			}
			out = append(out, []string{strconv.Itoa(sum), strconv.Itoa(k + 1), strconv.Itoa(k + 2)})
		}
		return out
	}
	for _, c := range []struct {
		n, bad int
		want   bool
	}{
		{10, 0, true}, {10, 1, true}, {10, 2, false},
		{20, 2, true}, {20, 3, false},
		{9, 1, true}, {5, 1, true}, {4, 1, false}, {5, 2, false},
		{1, 0, false}, // one row says nothing
	} {
		got, broken := sumMostly(rows(c.n, c.bad), 0, []int{1, 2})
		if got != c.want || got && len(broken) != c.bad {
			t.Errorf("%d rows, %d off: %v with %d rows broken; want %v", c.n, c.bad, got, len(broken), c.want)
		}
	}
}

func TestBoxColumn(t *testing.T) {
	rows := readRealRowsComma(t, "il-knesset18-head20.csv")
	if got := boxColumn(rows, 0, []int{2, 3, 7, 10}); got != 2 {
		t.Errorf("boxColumn = %d; want 2 (קלפי)", got)
	}
	// A list's votes (column 10, "ג") do not run on by one; the voters
	// (column 3) name each row once.
	if got := boxColumn(rows, 0, []int{3, 10}); got != -1 {
		t.Errorf("boxColumn = %d; want -1", got)
	}
	// Numbered once across the file (a serial number): no box of a town.
	serial := [][]string{{"1", "1"}, {"1", "2"}, {"2", "3"}, {"2", "4"}, {"3", "5"}}
	if got := boxColumn(serial, 0, []int{1}); got != -1 {
		t.Errorf("boxColumn of a serial = %d; want -1", got)
	}
}

// The votes cast at least the valid votes on every row but a few (a
// file's own error on one row of ten) still read as the ballots found.
func TestBeyondFewRows(t *testing.T) {
	rows := func(n, under int) [][]string {
		var out [][]string
		for k := range n {
			cast, valid := 100+k, 98+k
			if k < under {
				cast = valid - 1
			}
			out = append(out, []string{strconv.Itoa(cast) + ".0", strconv.Itoa(valid)})
		}
		return out
	}
	for _, c := range []struct {
		n, under int
		want     bool
	}{
		{10, 0, true}, {10, 1, true}, {10, 2, false}, {4, 1, false}, {3, 3, false},
	} {
		got, under := beyond(rows(c.n, c.under), 0, 1)
		if got != c.want || len(under) != c.under {
			t.Errorf("%d rows, %d under: %v with %d under; want %v", c.n, c.under, got, len(under), c.want)
		}
	}
}
