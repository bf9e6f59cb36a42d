package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Montenegro's parliamentary election of 2023, the country's totals of
// the lists that won seats (one row): the list "Together! For the future
// that belongs to you" was drafted as the region ("belongs to", a word of
// a column that names a row's parent area), its 70,292 votes dropped, and
// "Votes cast" as the precinct. A list is a list, of any name; and a
// column of figures, named so, is no precinct beside a name.
func TestDraftRegionWordInAPartysName(t *testing.T) {
	for _, c := range []struct{ name, list, id string }{
		{"me-parl2023-national.csv", "Together! For the future that belongs to you", "together-for-the-future-that-bel"},
		// (The list's column renamed "belongs to" alone: a column of
		// figures, 70292, names no region either.)
		{"SYNTHETIC-EDITED-me-parl2023-belongsto.csv", "belongs to", "belongs-to"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Region != nil || m.Precinct.Header != "Constituency" || m.Votes[c.id].Header != c.list {
				t.Fatalf("region %v, precinct %v, votes %v; want no region, Constituency, %q\n%s", m.Region, m.Precinct, m.Votes, c.list, strings.Join(m.Guesses, "\n"))
			}
			guessed(t, m, `precinct: column 1 "Constituency": its text names each row once, and column 2 "Votes cast", the first column of numbers, is named as a figure`)
			_, votes, _ := countReal(t, c.name, d)
			if votes[c.id] != 70292 || votes["europe-now"] != 77206 {
				t.Errorf("votes %v; want %s 70292, europe-now 77206", votes, c.id)
			}
		})
	}
}

// A figure's column under no precinct's header, where no text names the
// rows, is the precinct as the first column of numbers: the guess says
// why, that a reader can tell a figure taken for it.
func TestDraftNumericPrecinctSaysWhy(t *testing.T) {
	d, err := DraftMapping(strings.NewReader("Votes cast,Valid votes,Invalid votes,Alpha,Beta\n305,300,5,200,100\n405,400,5,250,150\n"), "totals.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "Votes cast" {
		t.Skipf("precinct %v", m.Precinct)
	}
	guessed(t, m, `precinct: column 1 "Votes cast": no column is named like a precinct`)
}

// figureCells tells a column of figures from one of codes or names.
func TestFigureCells(t *testing.T) {
	for _, c := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"70292"}, true},
		{[]string{"70292", "1234"}, true},
		{[]string{"70292", "70292"}, false}, // a region's rows share it
		{[]string{"99", "1"}, false},        // small: a number of an area
		{[]string{"01001"}, false},          // a code, written with its zero
		{[]string{"Podgorica"}, false},
		{[]string{"", ""}, false},
	} {
		var rows [][]string
		for _, v := range c.cells {
			rows = append(rows, []string{v})
		}
		if got := figureCells(rows, 0); got != c.want {
			t.Errorf("figureCells(%q) = %v, want %v", c.cells, got, c.want)
		}
	}
}

// regionHeader reads "belongs to" as a header's whole words alone.
func TestRegionHeader(t *testing.T) {
	for h, want := range map[string]bool{
		"belongs to": true, "gehört zu": true, "region": true, "region name": true,
		"together! for the future that belongs to you": false,
	} {
		if got := regionHeader(h); got != want {
			t.Errorf("regionHeader(%q) = %v, want %v", h, got, want)
		}
	}
}

// Alberta's general election of 2023 by poll: the polls are numbered by
// name and ballot type in each electoral division, whose number,
// "sheet_num", repeats on its rows. Under the header "ed_2019" the draft
// named the rows by the division, the poll and the ballot type; under
// "District", "constituency", "Electoral Division" it took the district
// for the okrug (or said it not mapped) and drafted "sheet_num", 88 rows
// repeated, for the precinct. And "riding", "circonscription" (Canada's
// words for a single-member district) were not read as districts at all.
// (The header's first cell is renamed here; the rows are the file's.)
func TestDraftDistrictInThePrecinctsKey(t *testing.T) {
	b := string(readReal(t, "ca-ab2023-polls-cut.csv"))
	_, rows, _ := strings.Cut(b, "\n")
	for _, c := range []struct {
		header string
		okrug  bool // mapped as single-member districts
	}{
		{"ed_2019", false},
		{"District", false},
		{"electoral_district", false},
		{"constituency", true},
		{"Electoral Division", true},
		{"riding", true},
		{"circonscription", true},
		{"Circonscription électorale", true},
	} {
		t.Run(c.header, func(t *testing.T) {
			file := strings.Replace(b, "ed_2019,", `"`+c.header+`",`, 1)
			d, err := DraftMapping(strings.NewReader(file), "polls.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			key := `["` + c.header + `", "poll_name", "ballot_type"]`
			if m.Precinct.String() != key {
				t.Errorf("precinct %v, want %s\n%s", m.Precinct, key, strings.Join(m.Guesses, "\n"))
			}
			if c.okrug {
				if m.Okrug == nil || m.Okrug.Header != c.header || m.Ballot != "okrug" {
					t.Errorf("okrug %v, ballot %q; want %q, okrug", m.Okrug, m.Ballot, c.header)
				}
			} else {
				guessed(t, m, `column 1 "`+c.header+`" is not mapped: it names a district (5 in the file)`)
			}
			tab, err := ReadCSV(strings.NewReader(file), "polls.csv", m, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(rows, "\n"); len(tab.Protocols) != n {
				t.Errorf("%d protocols, want %d, one a row", len(tab.Protocols), n)
			}
		})
	}
}

// The Scottish Parliament's regional lists of 2016, a row per region
// headed "region": the draft mapped it as the precinct alone, and a
// count under "list": {"constituency": "region"} then found no region.
// The column is the region too.
func TestDraftRowPerRegionIsTheRegion(t *testing.T) {
	const name = "uk-sp2016-list-regions.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "region" || m.Region == nil || m.Region.Header != "region" {
		t.Fatalf("precinct %v, region %v; want region both\n%s", m.Precinct, m.Region, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `region: column 1 "region", the precinct's too`)
	tab, votes, _ := countReal(t, name, d)
	regions := map[string]bool{}
	for _, p := range tab.Precincts {
		regions[p.Region] = true
	}
	if len(regions) != 3 || !regions["Lothian"] || votes["snp"] != 111101+118546+120128 {
		t.Errorf("regions %v, SNP %d; want Glasgow, Lothian, Scotland Mid & Fife, 349775", regions, votes["snp"])
	}
}

// Colombia's plebiscito of 2016 by municipio (the Registraduría's
// pre-count): the draft took "Num_Personas_Habilitadas" (Spanish "Num_",
// the number of: the voters on the list) for the precinct's number, left
// out the municipio's name and "Num_Votos" (the ballots cast) as a code,
// and proposed no region beside "Names_depto".
func TestDraftSpanishNumberOf(t *testing.T) {
	const name = "co-plebiscito2016-mpios-amazonas.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "Names_mpio" || m.Region == nil || m.Region.Header != "Names_depto" ||
		m.Lines[election.Voters].Header != "Num_Personas_Habilitadas" || m.Lines[election.FoundStationary].Header != "Num_Votos" {
		t.Fatalf("precinct %v, region %v, lines %v; want Names_mpio, Names_depto, voters Num_Personas_Habilitadas, found_stationary Num_Votos\n%s", m.Precinct, m.Region, m.Lines, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	// (AMAZONAS: 44,795 voters on the list, SI 6,524, NO 4,994.)
	if len(tab.Protocols) != 11 || lines[election.Voters] != 44795 || votes["si"] != 6524 || votes["no"] != 4994 {
		t.Errorf("%d protocols, voters %d, votes %v; want 11, 44795, SI 6524, NO 4994", len(tab.Protocols), lines[election.Voters], votes)
	}
}

// Chile's constitutional plebiscite of 2022 by comuna (Servel's partial
// count): three comunas' region is "NA", R's missing value, which the
// draft's not_given reads as a figure not given: the count made a region
// named "NA", then refused the cell, so that the draft's own mapping did
// not count its file. The draft says so, and the count reads each such
// cell as an empty one: the three comunas in no region, counted, and a
// note naming their lines. The votes abroad, region "Extranjero", are
// abroad.
func TestDraftPlaceNotGivenAndAbroad(t *testing.T) {
	const name = "cl-plebiscito2022-parcial-na.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !slices.Contains(m.NotGiven, "NA") || m.Region == nil || m.Region.Header != "region" {
		t.Fatalf("not_given %q, region %v; want NA, region\n%s", m.NotGiven, m.Region, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `region: 3 cells of column 1 "region" say "NA", which not_given reads as a figure not given: a count reads each as an empty cell, the precinct's region not given`, `"ANTARTICA", "CABO DE HORNOS(EX-NAVARINO)", "PAIHUANO"`)
	if strings.Contains(strings.Join(m.Guesses, "\n"), "a count refuses such a cell") {
		t.Errorf("a guess says the count refuses the region:\n%s", strings.Join(m.Guesses, "\n"))
	}
	if m.Abroad == nil || m.Abroad.Header != "region" || !m.AbroadValues["Extranjero"] {
		t.Errorf("abroad %v %v; want region, Extranjero", m.Abroad, m.AbroadValues)
	}
	tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	abroad := 0
	var none []string
	for _, p := range tab.Precincts {
		if p.Abroad {
			abroad++
		} else if p.Region == "" {
			none = append(none, p.ID)
		}
		if p.Region == "NA" || p.Region == "Extranjero" {
			t.Errorf("precinct %s in region %q", p.ID, p.Region)
		}
	}
	if abroad != 3 || !slices.Equal(none, []string{"ANTARTICA", "CABO DE HORNOS(EX-NAVARINO)", "PAIHUANO"}) {
		t.Errorf("%d precincts abroad, %q in no region; want 3, the three comunas", abroad, none)
	}
	if tab.PlacesNotGiven != 3 || tab.PlacesNotGivenRows != 3 || !slices.Equal(tab.PlacesNotGivenLines, []int{4, 5, 6}) {
		t.Errorf("places not given %d in %d rows at %v; want 3 in 3 at lines 4, 5, 6", tab.PlacesNotGiven, tab.PlacesNotGivenRows, tab.PlacesNotGivenLines)
	}
	notes := strings.Join(EmptyNotes(name, m, tab.Counts), "\n")
	if !strings.Contains(notes, `3 region or okrug cells in 3 rows read "NA", a text of not_given (lines 4, 5, 6)`) {
		t.Errorf("notes %s; want the three region cells and their lines", notes)
	}
}

// A precinct's cell that is a text of not_given is refused, its key's
// parts too (a region's column among them): a precinct must be named. A
// region's or an okrug's cell so is read as an empty cell, the precinct's
// region or okrug not given, and counted for a note.
func TestNotGivenPlaceRefused(t *testing.T) {
	const file = "uik,region,okrug,a,b\n1,North,5,3,4\nNA,North,5,5,6\n"
	m := Mapping{Precinct: Column{Header: "uik"}, Region: &Column{Header: "region"}, Ballot: "list", NotGiven: []string{"NA"},
		Votes: map[string]Column{"a": {Header: "a"}, "b": {Header: "b"}}}
	_, err := ReadCSV(strings.NewReader(file), "f.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 3 || pe.Field != "precinct" {
		t.Fatalf("err %v; want a bad value at line 3, field precinct", err)
	}
	m.NotGiven = nil
	if _, err := ReadCSV(strings.NewReader(file), "f.csv", m, Options{}); err != nil {
		t.Errorf("without not_given: %v", err)
	}

	// A part of the precinct's key, the region's column too.
	keyed := m
	keyed.NotGiven = []string{"NA"}
	keyed.Precinct = Column{Columns: []Column{{Header: "region"}, {Header: "uik"}}}
	_, err = ReadCSV(strings.NewReader("uik,region,okrug,a,b\n1,North,5,3,4\n2,NA,5,5,6\n"), "f.csv", keyed, Options{})
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 3 || pe.Field != "region" || !strings.Contains(err.Error(), "write the row's precinct") {
		t.Errorf("err %v; want a bad value at line 3, field region, the precinct's", err)
	}

	// A region's and an okrug's cell: not given.
	placed := m
	placed.NotGiven = []string{"NA"}
	placed.Okrug = &Column{Header: "okrug"}
	var c Counts
	tab, err := ReadCSV(strings.NewReader("uik,region,okrug,a,b\n1,North,5,3,4\n2,NA,5,5,6\n3,South,NA,1,2\n4,NA,NA,1,1\n"), "f.csv", placed, Options{Counts: &c})
	if err != nil {
		t.Fatal(err)
	}
	want := []election.Precinct{{ID: "1", Region: "North", Okrug: "5"}, {ID: "2", Okrug: "5"}, {ID: "3", Region: "South"}, {ID: "4"}}
	if !slices.Equal(tab.Precincts, want) {
		t.Errorf("precincts %+v; want %+v", tab.Precincts, want)
	}
	if tab.PlacesNotGiven != 4 || tab.PlacesNotGivenRows != 3 || !slices.Equal(tab.PlacesNotGivenLines, []int{3, 4, 5}) || tab.NotGiven != 0 {
		t.Errorf("places not given %d in %d rows at %v, figures %d; want 4 in 3 rows at lines 3, 4, 5, no figure", tab.PlacesNotGiven, tab.PlacesNotGivenRows, tab.PlacesNotGivenLines, tab.NotGiven)
	}
	if c.PlacesNotGiven != 4 || c.PlacesNotGivenRows != 3 || !slices.Equal(c.PlacesNotGivenLines, []int{3, 4, 5}) {
		t.Errorf("counts %+v", c)
	}
	notes := EmptyNotes("f.csv", placed, c)
	if len(notes) != 2 || notes[1] != `f.csv: 4 region or okrug cells in 3 rows read "NA", a text of not_given (lines 3, 4, 5): each read as an empty cell is, the precinct's region or okrug not given, not a place named so.` {
		t.Errorf("notes %q", notes)
	}
	// A part of an okrug of two columns joined: left out, as an empty
	// one is.
	parts := placed
	parts.Okrug = &Column{Columns: []Column{{Header: "okrug"}, {Header: "b"}}, Join: true}
	parts.Votes = map[string]Column{"a": {Header: "a"}}
	two, err := ReadCSV(strings.NewReader("uik,region,okrug,a,b\n1,North,5,3,4\n2,North,NA,5,6\n3,North,,1,6\n"), "f.csv", parts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if two.Precincts[1].Okrug != two.Precincts[2].Okrug || two.Precincts[1].Okrug == "" || two.PlacesNotGiven != 1 {
		t.Errorf("okrugs %+v, places not given %d; want the NA part read as the empty one, 1", two.Precincts, two.PlacesNotGiven)
	}
	// Read in chunks alike.
	var cc Counts
	con, err := ReadCSV(strings.NewReader("uik,region,okrug,a,b\n1,North,5,3,4\n2,NA,5,5,6\n3,South,NA,1,2\n4,NA,NA,1,1\n"), "f.csv", placed, Options{Concurrent: true, chunkBytes: 16, Counts: &cc})
	if err != nil || !slices.Equal(con.Precincts, want) || cc.PlacesNotGiven != 4 || !slices.Equal(cc.PlacesNotGivenLines, []int{3, 4, 5}) {
		t.Errorf("in chunks: err %v, precincts %+v, counts %+v", err, con.Precincts, cc)
	}
}
