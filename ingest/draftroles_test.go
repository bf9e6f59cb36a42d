package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// The roles testers had to mend by hand in the drafts of real wide files:
// each file's lines, its choices (every column mapped under votes, no
// more), its precinct, and the columns that must be no choice.
func TestDraftRolesOfRealWideFiles(t *testing.T) {
	for _, c := range []struct {
		file      string
		lines     map[election.Line]string
		votes     []string // the headers of the choices, sorted
		precinct  []string // its column, or its columns together
		thousands string
		notVotes  []string // headers left out, with the guess that says why
	}{
		{
			file:     "mx-tlax-prescom-casilla.csv",
			lines:    map[election.Line]string{election.Voters: "lisnom", election.Invalid: "nul"},
			votes:    []string{"indep", "mc", "morena", "pac", "pan", "pes", "pna", "prd", "pri", "pri.pvem.ps", "ps", "pt", "pvem"},
			precinct: []string{"emm", "seccion", "casilla"},
			notVotes: []string{"ord", "inegi", "ife", "yr", "demn", "seccion", "efec", "nr", "tot"},
		},
		{
			file:     "at-nr19-wien-sprengel.csv",
			lines:    map[election.Line]string{election.Voters: "WBER", election.FoundStationary: "ABG.", election.Invalid: "UNG."},
			votes:    []string{"BIER", "FPOE", "GRUE", "JETZT", "KPOE", "NEOS", "OEVP", "SPOE", "WANDL"},
			precinct: []string{"DISTRICT_CODE", "SPR"},
			notVotes: []string{"BZ"},
		},
		{
			file:     "it-eu2024-comuni.csv",
			lines:    map[election.Line]string{election.Voters: "ele_t", election.FoundStationary: "vot_t", election.Valid: "tot_vot_lis"},
			precinct: []string{"codice"},
			notVotes: []string{"circ_sto", "reg_sto", "prov_sto", "comu_sto"},
		},
		{
			file:     "au-nsw2023-district-summary.csv",
			lines:    map[election.Line]string{election.Voters: "enrolment", election.Valid: "formal_votes", election.Invalid: "informal_votes", election.FoundStationary: "total_votes"},
			precinct: []string{"district"},
			notVotes: []string{"primary_leader_votes", "winner_final_votes", "runner_up_final_votes", "winner_transfer_gain"},
		},
		{
			file:     "at-lt23-salzburg-shares.csv",
			lines:    map[election.Line]string{election.Voters: "ELEC"},
			precinct: []string{"WAHLBEZIRK"},
		},
		{
			file:     "ar-paso2017-cba-mesas.csv",
			lines:    map[election.Line]string{election.Voters: "mesElectores", election.Valid: "mesVotosValidos", election.Invalid: "mesVotosNulos", election.FoundStationary: "mesTotalVotantes"},
			precinct: []string{"mesCodigoMesa"},
			notVotes: []string{"mesVotosPositivos", "mesVotosRecurridos", "mesVotosImpugnados"},
		},
		{
			file:      "mk-pres2019-runoff-munic.csv",
			votes:     []string{"SDSM", "VMRO-DPMNE"},
			precinct:  []string{"municipality_id"},
			thousands: ".",
		},
		{
			file:     "au-vic2022-district-primaries.csv",
			lines:    map[election.Line]string{election.Valid: "formal_votes"},
			precinct: []string{"district_name"},
		},
	} {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			if d.Ballots != nil {
				t.Fatalf("drafted as a cast-vote record")
			}
			m := readBack(t, d)
			all := strings.Join(m.Guesses, "\n")
			for l, h := range c.lines {
				if m.Lines[l].Header != h {
					t.Errorf("lines.%s is %+v, want %q\n%s", l, m.Lines[l], h, all)
				}
			}
			var votes []string
			for _, v := range m.Votes {
				votes = append(votes, v.Header)
			}
			slices.Sort(votes)
			if !slices.Equal(votes, c.votes) {
				t.Errorf("votes %q, want %q\n%s", votes, c.votes, all)
			}
			precinct := []string{m.Precinct.Header}
			if len(m.Precinct.Columns) > 0 {
				precinct = nil
				for _, p := range m.Precinct.Columns {
					precinct = append(precinct, p.Header)
				}
			}
			if !slices.Equal(precinct, c.precinct) {
				t.Errorf("precinct %q, want %q\n%s", precinct, c.precinct, all)
			}
			if m.Thousands != c.thousands {
				t.Errorf("thousands %q, want %q", m.Thousands, c.thousands)
			}
			for _, h := range c.notVotes {
				said := slices.ContainsFunc(m.Guesses, func(g string) bool {
					return strings.Contains(g, `"`+h+`"`) && strings.Contains(g, "not mapped")
				})
				if !said && !slices.Contains(precinct, h) {
					t.Errorf("no guess says why column %q is no choice\n%s", h, all)
				}
			}
			if c.file == "mk-pres2019-runoff-munic.csv" {
				guessed(t, m, `thousands: ".": `, `("84" beside "19.261")`)
			}
			if c.file == "au-vic2022-district-primaries.csv" && !m.long() {
				t.Errorf("the draft is not long; want a row per candidate")
			}
		})
	}
}

// The tested files count: Vienna's lists add up to the valid ballots,
// the ballots cast less the invalid ones; Macedonia's candidates get the
// votes with their dots read as groups of thousands.
func TestDraftRolesCount(t *testing.T) {
	d, err := draftReal(t, "at-nr19-wien-sprengel.csv")
	if err != nil {
		t.Fatal(err)
	}
	tab, votes, lines := countReal(t, "at-nr19-wien-sprengel.csv", d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if len(tab.Protocols) != 113 || sum != lines[election.FoundStationary]-lines[election.Invalid] {
		t.Errorf("%d protocols, lists' votes %d, cast %d, invalid %d; want 113, cast less invalid", len(tab.Protocols), sum, lines[election.FoundStationary], lines[election.Invalid])
	}
	// Tlaxcala's 62 casillas, each named once, in the municipalities of
	// "mun".
	if d, err = draftReal(t, "mx-tlax-prescom-casilla.csv"); err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Region == nil || d.Mapping.Region.Header != "mun" {
		t.Errorf("region %+v, want mun", d.Mapping.Region)
	}
	if tab, _, _ := countReal(t, "mx-tlax-prescom-casilla.csv", d); len(tab.Protocols) != 62 {
		t.Errorf("%d protocols, want 62", len(tab.Protocols))
	}
	if d, err = draftReal(t, "mk-pres2019-runoff-munic.csv"); err != nil {
		t.Fatal(err)
	}
	// (SDSM's 435,656 is Pendarovski's official figure.)
	if _, votes, _ := countReal(t, "mk-pres2019-runoff-munic.csv", d); votes["sdsm"] != 435656 {
		t.Errorf("votes %v, want sdsm 435656", votes)
	}
}

// Headers that are protocol line numbers ("1" to "20"), one of them the
// sum of others: no line and no choice is proposed for them, the draft
// says why, and it still says the sum.
func TestDraftRolesBareNumbers(t *testing.T) {
	_, err := draftReal(t, "ru-pres2018-uik-golos.csv")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) {
		t.Fatalf("err %v, want the draft's ErrMapping: nothing left to propose", err)
	}
	for _, s := range []string{`column 17 "10" is not mapped: on every row it is the sum of columns 18`, `their headers are bare numbers`} {
		if !strings.Contains(pe.Err.Error(), s) {
			t.Errorf("the error does not say %q: %v", s, err)
		}
	}
}

// A file of floats' figures is read with a header of one row, and its
// error names the first cell written so, by line and column.
func TestDraftRolesFloatCells(t *testing.T) {
	_, err := draftReal(t, "lk2015-pres-colombo.tsv")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) {
		t.Fatalf("err %v, want ErrNotNumber", err)
	}
	if pe.Line != 2 || pe.Column != 2 || pe.Field != "valid" {
		t.Errorf("at line %d column %d field %q, want line 2 column 2 \"valid\": %v", pe.Line, pe.Column, pe.Field, err)
	}
}

// fileWord is the word every header starts with, and none where one
// header lacks it or stands alone.
func TestFileWord(t *testing.T) {
	for _, c := range []struct {
		header []string
		want   string
	}{
		{[]string{"", "mes_proCodigo", "mesCodigoMesa", "mesElectores", "mesVotosNulos"}, "mes"},
		{[]string{"mesa", "mesCodigo", "mesElectores", "mesNulos"}, ""},
		{[]string{"mesA", "mesB", "mesC"}, ""},
		{[]string{"vot_m", "vot_f", "ele_t", "vot_t"}, ""},
	} {
		if got := fileWord(c.header); got != c.want {
			t.Errorf("fileWord(%q) = %q, want %q", c.header, got, c.want)
		}
	}
}

// TestNamedFigureNotACode: a header that adds a code's or a year's word
// to another's ("municipality_id", "population_grid_year") is no figure
// of whoever that column names; "primary_leader_votes" is.
func TestNamedFigureNotACode(t *testing.T) {
	header := []string{"municipality", "municipality_id", "population", "population_grid_year", "primary_leader", "primary_leader_votes"}
	numeric := []bool{false, true, false, true, false, true}
	nonEmpty := []int{5, 5, 5, 5, 5, 5}
	for i, want := range map[int]int{1: -1, 3: -1, 5: 4} {
		if got := namedFigure(header, numeric, nonEmpty, i); got != want {
			t.Errorf("namedFigure(%q) = %d, want %d", header[i], got, want)
		}
	}
}
