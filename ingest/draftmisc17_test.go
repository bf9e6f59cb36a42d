package ingest

import (
	"strings"
	"testing"
)

// Texas's primaries of 2020, Borden County: a candidate standing in both
// parties' primaries for President (Rocky De La Fuente) made the draft
// join the name with the party, as two people of one name, and drop the
// primaries; the rows of the lines (Registered Voters under no party)
// then clashed with the primaries' okrug. Each party's primary is an
// okrug of its own, De La Fuente a candidate in each, and the lines'
// rows are left out and said.
func TestDraftPrimariesWithACandidateInBoth(t *testing.T) {
	const name = "us-tx-20200303-primary-borden-cut.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Okrug == nil || m.Okrug.String() != `["office", "party"]` || m.Ballot != "okrug" || m.ChoiceColumn == nil || m.ChoiceColumn.String() != `"candidate"` {
		t.Fatalf("okrug %v, ballot %q, choice %v; want [office, party], okrug, candidate\n%s", m.Okrug, m.Ballot, m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `rows of "Registered Voters" or "Ballots Cast" in column 3 "office" (protocol lines) are left out`)
	tab, votes, _ := countReal(t, name, d)
	okrugs := map[string]bool{}
	for _, p := range tab.Precincts {
		okrugs[p.Okrug] = true
	}
	// 7 precincts, a protocol of each primary.
	if _, rocky := votes["rocky-de-la-fuente"]; len(tab.Protocols) != 14 || len(okrugs) != 2 || votes["donald-j-trump"] != 235 || votes["joe-biden"] != 2 || !rocky {
		t.Errorf("%d protocols, okrugs %v, votes %v; want 14, 2, Trump 235, Biden 2, De La Fuente's", len(tab.Protocols), okrugs, votes)
	}
}

// The same file under a name that does not say primary: the party
// column is said as maybe primaries, as it is without De La Fuente.
func TestDraftMaybePrimariesWithACandidateInBoth(t *testing.T) {
	d, err := DraftMapping(strings.NewReader(string(readReal(t, "us-tx-20200303-primary-borden-cut.csv"))), "borden.csv")
	if err != nil {
		t.Fatal(err)
	}
	guessed(t, readBack(t, d), `column 5 "party" is not mapped, and the choices of column 6 "candidate" are counted as one contest; but each choice is under one of its values ("DEM", "REP")`)
}

// Singapore's general elections by constituency: a row per party in each
// constituency, its seats beside it (1 in an SMC, 4 to 6 in a GRC, won
// whole by the party with the most votes). Drafted as a list ballot with
// no okrug, a count under examples/fptp refused it; each constituency is
// an okrug.
func TestDraftPartiesByConstituencyOkrug(t *testing.T) {
	for _, c := range []struct {
		name, seats string
		okrugs      int
		pap         int64
	}{
		{"sg-ge2015-head.csv", "Seats", 15, 18234 + 21954 + 12417 + 19628 + 9565 + 17251 + 15331 + 18017 + 10602 + 16977 + 20246 + 17586 + 15324 + 84850 + 55093},
		{"sg-ge2020-constituencies.csv", "Seat", 31, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Okrug == nil || m.Okrug.String() != `"Constituency"` || m.Ballot != "okrug" || m.ChoiceColumn == nil || m.ChoiceColumn.String() != `"Party"` {
				t.Fatalf("okrug %v, ballot %q, choice %v; want Constituency, okrug, Party\n%s", m.Okrug, m.Ballot, m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
			}
			guessed(t, m, `column 2 "`+c.seats+`" (not mapped: a published figure) says that each constituency elects its own by plurality: it gives each constituency's seats, the same on its rows: 1 in `)
			tab, votes, _ := countReal(t, c.name, d)
			okrugs := map[string]bool{}
			for _, p := range tab.Precincts {
				okrugs[p.Okrug] = true
			}
			if len(okrugs) != c.okrugs || c.pap > 0 && votes["people-s-action-party"] != c.pap {
				t.Errorf("%d okrugs, PAP %d; want %d, %d", len(okrugs), votes["people-s-action-party"], c.okrugs, c.pap)
			}
		})
	}
}

// Parties by constituency stay a list ballot where nothing says one
// winner in each: seats won by two parties of a constituency (lists in
// proportion), or no seats column at all; and each constituency is an
// okrug where one row of each wins its seats, or an outcome column
// names one elected in each.
func TestDraftPartiesByConstituencyWinners(t *testing.T) {
	for _, c := range []struct {
		name, in string
		okrug    bool
	}{
		{"proportional", "constituency,party,votes,seats\nA,Red,500,2\nA,Blue,400,1\nA,Green,100,0\nB,Red,300,1\nB,Blue,600,2\nB,Green,50,0\n", false},
		{"magnitudes", "constituency,seats,party,votes\nA,3,Red,500\nA,3,Blue,400\nA,3,Green,100\nB,3,Red,300\nB,3,Blue,600\nB,3,Green,50\n", false},
		{"no seats", "constituency,party,votes\nA,Red,500\nA,Blue,400\nB,Red,300\nB,Blue,600\n", false},
		{"won", "constituency,party,votes,seats\nA,Red,500,1\nA,Blue,400,0\nA,Green,100,0\nB,Red,300,0\nB,Blue,600,1\nB,Green,50,0\n", true},
		{"outcome", "constituency,party,votes,elected\nA,Red,500,Y\nA,Blue,400,N\nB,Red,300,N\nB,Blue,600,Y\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(c.in), "c.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if got := m.Okrug != nil && m.Ballot == "okrug"; got != c.okrug {
				t.Errorf("okrug %v, ballot %q; want okrug %v\n%s", m.Okrug, m.Ballot, c.okrug, strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// Hong Kong's LegCo election of 2008 by list and constituency: the lists
// are numbered from 1 in each constituency (10 in Hong Kong Island, 13
// in Kowloon West...). Drafted with the list number alone as the choice,
// a count's table of the lists added up the five lists numbered 3
// (219,113 votes, 5 seats); the choice is the constituency and the list
// joined, each list its own.
func TestDraftListsNumberedInEachArea(t *testing.T) {
	d, err := draftReal(t, "hk-lc2008-gc.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if c := m.ChoiceColumn; c == nil || !c.Join || c.String() != `["gc", "list"]` || m.Region == nil || m.Region.Header != "gc" || len(m.ChoiceValues) != 53 || m.ChoiceValues["klw / 3"] != "klw-p3" {
		t.Fatalf("choice %v, region %v, %d choice values (klw / 3: %q); want gc and list joined, gc, 53, klw-p3\n%s", c, m.Region, len(m.ChoiceValues), m.ChoiceValues["klw / 3"], strings.Join(m.Guesses, "\n"))
	}
	_, votes, _ := countReal(t, "hk-lc2008-gc.csv", d)
	if len(votes) != 53 || votes["klw-p3"] != 591 || votes["hki-p3"] != 39808 {
		t.Errorf("%d lists, klw-p3 %d, hki-p3 %d; want 53, 591, 39808", len(votes), votes["klw-p3"], votes["hki-p3"])
	}
	// Lists numbered alike in every area (a country's numbers, every
	// list standing everywhere) are not joined.
	d, err = DraftMapping(strings.NewReader("gc,list,votes\na,1,10\na,2,20\na,3,5\nb,1,30\nb,2,40\nb,3,7\n"), "l.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := readBack(t, d); m.ChoiceColumn == nil || m.ChoiceColumn.Join || m.ChoiceColumn.Header != "list" {
		t.Errorf("choice %v; want list alone\n%s", m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
	}
}

// The columns a draft leaves out on purpose, with its reason in a guess
// (Kentucky's and Texas's votes by mode of voting, whose sum is votes;
// Singapore's seats), are in its ignore: the count of the drafted
// mapping named them again among the columns not read ("name it in the
// mapping's ignore"). A column left out with a guess that it may be a
// line is not: the count keeps naming it.
func TestDraftIgnoresColumnsLeftOut(t *testing.T) {
	for _, c := range []struct {
		name   string
		ignore []string
	}{
		{"us-ky-2016-mercer-precinct.csv", []string{"absentee_mail", "absentee_person", "eslate", "escan"}},
		{"us-tx-20200303-primary-borden-cut.csv", []string{"election_day", "early_voting", "mail"}},
		{"sg-ge2015-head.csv", []string{"Seats"}},
		{"hk-lc2008-gc.csv", []string{"seats"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			var got []string
			for _, i := range m.Ignore {
				got = append(got, i.Header)
			}
			if strings.Join(got, ",") != strings.Join(c.ignore, ",") {
				t.Errorf("ignore %q; want %q\n%s", got, c.ignore, strings.Join(m.Guesses, "\n"))
			}
			tab, _, _ := countReal(t, c.name, d)
			if u := tab.Counts.Unread; len(u) > 0 {
				t.Errorf("columns not read %+v; want none", u)
			}
		})
	}
	// A column of figures the draft cannot place stays out of ignore.
	d, err := DraftMapping(strings.NewReader("precinct,candidate,votes,turnout_figure\n1,Ann,10,40\n1,Bob,20,40\n2,Ann,5,30\n2,Bob,15,30\n"), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := readBack(t, d); len(m.Ignore) > 0 {
		t.Errorf("ignore %v; want none\n%s", m.Ignore, strings.Join(m.Guesses, "\n"))
	}
}
