package ingest

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// Puerto Rico's governors by municipality, 1948 and 1952 in one file
// under "year_data" (not "year"): the draft took the year for the
// precinct, or the year and the municipality together, and a count
// summed two elections (the PPD's 133,177 = 64,604 of 1948 + 68,573 of
// 1952) with no finding. A column of years, by its header's words or by
// its values, keeps the rows of one year.
func TestDraftYearColumnByWordsAndValues(t *testing.T) {
	raw, err := os.ReadFile("../testdata/ingest/real/SYNTHETIC-EDITED-pr-gob1948-1952-en-yd.csv")
	if err != nil {
		t.Fatal(err)
	}
	header, body, _ := strings.Cut(string(raw), "\n")
	for _, year := range []string{"year_data", "anio", "eleccion", "cycle"} {
		t.Run(year, func(t *testing.T) {
			in := strings.Replace(header, "year_data", year, 1) + "\n" + body
			d, err := DraftMapping(strings.NewReader(in), "pr.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != year || !slices.Equal(m.Rows.Where[0].Values, []string{"1952"}) {
				t.Fatalf("rows %+v, want %s = 1952\n%s", m.Rows, year, strings.Join(m.Guesses, "\n"))
			}
			if m.Precinct.Header != "municipality" || len(m.Precinct.Columns) > 0 {
				t.Errorf("precinct %+v, want municipality alone", m.Precinct)
			}
			tab, err := ReadCSV(strings.NewReader(in), "pr.csv", m, Options{})
			if err != nil {
				t.Fatal(err)
			}
			votes := map[string]int64{}
			for _, p := range tab.Protocols {
				for id, v := range p.Votes {
					votes[id] += v
				}
			}
			if len(tab.Protocols) != 12 || votes["partido-popular-democratico"] != 68573 || votes["partido-estadista-puertorriqueno"] != 11743 {
				t.Errorf("%d protocols, votes %v; want 12, the PPD 68573 and the PEP 11743 of 1952 alone", len(tab.Protocols), votes)
			}
		})
	}
}

// Numbers of precincts that read as years (2001, 2002, 2003) under a
// header that names nothing: no run of years that follow each other is
// taken for elections.
func TestDraftYearColumnNotARun(t *testing.T) {
	in := "unit,party,votes\n"
	for _, u := range []string{"2001", "2002", "2003"} {
		for _, p := range []string{"Red", "Blue"} {
			in += u + "," + p + ",1" + u[3:] + "\n"
		}
	}
	d, err := DraftMapping(strings.NewReader(in), "units.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Rows != nil {
		t.Errorf("rows %+v: the units taken for years\n%s", d.Mapping.Rows, strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// The real header, "municipios", and the source's cell "1e3" (R's
// scientific notation for 1000): the draft took the column of votes for
// the precinct ("found no column that reads as a protocol line"). It reads
// it as figures, names the cell, and keeps the rows of 1952; the count
// refuses the cell with the same hint.
func TestDraftScientificNotationCell(t *testing.T) {
	const name = "pr-gob1948-1952-cut.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	guessed(t, m, `column 4 "votos" holds whole numbers but for the cell "1e3" at line 49 (pr-gob1948-1952-cut.csv:49:4: 1e3 looks like scientific notation: write 1000)`)
	if m.Precinct.Header != "municipios" || m.VotesColumn == nil || m.VotesColumn.Header != "votos" || m.Rows == nil || m.Rows.Where[0].Column.Header != "year_data" {
		t.Fatalf("precinct %+v, votes_column %+v, rows %+v\n%s", m.Precinct, m.VotesColumn, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	_, err = ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) || pe.Line != 49 || pe.Column != 4 || !strings.Contains(err.Error(), "(1e3 looks like scientific notation: write 1000)") {
		t.Errorf("count: %v; want ErrNotNumber at 49:4 with the hint", err)
	}
}

func TestSciWhole(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1e3", "1000"}, {"1E3", "1000"}, {"1e+05", "100000"}, {"2.5e4", "25000"}, {"1.25e2", "125"}, {"1.50e1", "15"},
		{"0e0", "0"}, {"1e0", "1"},
		{"1.5e0", ""}, {"1e-3", ""}, {"e3", ""}, {"1e", ""}, {"1e3x", ""}, {"12a", ""}, {"1e999", ""}, {"9e18", ""}, {"-1e3", ""},
	} {
		if got := sciWhole(c.in); got != c.want {
			t.Errorf("sciWhole(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A long file whose precinct numbers repeat in each municipality: the
// municipalities' column, in the singular or the plural, in English or
// Spanish, names the precinct with the number.
func TestDraftAreaPlurals(t *testing.T) {
	for _, h := range []string{"municipality", "municipalities", "municipio", "municipios", "towns", "comunas", "localidades"} {
		in := "precinct," + h + ",party,votes\n1,Adjuntas,A,10\n1,Adjuntas,B,5\n2,Adjuntas,A,7\n2,Adjuntas,B,8\n1,Aguadilla,A,3\n1,Aguadilla,B,4\n2,Aguadilla,A,9\n2,Aguadilla,B,1\n"
		d, err := DraftMapping(strings.NewReader(in), "t.csv")
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Mapping.Precinct.Columns; len(got) != 2 || got[1].Header != h {
			t.Errorf("%s: precinct %+v, want precinct and %s together", h, d.Mapping.Precinct, h)
		}
	}
}

// Puerto Rico's 2020 file names its candidates under "name" ("Pedro
// Pierluisi (PNP)"): the draft said "ballot": "list". A column whose
// cells name persons is a candidates' race.
func TestDraftPersonsAreCandidates(t *testing.T) {
	const name = "pr-2020-general-municipal-cut.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Ballot != "okrug" || m.OkrugID != "pr-2020-general-municipal-cut" {
		t.Fatalf("ballot %q, okrug_id %q; want okrug\n%s", m.Ballot, m.OkrugID, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `column 1 "name" names persons ("Alexandra Lúgaro (MVC)"), so the choices are candidates`)
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Carlos (Charlie) Delgado Altieri (PPD)", true}, {"Eliezer Molina Pérez (Ind.)", true}, {"Juan Dalmau Ramírez (PIP)", true},
		{"Smith, John", true}, {"O'Neill, Mary-Ann", true},
		{"Partido Nuevo Progresista (PNP)", false}, {"Liberal Democrats", false}, {"Pedro Pierluisi", false}, {"PNP", false},
		{"Green Party (GP)", false}, {"Yes", false},
	} {
		if got := personName(c.in); got != c.want {
			t.Errorf("personName(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// Hong Kong's LegCo election of 2012 by list and geographical
// constituency: the draft took the list's number for the precinct and
// the constituency for the choice ("gc,list_no,votes,seats_published"),
// or "list" for the precinct ("constituency,list,votes,seats"). The list
// is the choice, joined with the constituency (numbered from 1 in each),
// the constituency the precinct and the region, and the seats are left
// out as a published result.
func TestDraftListByConstituency(t *testing.T) {
	for _, c := range []struct{ name, area, list, seats string }{
		{"hk-lc2012-gc.csv", "gc", "list_no", "seats_published"},
		{"SYNTHETIC-EDITED-hk-lc2012-gc-named.csv", "constituency", "list", "seats"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			g := strings.Join(m.Guesses, "\n")
			if !m.long() || m.ChoiceColumn == nil || !m.ChoiceColumn.Join || len(m.ChoiceColumn.Columns) != 2 || m.ChoiceColumn.Columns[0].Header != c.area || m.ChoiceColumn.Columns[1].Header != c.list || m.Precinct.Header != c.area || m.Region == nil || m.Region.Header != c.area || m.Okrug != nil ||
				m.Ballot != "list" || m.EmptyVotes != EmptyVotesNotOnBallot {
				t.Fatalf("choice %+v, precinct %+v, region %+v, okrug %+v, ballot %q, empty_votes %q\n%s", m.ChoiceColumn, m.Precinct, m.Region, m.Okrug, m.Ballot, m.EmptyVotes, g)
			}
			guessed(t, m, `column 4 "`+c.seats+`" is not mapped: it counts seats won, not a choice's votes: a published result, which shailoo verify --published checks`)
			tab, votes, _ := countReal(t, c.name, d)
			var sum int64
			for _, v := range votes {
				sum += v
			}
			if len(tab.Protocols) != 5 || sum != 1810984 {
				t.Errorf("%d protocols, %d votes; want 5 constituencies, 1810984", len(tab.Protocols), sum)
			}
		})
	}
	for _, c := range []struct {
		h    string
		want bool
	}{
		{"list no", true}, {"list", true}, {"lista", true}, {"список", true}, {"list number", true}, {"lista nr", true},
		{"lista nominal", false}, {"list of voters", false}, {"voter list", false}, {"listed", false},
	} {
		if got := listHeader(c.h); got != c.want {
			t.Errorf("listHeader(%q) = %v, want %v", c.h, got, c.want)
		}
	}
}
