package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Codes among the columns of figures are keys, never choices: Venezuela's
// centre code, zero-padded ("010101001"), would win with a billion votes,
// and the Philippines' PSGC codes (1400000000) would each take tens of
// billions; the municipality's code, one per row, names the precinct
// where its name repeats ("La Paz" in Abra and in Agusan del Sur).
func TestDraftMappingCodesAreKeys(t *testing.T) {
	cases := []struct {
		file     string
		precinct string
		codes    []string
		choice   string
	}{
		{"ve-pres2024-actas.csv", "Acta", []string{"Codcv"}, "Maduro"},
		{"ph-senate2022-mun.csv", "adm3_psgc", []string{"adm3_psgc", "adm2_psgc", "adm1_psgc"}, "marcos_imee"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Precinct.Header != c.precinct {
				t.Errorf("precinct %+v, want %q", m.Precinct, c.precinct)
			}
			headers := map[string]bool{}
			for _, col := range m.Votes {
				headers[col.Header] = true
			}
			for _, code := range c.codes {
				if headers[code] {
					t.Errorf("code column %q drafted as a choice", code)
				}
			}
			if !headers[c.choice] {
				t.Errorf("choice %q not drafted: %v", c.choice, m.Votes)
			}
		})
	}
}

// Totals and other counts are lines, never choices: Madrid's "Censo
// Total" is the voters and "Votos Totales" the ballots cast, its
// certificates and "Votos Interventores" parts of them, its "Votos
// Blancos" blank votes (valid ones in Spain) left to the user; Sri
// Lanka's "electors" and Malawi's "reg" are the registered voters.
func TestDraftMappingCountsAreLines(t *testing.T) {
	cases := []struct {
		file  string
		lines map[election.Line]string
		not   []string
	}{
		{"es-madrid2021-mesas.csv", map[election.Line]string{election.Voters: "Censo Total", election.FoundStationary: "Votos Totales", election.Invalid: "Votos Nulos"},
			[]string{"Censo", "Certif. Alta", "Certif. Correc.", "Votos Electores", "Votos Interventores", "Votos Totales", "Votos Blancos", "Codmun"}},
		{"lk-pres2019-pd.tsv", map[election.Line]string{election.Voters: "electors", election.Invalid: "rejected"}, []string{"electors", "polled"}},
		{"mw-turnout-1994-1999.csv", map[election.Line]string{election.Voters: "reg"}, []string{"reg", "total"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			for l, h := range c.lines {
				if m.Lines[l].Header != h {
					t.Errorf("lines.%s = %+v, want %q", l, m.Lines[l], h)
				}
			}
			for id, col := range m.Votes {
				if slices.Contains(c.not, col.Header) {
					t.Errorf("votes.%s: %q drafted as a choice", id, col.Header)
				}
			}
		})
	}
}

// A long file's blank ballots are the invalid line, never a candidate
// (Massachusetts' "Blank"), and a measure's No answer is a choice, never
// the invalid ballots: Washington's "Rejected" beside "Approved", drafted
// as invalid, left "Approved" with every vote.
func TestDraftMappingBlankAndNoAnswers(t *testing.T) {
	cases := []struct {
		file    string
		choices map[string]bool // the cell texts drafted as choices
		lines   map[string]election.Line
	}{
		{"us-ma2016-belmont-pres.csv", map[string]bool{"CLINTON & KAINE": true, "Blank": false}, map[string]election.Line{"Blank": election.Invalid}},
		{"us-wa2017-vashon-bond.csv", map[string]bool{"Approved": true, "Rejected": true}, map[string]election.Line{"Registered Voters": election.Voters}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			for v, want := range c.choices {
				if _, got := m.ChoiceValues[v]; got != want {
					t.Errorf("%q a choice: %v, want %v (choice_values %v)", v, got, want, m.ChoiceValues)
				}
			}
			for v, l := range c.lines {
				if m.LineValues[v] != l {
					t.Errorf("line_values[%q] = %q, want %q", v, m.LineValues[v], l)
				}
			}
		})
	}
}

// Long files whose protocol's lines repeat on every row: the votes
// column is the one that varies within a protocol (Honduras's
// "cant_votos", not the table's valid votes "cant_votos_positivos"), its
// "Votos NULOS" rows the invalid (the choices named by
// descripcion_candidatura beside their codes: draftlongcode_test.go); OneGov's entity_* lines beside candidate_votes
// and Nepal's Age, Rank and SerialNo beside TotalVotesReceived leave the
// file long.
func TestDraftMappingLongBesideLines(t *testing.T) {
	cases := []struct {
		file, precinct, choice, votes string
		lines                         map[string]election.Line
	}{
		{"hn-pres2021-jrv.csv", "id_ubicacion", "descripcion_candidatura", "cant_votos", map[string]election.Line{"Votos NULOS": election.Invalid}},
		{"ch-sg-kreisgericht2022.csv", "entity_id", "candidate_family_name", "candidate_votes", nil},
		{"np-local2017-kalika-wardchair.csv", "WardNo", "CandidateName", "TotalVotesReceived", nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Shape != "long" || m.Precinct.Header != c.precinct || m.ChoiceColumn == nil || m.ChoiceColumn.Header != c.choice || m.VotesColumn == nil || m.VotesColumn.Header != c.votes {
				t.Fatalf("layout %q, precinct %+v, choice %+v, votes %+v; want long, %q, %q, %q", m.Shape, m.Precinct, m.ChoiceColumn, m.VotesColumn, c.precinct, c.choice, c.votes)
			}
			for v, l := range c.lines {
				if m.LineValues[v] != l {
					t.Errorf("line_values[%q] = %q, want %q", v, m.LineValues[v], l)
				}
			}
		})
	}
}

// Figures written with commas between groups of thousands ("136,163",
// Madrid's municipalities; Zambia's "Votes" beside a plain "votes") are
// read so: the draft proposes "thousands": ",", and drafts the rest, Zambia
// long, each constituency its own okrug.
func TestDraftMappingProposesThousands(t *testing.T) {
	d, err := draftReal(t, "es-madrid2021-municipios.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Thousands != "," || m.Lines[election.Voters].Header != "Censo Total" || m.Votes["pp"].Header != "PP" {
		t.Errorf("thousands %q, voters %+v, votes %v", m.Thousands, m.Lines[election.Voters], m.Votes)
	}
	for id, c := range m.Votes {
		if c.Header == "Codmun" || c.Header == "Codcir" {
			t.Errorf("votes.%s: the code %q drafted as a choice", id, c.Header)
		}
	}
	d, err = draftReal(t, "zm-na2016-byconstit.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = readBack(t, d)
	if m.Thousands != "," || m.Shape != "long" || m.Precinct.Header != "constituency" || m.Okrug == nil || m.Okrug.Header != "constituency" || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "candidate" {
		t.Errorf("thousands %q, layout %q, precinct %+v, okrug %+v, choice %+v", m.Thousands, m.Shape, m.Precinct, m.Okrug, m.ChoiceColumn)
	}
}

// A precinct is an area, never a figure, a year or a choice: Malawi's
// turnout names each district ("dk") once in a year and an election
// type, its "year" (1994, 1999) is another election, kept as a row
// filter, and its "total" beside the registered voters the ballots cast;
// Denmark's list letter and candidate name each row once with the
// afstemningsområde, but they name the choices, and the area is no
// region as well.
func TestDraftMappingPrecinctIsAnArea(t *testing.T) {
	d, err := draftReal(t, "mw-turnout-1994-1999.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "dk" || m.Lines[election.FoundStationary].Header != "total" || m.Rows == nil ||
		!slices.ContainsFunc(m.Rows.Where, func(c Condition) bool { return c.Column.Header == "year" && slices.Equal(c.Values, []string{"1999"}) }) {
		t.Errorf("precinct %+v, found %+v, rows %+v", m.Precinct, m.Lines[election.FoundStationary], m.Rows)
	}
	// (Denmark's lists give their votes in several rows of an area, which
	// the draft sums: TestDraftChoiceRowsDenmark.)
	d, err = draftReal(t, "dk-kv2021-fanoe.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := readBack(t, d); m.Precinct.Header != "Afstemningsområde" || len(m.Precinct.Columns) > 0 || m.Region != nil {
		t.Errorf("precinct %+v, region %+v; want the area alone, no region", m.Precinct, m.Region)
	}
}

// A file with no figures at all (Nigeria's IReV list of polling units and
// their result sheets' addresses) is refused as such, not as a mapping
// that maps nothing.
func TestDraftMappingNoFigures(t *testing.T) {
	_, err := draftReal(t, "ng-irev2023-eziama-pu.csv")
	var pe *ParseError
	if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Line != 1 || !strings.Contains(err.Error(), "no column of figures") {
		t.Errorf("err %v, want ErrMapping at line 1 saying the file has no column of figures", err)
	}
}

// Sri Lanka's district row (EC-03) comes before its polling divisions
// (EC-03A ...), whose sum it is: a row filter leaves it out, in a guess.
func TestDraftMappingPrefixTotals(t *testing.T) {
	d, err := draftReal(t, "lk-pres2019-pd.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows == nil || !slices.ContainsFunc(m.Rows.Where, func(c Condition) bool {
		return c.Column.Header == "entity_id" && slices.Equal(c.Except, []string{"EC-03"})
	}) {
		t.Errorf("rows %+v, want EC-03 left out", m.Rows)
	}
	tab, _, lines := countReal(t, "lk-pres2019-pd.tsv", d)
	if len(tab.Protocols) != 9 || lines[election.Valid] != 811763 {
		t.Errorf("%d protocols, valid %d; want the 9 divisions, 811763 (the district's)", len(tab.Protocols), lines[election.Valid])
	}
}
