package ingest

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// guessNames says whether a guess names column h: every role the draft
// gives a column from its header's words is a guess to confirm.
func guessNames(m Mapping, h string) bool {
	return slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, `"`+h+`"`) })
}

// Tunisia's presidential round 1 by circonscription (2014): "voters" is
// the votants, those who voted (valid + blank + canceled on every row),
// beside "leg_reg" and "pres_reg", those registered; "canceled" is the
// null ballots, not a candidate; the TOTAL row is left out; the precinct
// is "circ_name", filled and unique, not "geo_id", empty abroad. Each line
// mapped is in a guess, and counted the file gives the TOTAL row's
// figures.
func TestDraftMappingTunisiaVotants(t *testing.T) {
	const name = "tn2014-pres1-general.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	want := map[election.Line]Column{
		election.Voters:          {Header: "leg_reg"},
		election.FoundStationary: {Header: "voters"},
		election.Valid:           {Header: "valid_votes"},
		election.Invalid:         sumOf("blank", "canceled"),
	}
	if !reflect.DeepEqual(m.Lines, want) {
		t.Errorf("lines %+v, want %+v", m.Lines, want)
	}
	for _, c := range want {
		for _, h := range append([]Column{c}, c.Columns...) {
			if h.Header != "" && !guessNames(m, h.Header) {
				t.Errorf("no guess names column %q, mapped under lines", h.Header)
			}
		}
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, `"voters" alone is ambiguous`) }) {
		t.Errorf("no guess says that \"voters\" alone is ambiguous:\n%s", strings.Join(m.Guesses, "\n"))
	}
	if ids := slices.Sorted(maps.Keys(m.Votes)); !reflect.DeepEqual(ids, []string{"marzouki", "sebsi"}) {
		t.Errorf("votes %v, want marzouki and sebsi alone", ids)
	}
	if m.Precinct.Header != "circ_name" {
		t.Errorf("precinct %+v, want circ_name", m.Precinct)
	}
	tab, votes, lines := countReal(t, name, d)
	if len(tab.Protocols) != 33 || votes["sebsi"] != 1289384 || votes["marzouki"] != 1092418 ||
		lines[election.Voters] != 5286097 || lines[election.FoundStationary] != 3339666 || lines[election.Invalid] != 22009+50088 {
		t.Errorf("%d protocols, votes %v, lines %v; want the TOTAL row's figures over 33", len(tab.Protocols), votes, lines)
	}
}

// A header that is a line's own name is mapped in a guess, as any
// header's words are; "voters" alone is said to be ambiguous.
func TestDraftMappingLineNameIsAGuess(t *testing.T) {
	const in = "precinct,voters,valid,A,B\n1,100,60,40,20\n2,90,50,30,20\n3,80,40,20,20\n"
	d, err := DraftMapping(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Lines[election.Voters].Header != "voters" || m.Lines[election.Valid].Header != "valid" {
		t.Fatalf("lines %+v", m.Lines)
	}
	for _, h := range []string{"voters", "valid"} {
		if !guessNames(m, h) {
			t.Errorf("no guess names column %q:\n%s", h, strings.Join(m.Guesses, "\n"))
		}
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, "lines.voters: ") && strings.Contains(g, "ambiguous") && strings.Contains(g, "lines.found_stationary")
	}) {
		t.Errorf("the guess of \"voters\" does not say it may be those who voted:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// Egypt's presidential elections of 2012 in Arabic: the electors, the
// valid and the invalid votes are lines, the candidates choices; round
// 1's total row «الإجمالي» is left out, and the count gives its figures.
// (Round 2 is the file with the commas of its thousands taken out.)
func TestDraftMappingEgyptArabic(t *testing.T) {
	cases := []struct {
		file, precinct, valid, invalid string
		rows, choices                  int
		total                          map[string]int64 // a choice's header -> its votes
		lines                          map[election.Line]int64
	}{
		{"eg2012-pres-rnd1-cairo.csv", "مقر اللجنة", "الأصوات الصحيحة", "الأصوات الباطلة", 43, 13,
			map[string]int64{"محمد مرسي": 604193},
			map[election.Line]int64{election.Voters: 6491521, election.Valid: 3568591, election.Invalid: 40794}},
		// As published, "92,263": the draft proposes "thousands": ",".
		{"eg2012-pres-rnd2-cairo.csv", "القسم", "الاصوات الصحيحة", "الاصوات الباطلة", 43, 2,
			map[string]int64{"د.أحمد شفيق": 1894007, "د.محمد مرسي": 1505103},
			map[election.Line]int64{election.Voters: 6488564, election.Valid: 3399110, election.Invalid: 158687}},
		{"EDITED-eg2012-pres-rnd2-cairo-nothousands.csv", "القسم", "الاصوات الصحيحة", "الاصوات الباطلة", 43, 2,
			map[string]int64{"د.أحمد شفيق": 1894007, "د.محمد مرسي": 1505103},
			map[election.Line]int64{election.Voters: 6488564, election.Valid: 3399110, election.Invalid: 158687}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			want := map[election.Line]Column{election.Voters: {Header: "عدد الناخبين"}, election.Valid: {Header: c.valid}, election.Invalid: {Header: c.invalid}}
			if !reflect.DeepEqual(m.Lines, want) || m.Precinct.Header != c.precinct || len(m.Votes) != c.choices {
				t.Fatalf("lines %+v, precinct %+v, %d choices; want %+v, %q, %d", m.Lines, m.Precinct, len(m.Votes), want, c.precinct, c.choices)
			}
			tab, votes, lines := countReal(t, c.file, d)
			if len(tab.Protocols) != c.rows || !reflect.DeepEqual(lines, c.lines) {
				t.Errorf("%d protocols, lines %v; want %d, %v", len(tab.Protocols), lines, c.rows, c.lines)
			}
			for h, v := range c.total {
				for id, col := range m.Votes {
					if col.Header == h && votes[id] != v {
						t.Errorf("%s: %d votes, want %d", h, votes[id], v)
					}
				}
			}
		})
	}
}

// A file of which the draft maps no line and no vote is an error of the
// draft, in its words, never of a mapping the user did not write.
func TestDraftMappingNothingFoundSaid(t *testing.T) {
	const in = "precinct,code\n1,101\n2,102\n3,103\n"
	_, err := DraftMapping(strings.NewReader(in), "p.csv")
	var pe *ParseError
	if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Line != 1 {
		t.Fatalf("err %v, want ErrMapping at line 1", err)
	}
	if msg := err.Error(); strings.Contains(msg, "the mapping maps") || !strings.Contains(msg, `column 2 "code" is not mapped`) {
		t.Errorf("the error does not say what the draft left out, in its words: %v", err)
	}
}

// Egypt's People's Assembly lists by district (2011) end with the TOTAL
// row, a row of commas, and "Source: ..." in the first cell of the last
// row: the note is left out by a row filter, in a guess, as the total is;
// counted, no protocol is without votes.
func TestDraftMappingFooterRow(t *testing.T) {
	const name = "eg2011-pa-pr.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows == nil || len(m.Rows.Where) != 2 || m.Rows.Where[1].Column.Header != "District" ||
		len(m.Rows.Where[1].Except) != 1 || !strings.HasPrefix(m.Rows.Where[1].Except[0], "Source: Provisional Results") {
		t.Fatalf("rows %+v, want the TOTAL row and the source's left out", m.Rows)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "rows: the last row holds one cell of text alone") }) {
		t.Errorf("no guess says the note is left out:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, _, _ := countReal(t, name, d)
	if len(tab.Protocols) != 5 {
		t.Fatalf("%d protocols, want the 5 districts", len(tab.Protocols))
	}
	for _, p := range tab.Protocols {
		if len(p.Votes) == 0 {
			t.Errorf("%s: no votes", p.Precinct)
		}
	}
}

// footerRows takes a last row of one text cell that reads as a note, and
// no name of a row nor a figure.
func TestFooterRows(t *testing.T) {
	rows := func(s string) [][]string {
		var r [][]string
		for _, l := range strings.Split(s, "\n") {
			r = append(r, strings.Split(l, ","))
		}
		return r
	}
	cases := []struct {
		name, in string
		col      int
	}{
		{"source", "A,1,2\nB,3,4\nSource: the commission,,", 0},
		{"note in column 2", "A,1,2\nB,3,4\n,Note: provisional,", 1},
		{"long text", "A,1,2\nB,3,4\nThe figures of this table are as published on the night of the vote,,", 0},
		{"a precinct without figures", "A,1,2\nB,3,4\nC,,", -1},
		{"a figure alone", "A,1,2\nB,3,4\n,,7", -1},
		{"two cells", "A,1,2\nB,3,4\nSource: x,,y", -1},
		{"the only row", "Source: x,,", -1},
		{"past the header", "A,1,2\nB,3,4\n,,,Source: the commission", -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if col, _ := footerRows(rows(c.in), 3); col != c.col {
				t.Errorf("column %d, want %d", col, c.col)
			}
		})
	}
}

// Tunisia's result sheets by polling station as observers copied them
// (2014, round 2): a station is its centre and its number there; the
// invalid votes are "kCancelledVotes", not the spoiled papers; the
// sheet's check columns, the count's clock times and "jListVotes" (the
// sum of the candidates' votes: the valid votes) are no candidates.
func TestDraftMappingResultSheetColumns(t *testing.T) {
	const name = "tn2014-pres2-mourakiboun-tunis1.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if want := sumOf("centerID", "stationId"); !reflect.DeepEqual(m.Precinct, want) {
		t.Errorf("precinct %+v, want %+v", m.Precinct, want)
	}
	if m.Lines[election.Invalid].Header != "kCancelledVotes" || m.Lines[election.Voters].Header != "registeredVoters" {
		t.Errorf("lines %+v, want invalid kCancelledVotes, voters registeredVoters", m.Lines)
	}
	if ids := slices.Sorted(maps.Keys(m.Votes)); !reflect.DeepEqual(ids, []string{"marzouki", "sebsi"}) {
		t.Errorf("votes %v, want marzouki and sebsi alone", ids)
	}
	for _, h := range []string{"cSpoiledBallots", "gEplusF", "hBminusG", "iAminusF", "jListVotes", "nFminusM", "countingStart", "countingEnd"} {
		if !guessNames(m, h) {
			t.Errorf("no guess says why column %q is not mapped", h)
		}
	}
	tab, votes, lines := countReal(t, name, d)
	if len(tab.Protocols) != 30 || votes["sebsi"] != 5202 || votes["marzouki"] != 4913 || lines[election.Invalid] != 175 {
		t.Errorf("%d protocols, votes %v, lines %v", len(tab.Protocols), votes, lines)
	}
}

// sheetCheck reads a result sheet's checks named by its lines' letters.
func TestSheetCheck(t *testing.T) {
	for h, want := range map[string]bool{
		"gEplusF": true, "hBminusG": true, "mJplusKplusL": true, "E+F": true, "B-G": true,
		"EplusF": true, "jListVotes": false, "Plus": false, "A": false, "sebsi": false, "countingStart": false, "MINUS": false,
	} {
		if got := sheetCheck(h); got != want {
			t.Errorf("%q: %v, want %v", h, got, want)
		}
	}
}

// clockTimes takes clock times under a header that names a time, and
// never small counts, nor figures under another header.
func TestClockTimes(t *testing.T) {
	vals := func(vs ...string) map[string]int {
		m := map[string]int{}
		for _, v := range vs {
			m[v]++
		}
		return m
	}
	cases := []struct {
		h    string
		vs   map[string]int
		want bool
	}{
		{"counting start", vals("1820", "1810", "1807", "1900"), true},
		{"counting end", vals("1915", "2020", "0930"), true},
		{"counting start", vals("1820", "180", "1810", "1807", "1900", "1830", "1840", "1850", "1855", "1805"), true}, // one typo of ten
		{"counting start", vals("1820", "1890", "1899"), false},
		{"counting start", vals("12", "14"), false},
		{"sebsi", vals("1820", "1810"), false},
	}
	for _, c := range cases {
		if got := clockTimes(c.h, c.vs); got != c.want {
			t.Errorf("%q %v: %v, want %v", c.h, c.vs, got, c.want)
		}
	}
}
