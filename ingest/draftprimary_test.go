package ingest

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
)

// Arkansas's primaries of 2018 (OpenElections, Calhoun county): the
// Democratic and the Republican primaries for Governor under one office,
// told apart by the party column. Drafted as one contest, Hutchinson
// (REP, 504) alone was elected and Henderson (DEM, 122) not reported; the
// draft makes each party's primary an okrug of its own, and each precinct
// a protocol of each primary, as the testers' mapping does.
func TestDraftPrimariesOfOneOffice(t *testing.T) {
	const name = "us-ar-20180522-primary-calhoun-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Okrug == nil || m.Okrug.String() != `["office", "party"]` || m.Precinct.String() != `["party", "precinct"]` || m.Ballot != "okrug" {
		t.Fatalf("okrug %v, precinct %v, ballot %q; want [office, party], [party, precinct], okrug\n%s", m.Okrug, m.Precinct, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, `"DEM", "REP"`) && strings.Contains(g, "primary") }) {
		t.Errorf("no guess names the primaries:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	// 20 precincts, each with a protocol of each primary.
	okrugs := map[string]bool{}
	for _, p := range tab.Precincts {
		okrugs[p.Okrug] = true
	}
	if len(tab.Protocols) != 40 || len(okrugs) != 2 || votes["jared-k-henderson"] != 122 || votes["governor-asa-hutchinson"] != 504 {
		t.Errorf("%d protocols, okrugs %v, votes %v; want 40, 2, Henderson 122, Hutchinson 504", len(tab.Protocols), okrugs, votes)
	}
}

// A general election's party column names one candidate of each party:
// no primaries. Nor is a column not headed like a party's (a gender, a
// ticket's letter, a flag of the elected) taken for one.
func TestDraftPrimariesNotOfOneCandidateEach(t *testing.T) {
	for name, in := range map[string]string{
		"general": "county,precinct,office,party,candidate,votes\n" +
			"A,1,Governor,DEM,Ann,30\nA,1,Governor,REP,Bob,20\nA,1,Governor,LIB,Cy,2\n" +
			"A,2,Governor,DEM,Ann,25\nA,2,Governor,REP,Bob,35\nA,2,Governor,LIB,Cy,3\n",
		"gender": "county,precinct,office,gender,candidate,votes\n" +
			"A,1,Council,F,Ann,30\nA,1,Council,M,Bob,20\nA,1,Council,F,Di,2\nA,1,Council,M,Ed,4\n" +
			"A,2,Council,F,Ann,25\nA,2,Council,M,Bob,35\nA,2,Council,F,Di,3\nA,2,Council,M,Ed,5\n",
	} {
		t.Run(name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(in), "p.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Okrug != nil || m.Precinct.String() != `"precinct"` {
				t.Errorf("okrug %v, precinct %v; want none, precinct\n%s", m.Okrug, m.Precinct, strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// Oklahoma's special elections of 2017 (OpenElections): two contests of
// as many rows are told apart by their votes in the column the draft
// maps, "votes", the sum of the votes by mode, never by the first of
// those, "mail_votes".
func TestDraftContestTieByMappedFigure(t *testing.T) {
	d, err := draftReal(t, "us-ok-20170110-special-precinct-head.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if _, total := partsTotal(m); total != "votes" || !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `then votes (113 in column 9 "votes")`)
	}) {
		t.Errorf("votes column %v; want the contest chosen by the votes of column 9 \"votes\"\n%s", m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
}

// Where some parties have two candidates or more in a precinct and
// another one (a primary unopposed, or a contest of several seats), the
// draft cannot tell: one contest, and a guess says how to map primaries.
// One party of two candidates alone is no sign.
func TestDraftPrimariesMaybe(t *testing.T) {
	for name, c := range map[string]struct {
		in   string
		said bool
	}{
		"two parties of two": {"county,precinct,office,party,candidate,votes\n" +
			"A,1,Governor,DEM,Ann,30\nA,1,Governor,DEM,Bob,20\nA,1,Governor,REP,Cy,2\nA,1,Governor,REP,Di,4\nA,1,Governor,GRN,Ed,1\n" +
			"A,2,Governor,DEM,Ann,25\nA,2,Governor,DEM,Bob,35\nA,2,Governor,REP,Cy,3\nA,2,Governor,REP,Di,5\nA,2,Governor,GRN,Ed,2\n", true},
		"one party of two": {"county,precinct,office,party,candidate,votes\n" +
			"A,1,Council,DEM,Ann,30\nA,1,Council,DEM,Bob,20\nA,1,Council,REP,Cy,2\n" +
			"A,2,Council,DEM,Ann,25\nA,2,Council,DEM,Bob,35\nA,2,Council,REP,Cy,3\n", false},
	} {
		t.Run(name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(c.in), "p.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			said := slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, "if primaries") })
			if m.Okrug != nil || said != c.said {
				t.Errorf("okrug %v, said %v; want none, %v\n%s", m.Okrug, said, c.said, strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// A column that says what kind of party a list is (Portugal's party_type:
// Coalition, PoliticalParty), beside a choice column of parties, splits
// no contest into primaries: the file is one list ballot per freguesia,
// as it was drafted before primaries were looked for.
func TestDraftPartyTypeIsNoPrimary(t *testing.T) {
	d, err := draftReal(t, "pt-aut2025-agueda-cm-head.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Ballot != "list" || m.Okrug != nil {
		t.Errorf("ballot %q, okrug %+v: want a list ballot and no okrug", m.Ballot, m.Okrug)
	}
}

// A transposed file whose label column is headed as the choices
// ("Partido" over the parties, the localities in the header), beside a
// column of their sum ("Total Bogota"), is drafted transposed: the
// header row, named by "Partido", the precinct, each party's row its
// votes, the total left out. (Its copy without that header gets the
// transposed hint: TestDraftMappingColombiaTransposed.)
func TestDraftTransposedUnderAChoiceHeader(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/co-sen2018-bogota-nacional.csv")
	if err != nil {
		t.Fatal(err)
	}
	d, err := DraftMapping(bytes.NewReader(append([]byte("Partido"), b...)), "co.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.transposed() || m.Precinct.Header != "Partido" || m.Votes["p-liberal"].Header != "P_Liberal" ||
		m.Rows == nil || len(m.Rows.Where) != 1 || !slices.Equal(m.Rows.Where[0].Except, []string{"Total Bogota"}) {
		t.Errorf("layout %q, precinct %+v, votes %v, rows %+v\n%s", m.Shape, m.Precinct, m.Votes, m.Rows, strings.Join(m.Guesses, "\n"))
	}
}
