package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// The drafts of the testers' long files of the fourteenth session, each
// as its hand mapping reads it; every sum below is a python3 csv sum of
// the file's rows (the rows the mapping keeps), not the reader's.

// Indiana, Ohio County, 2016 (OpenElections, no header row): drafted
// wide, one choice summed every figure of every contest (45,782 "votes").
// Long: the office in column 3 (President kept), the precinct in column
// 2 (column 4, the district, is empty in those rows), the candidate in
// column 5, the votes in column 7. The county's President totals follow
// the last precinct's rows under its name, "RAN11": the draft says so,
// and sums no such rows into that precinct.
func TestDraftRealIndianaNoHeader(t *testing.T) {
	const name = "us-in-2016-ohio-noheader.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.NoHeader || !m.long() || m.Precinct.Index != 2 || m.ChoiceColumn.Index != 5 || m.VotesColumn.Index != 7 ||
		m.Rows == nil || m.Rows.Where[0].Column.Index != 3 || m.Rows.Where[0].Values[0] != "President" || m.ChoiceRows != "" {
		t.Fatalf("no_header %v, layout %q, precinct %v, choice %v, votes %v, rows %+v, choice_rows %q; want long, 2, 5, 7, column 3 President, no sum\n%s",
			m.NoHeader, m.Shape, m.Precinct, m.ChoiceColumn, m.VotesColumn, m.Rows, m.ChoiceRows, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `4 rows give a choice of precinct "RAN11" again, each with the sum of that choice's figures`)
	tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, m, Options{Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	var all int64
	for _, p := range tab.Protocols {
		for _, v := range p.Votes {
			all += v
		}
	}
	if len(tab.Skipped) != 4 || len(tab.Protocols) != 11 || all != 2933 {
		t.Errorf("%d skipped, %d protocols, %d votes; want the 4 total rows, 11, 2933", len(tab.Skipped), len(tab.Protocols), all)
	}
}

// Alaska and Idaho 2020 (OpenElections): the Registered Voters and
// Ballots Cast rows name their line in the office column, the candidate
// cell empty: read by choice_column of both columns. Alaska's district
// column, empty in the President rows, is neither a part of the precinct
// nor the okrug that made the precinct's column a region.
func TestDraftRealTurnoutRowsByOffice(t *testing.T) {
	for _, tt := range []struct {
		name                   string
		votes, voters, ballots int64
	}{
		{"us-ak-2020-precinct-head.csv", 1552, 5319, 1564},
		{"us-id-2020-camas.csv", 674, 835, 682},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := draftReal(t, tt.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Precinct.Header != "precinct" || m.ChoiceColumn.String() != `["candidate", "office"]` ||
				m.LineValues["Registered Voters"] != election.Voters || m.LineValues["Ballots Cast"] != election.FoundStationary {
				t.Fatalf("precinct %v, choice %v, line_values %v; want precinct, [candidate, office], voters and found_stationary\n%s", m.Precinct, m.ChoiceColumn, m.LineValues, strings.Join(m.Guesses, "\n"))
			}
			if m.Region != nil && m.Region.Header == "precinct" {
				t.Errorf("region %v: the precinct's own column", m.Region)
			}
			_, votes, lines := countReal(t, tt.name, d)
			var all int64
			for _, v := range votes {
				all += v
			}
			if all != tt.votes || lines[election.Voters] != tt.voters || lines[election.FoundStationary] != tt.ballots {
				t.Errorf("votes %d, lines %v; want %d, voters %d, found_stationary %d", all, lines, tt.votes, tt.voters, tt.ballots)
			}
		})
	}
}

// The mapping Alaska's file was drafted with before: a key of the
// precinct's column and the district's, the second empty in the rows
// kept. The error names the empty column and says that the others name
// the row, not that the row names no precinct.
func TestReadEmptyKeyColumnNamed(t *testing.T) {
	const name = "us-ak-2020-precinct-head.csv"
	m := Mapping{Shape: "long", Precinct: Column{Columns: []Column{{Header: "precinct"}, {Header: "district"}}}, OkrugID: "president", Ballot: "okrug",
		Rows:         &RowFilter{Where: []Condition{{Column: Column{Header: "office"}, Values: []string{"President"}}}},
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues: map[string]string{"Joseph R. Biden": "biden", "Donald J. Trump": "trump", "Jo Jorgensen": "jorgensen", "Don Blankenship": "blankenship", "Brock Pierce": "pierce",
			"De La Fuente Rocque \"Rocky\" / Richardson Darcy G.": "fuente", "Janos James G. \"Jesse Ventura\" / McKinney Cynthia": "ventura"}}
	_, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, m, Options{})
	var pe *ParseError
	if !errors.Is(err, ErrBadValue) || !errors.As(err, &pe) || pe.Line != 4 || pe.Column != 3 || !strings.Contains(err.Error(), "the cell is empty") {
		t.Errorf("err %v; want a bad value at line 4, column 3, the empty cell named", err)
	}
}

// Alabama 2020 (Autauga): its Under Votes rows are left out, and the
// reason says how to keep them as a line of a form that balances with
// them.
func TestDraftRealUnderVotesSaid(t *testing.T) {
	const name = "us-al-2020-autauga-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	guessed(t, m, `"Under Votes" is left out`, `declare a line "under"`, `line_values {"Under Votes": "under"}`)
	_, votes, lines := countReal(t, name, d)
	var all int64
	for _, v := range votes {
		all += v
	}
	if all != 9184 || lines[election.Invalid] != 14 {
		t.Errorf("votes %d, invalid %d; want 9184, 14", all, lines[election.Invalid])
	}
}

// New Jersey's General Assembly of 2015 (two seats a district, each
// party two candidates) and Louisiana's open primary of 2002 (every party
// on one ballot): a party column that splits the candidates is no party
// primary where nothing says primary. Drafted as primaries, each party
// elected its own.
func TestDraftRealNoPrimaryUnsaid(t *testing.T) {
	for _, tt := range []struct {
		name, precinct, okrug, okrugID string
		votes                          int64
		okrugs                         int
	}{
		{"us-nj-2015-assembly-ld1-ld2.csv", "municipality", "district", "", 144182, 2},
		{"us-la-2002-senate-t1-acadia.csv", "precinct", "", "u-s-senate", 2345, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := draftReal(t, tt.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			okrug := ""
			if m.Okrug != nil {
				okrug = m.Okrug.Header
			}
			if m.Precinct.Header != tt.precinct || okrug != tt.okrug || m.OkrugID != tt.okrugID || m.Ballot != "okrug" {
				t.Fatalf("precinct %v, okrug %q, okrug_id %q, ballot %q; want %s, %q, %q, okrug\n%s", m.Precinct, okrug, m.OkrugID, m.Ballot, tt.precinct, tt.okrug, tt.okrugID, strings.Join(m.Guesses, "\n"))
			}
			tab, votes, _ := countReal(t, tt.name, d)
			okrugs := map[string]bool{}
			for _, p := range tab.Precincts {
				okrugs[p.Okrug] = true
			}
			var all int64
			for _, v := range votes {
				all += v
			}
			if all != tt.votes || len(okrugs) != tt.okrugs {
				t.Errorf("votes %d, okrugs %v; want %d, %d", all, okrugs, tt.votes, tt.okrugs)
			}
		})
	}
}

// Rhode Island 2016 by town, every contest: the President's rows leave
// the district empty, so the precinct is the town; each contest's Total
// row is its valid votes, no choice.
func TestDraftRealRhodeIslandTowns(t *testing.T) {
	const name = "us-ri-2016-town-3towns.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.Precinct.Header != "county" || m.LineValues["Total"] != election.Valid || m.ChoiceValues["Total"] != "" {
		t.Fatalf("layout %q, precinct %v, line_values %v; want long, county, Total valid\n%s", m.Shape, m.Precinct, m.LineValues, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	var all int64
	for _, v := range votes {
		all += v
	}
	if len(tab.Protocols) != 3 || all != 27693 || lines[election.Valid] != 27693 || votes["hillary-clinton"] != 14482 {
		t.Errorf("%d protocols, votes %d, valid %d, Clinton %d; want 3, 27693, 27693, 14482", len(tab.Protocols), all, lines[election.Valid], votes["hillary-clinton"])
	}
}

// North Macedonia's polling stations (2019): each municipality's block of
// rows given twice by a scraper. Read twice, it was drafted long (the
// municipalities as choices); drafted as once, it is wide, a column per
// party, and the copies are said.
func TestDraftRealBlocksTwice(t *testing.T) {
	const name = "mk-2019-polling-twice.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.long() || m.Precinct.Header != "station_id" || m.Votes["vmro-dpmne"].Header != "VMRO-DPMNE" || m.Votes["sdsm"].Header != "SDSM" {
		t.Fatalf("layout %q, precinct %v, votes %v; want wide, station_id, VMRO-DPMNE and SDSM\n%s", m.Shape, m.Precinct, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, "125 rows copy an earlier row, cell for cell (the first at data row")
	tab, votes, _ := countReal(t, name, d)
	// Every copy is read (X207 in a count): twice each station's figures.
	once := map[string]bool{}
	for _, p := range tab.Protocols {
		once[p.Precinct] = true
	}
	if len(tab.Protocols) != 250 || len(once) != 125 || votes["vmro-dpmne"] != 2*22605 || votes["sdsm"] != 2*22260 {
		t.Errorf("%d protocols of %d stations, votes %v; want 250 of 125, VMRO-DPMNE 2×22605, SDSM 2×22260", len(tab.Protocols), len(once), votes)
	}
}

// Afghanistan: the presidential election of 2019 by district is one
// contest of the country, not one per district, and its "invalidated"
// column, beside "withdrawn", a candidate's status, no row filter; the
// Wolesi Jirga of 2018 is a ballot of candidates in each constituency.
func TestDraftRealAfghanCandidates(t *testing.T) {
	d, err := draftReal(t, "af-2019-pres-final-kabul-district.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Okrug != nil || m.OkrugID != "president" || m.Ballot != "okrug" || m.Rows != nil {
		t.Fatalf("okrug %v, okrug_id %q, ballot %q, rows %+v; want none, president, okrug, no filter\n%s", m.Okrug, m.OkrugID, m.Ballot, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	_, votes, _ := countReal(t, "af-2019-pres-final-kabul-district.csv", d)
	if votes["1038-4-12"] != 8746 || votes["1044-6-3"] != 4545 {
		t.Errorf("votes %v; want 1038-4-12 8746, 1044-6-3 4545", votes)
	}
	d, err = draftReal(t, "af-2018-wj-kapisa.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = readBack(t, d)
	if m.Okrug == nil || m.Okrug.Header != "constituency_code" || m.Ballot != "okrug" {
		t.Fatalf("okrug %v, ballot %q; want constituency_code, okrug\n%s", m.Okrug, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	_, votes, _ = countReal(t, "af-2018-wj-kapisa.csv", d)
	var all int64
	for _, v := range votes {
		all += v
	}
	if all != 38641 {
		t.Errorf("votes %d; want 38641", all)
	}
}
