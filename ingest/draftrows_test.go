package ingest

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Denmark's lists give their votes in several rows of an area, each
// naming the list in Listenavn and told apart by Navn ("Listestemmer"
// and each candidate): the draft sums them ("choice_rows": "sum"),
// saying which rows and why, and its mapping counts each list's votes as
// the sum of its rows (the figures of TestLongChoiceRowsDenmark). It
// refused the file before.
func TestDraftChoiceRowsDenmark(t *testing.T) {
	d, err := draftReal(t, "dk-kv2021-fanoe.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.ChoiceRows != ChoiceRowsSum || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "Listenavn" || m.VotesColumn.Header != "Stemmetal" {
		t.Fatalf("choice_rows %q, choice %+v, votes %+v", m.ChoiceRows, m.ChoiceColumn, m.VotesColumn)
	}
	if g := strings.Join(m.Guesses, "\n"); !strings.Contains(g, `by column 4 "Navn"`) ||
		!strings.Contains(g, `in "1. Nordby", "Socialdemokratiet" is the sum of 4 rows, "Listestemmer", "Johan Brink Jensen", "Jørgen Dalsgaard" and "Kim Fischer"`) {
		t.Errorf("no guess saying which rows are summed and why:\n%s", g)
	}
	tab, _, _ := countReal(t, "dk-kv2021-fanoe.csv", d)
	want := map[string]map[string]int64{
		"1. Nordby":   {"socialdemokratiet": 148, "radikale-venstre": 622, "det-konservative-folkeparti": 420, "sf-socialistisk-folkeparti": 132, "fano-lokalliste": 59, "dansk-folkeparti": 29, "venstre-danmarks-liberale-parti": 383, "enhedslisten-de-rod-gronne": 173, "alternativet": 70},
		"2. Sønderho": {"socialdemokratiet": 42, "radikale-venstre": 44, "det-konservative-folkeparti": 76, "sf-socialistisk-folkeparti": 16, "fano-lokalliste": 2, "dansk-folkeparti": 3, "venstre-danmarks-liberale-parti": 45, "enhedslisten-de-rod-gronne": 28, "alternativet": 9},
	}
	if len(tab.Protocols) != 2 {
		t.Fatalf("%d protocols, want 2", len(tab.Protocols))
	}
	for _, p := range tab.Protocols {
		for id, n := range want[p.Precinct] {
			if p.Votes[id] != n {
				t.Errorf("%s: %s %d, want %d", p.Precinct, id, p.Votes[id], n)
			}
		}
	}
}

// usModes is a US precinct return of a candidate's votes in a row per
// vote mode.
const usModes = `county,precinct,office,candidate,party,vote_mode,votes
Baker,Precinct 1,President,Joseph R. Biden,DEM,Election Day,121
Baker,Precinct 1,President,Joseph R. Biden,DEM,Absentee,303
Baker,Precinct 1,President,Joseph R. Biden,DEM,Early,278
Baker,Precinct 1,President,Joseph R. Biden,DEM,Provisional,6
Baker,Precinct 1,President,Donald J. Trump,REP,Election Day,189
Baker,Precinct 1,President,Donald J. Trump,REP,Absentee,101
Baker,Precinct 1,President,Donald J. Trump,REP,Early,250
Baker,Precinct 1,President,Donald J. Trump,REP,Provisional,2
Baker,Precinct 2,President,Joseph R. Biden,DEM,Election Day,80
Baker,Precinct 2,President,Joseph R. Biden,DEM,Absentee,90
Baker,Precinct 2,President,Joseph R. Biden,DEM,Early,100
Baker,Precinct 2,President,Joseph R. Biden,DEM,Provisional,1
Baker,Precinct 2,President,Donald J. Trump,REP,Election Day,300
Baker,Precinct 2,President,Donald J. Trump,REP,Absentee,40
Baker,Precinct 2,President,Donald J. Trump,REP,Early,60
Baker,Precinct 2,President,Donald J. Trump,REP,Provisional,0
Baker,Precinct 3,President,Joseph R. Biden,DEM,Election Day,10
Baker,Precinct 3,President,Joseph R. Biden,DEM,Absentee,20
Baker,Precinct 3,President,Joseph R. Biden,DEM,Early,30
Baker,Precinct 3,President,Joseph R. Biden,DEM,Provisional,4
Baker,Precinct 3,President,Donald J. Trump,REP,Election Day,50
Baker,Precinct 3,President,Donald J. Trump,REP,Absentee,60
Baker,Precinct 3,President,Donald J. Trump,REP,Early,70
Baker,Precinct 3,President,Donald J. Trump,REP,Provisional,8
`

// A candidate's rows by vote mode are summed, not the rows of one mode
// kept (as rows of kinds of figures are); the same row twice is a mistake
// the draft says, never a part it sums; and a wide file of a row per
// mode, whose modes no choice_rows can sum, keeps the rows of one mode as
// before.
func TestDraftChoiceRowsVoteModes(t *testing.T) {
	d, err := DraftMapping(strings.NewReader(usModes), "us.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.ChoiceRows != ChoiceRowsSum || m.Rows != nil || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "candidate" {
		t.Fatalf("choice_rows %q, rows %+v, choice %+v\n%s", m.ChoiceRows, m.Rows, m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
	}
	if g := strings.Join(m.Guesses, "\n"); !strings.Contains(g, `by column 6 "vote_mode" (a way of casting the votes each)`) || strings.Contains(g, "X207") {
		t.Errorf("guesses:\n%s", g)
	}
	tab, err := ReadCSV(strings.NewReader(usModes), "us.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int64{"Precinct 1": {708, 542}, "Precinct 2": {271, 400}, "Precinct 3": {64, 188}}
	for _, p := range tab.Protocols {
		if w := want[p.Precinct]; p.Votes["joseph-r-biden"] != w[0] || p.Votes["donald-j-trump"] != w[1] {
			t.Errorf("%s: %v, want Biden %d, Trump %d", p.Precinct, p.Votes, w[0], w[1])
		}
	}

	rows := strings.SplitAfter(usModes, "\n")
	twice := strings.Join(rows[:3], "") + rows[2] + strings.Join(rows[3:], "")
	d, err = DraftMapping(strings.NewReader(twice), "us.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := readBack(t, d); m.ChoiceRows != "" || !strings.Contains(strings.Join(m.Guesses, "\n"), "1 rows are copies of an earlier row") {
		t.Errorf("a row given twice: choice_rows %q\n%s", m.ChoiceRows, strings.Join(m.Guesses, "\n"))
	}

	// (Of few columns of figures, a file may be long: the modes are
	// looked at again once the layout is known.)
	for _, n := range []int{4, 2} { // columns of figures
		wide := "county,precinct,vote_mode," + strings.Join([]string{"registered", "Biden", "Trump", "Jorgensen"}[4-n:], ",") + "\n"
		for i, p := range []string{"Precinct 1", "Precinct 2", "Precinct 3", "Precinct 4", "Precinct 5", "Precinct 6"} {
			for j, mode := range []string{"Election Day", "Absentee", "Early", "Provisional"} {
				wide += "Baker," + p + "," + mode
				for _, f := range []int{1000 + i, 100 + 7*i + j, 200 + j*j + i, 3*i + j}[4-n:] {
					wide += "," + strconv.Itoa(f)
				}
				wide += "\n"
			}
		}
		d, err = DraftMapping(strings.NewReader(wide), "wide.csv")
		if err != nil {
			t.Fatal(err)
		}
		if m := readBack(t, d); m.Shape == "long" || m.ChoiceRows != "" || m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "vote_mode" {
			t.Errorf("wide by mode, %d columns of figures: layout %q, rows %+v\n%s", n, m.Shape, m.Rows, wide)
		}
	}
}

// A turnout line given by vote mode too ("Ballots Cast" in a row per
// mode) is no choice, whose rows choice_rows sums: its rows are left out
// by a row filter, in a guess, and the draft still reads its file.
func TestDraftChoiceRowsLineByMode(t *testing.T) {
	data := usModes
	for _, p := range []string{"Precinct 1", "Precinct 2", "Precinct 3"} {
		for i, mode := range []string{"Election Day", "Absentee", "Early", "Provisional"} {
			data += "Baker," + p + ",President,Ballots Cast,," + mode + "," + strconv.Itoa(900+i) + "\n"
		}
	}
	d, err := DraftMapping(strings.NewReader(data), "us.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.ChoiceRows != ChoiceRowsSum || len(m.LineValues) != 0 || m.Rows == nil || len(m.Rows.Where) != 1 ||
		m.Rows.Where[0].Column.Header != "candidate" || !slices.Equal(m.Rows.Where[0].Except, []string{"Ballots Cast"}) {
		t.Fatalf("choice_rows %q, line_values %v, rows %+v\n%s", m.ChoiceRows, m.LineValues, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	tab, err := ReadCSV(strings.NewReader(data), "us.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p := tab.Protocols[0]; p.Votes["joseph-r-biden"] != 708 || p.Votes["donald-j-trump"] != 542 || len(p.Lines) != 0 {
		t.Errorf("%s: votes %v, lines %v", p.Precinct, p.Votes, p.Lines)
	}
}

// Fanø's file with a candidate's row given twice leaves no column that
// names each row once, and the draft finds no mapping: it says the rows
// are given twice, where the copy is, rather than the mapping's want of
// lines and votes alone.
func TestDraftChoiceRowsTwice(t *testing.T) {
	rows := strings.SplitAfter(string(readReal(t, "dk-kv2021-fanoe.csv")), "\n")
	twice := strings.Join(rows[:3], "") + rows[2] + strings.Join(rows[3:], "")
	_, err := DraftMapping(strings.NewReader(twice), "dk.csv")
	if err == nil || !strings.Contains(err.Error(), "rows that copy an earlier row, cell for cell: 1 (the first at data row 3): does the file list its rows twice?") {
		t.Errorf("%v; want the row given twice said", err)
	}
}
