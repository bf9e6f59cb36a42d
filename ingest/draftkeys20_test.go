package ingest

import (
	"slices"
	"strings"
	"testing"
)

func TestDateCell(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"2023-04-30 16:48:39.136", true}, // Paraguay's TREP
		{"2022-01-01 00:00:05", true},     // a scrape's Timestamp
		{"2023-Nov-30", true},             // Elections Ontario's PollingDate
		{"2023-04-30", true},
		{"2023-04-30T16:48:39Z", true},
		{"2023-04-30T16:48:39+04:00", true},
		{"30/04/2023", true},
		{"04/30/2023", true},
		{"30.04.2023 16:48", true},
		{"30 Nov 2023", true},
		{"4/30/23 4:48 PM", true},
		{"16:48", true},
		{"16:48:39", true},
		{"", false},
		{"2023", false},
		{"20230430", false},   // digits alone: a code, or a figure
		{"4/30/23", false},    // a two-digit year without a time
		{"12/3", false},       // a pair of numbers
		{"5_17_0_501", false}, // Paraguay's local_electoral
		{"64.01", false},      // Georgia's precinct
		{"1.1.1", false},
		{"13/13/2023", false},
		{"2023-13-01", false},
		{"25:00", false},
		{"16:7", false},
		{"0001", false},
		{"Dakar", false},
	} {
		if got := dateCell(tc.v); got != tc.want {
			t.Errorf("dateCell(%q) = %v; want %v", tc.v, got, tc.want)
		}
	}
}

// draftKeys20 drafts a cut of testdata/ingest/real and reads it back.
func draftKeys20(t *testing.T, name string) Mapping {
	t.Helper()
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	return readBack(t, d)
}

func keys20Key(c Column) []string {
	if len(c.Columns) == 0 {
		return []string{c.Header}
	}
	var hs []string
	for _, p := range c.Columns {
		hs = append(hs, p.Header)
	}
	return hs
}

func keys20Said(m Mapping, parts ...string) bool {
	return slices.ContainsFunc(m.Guesses, func(g string) bool {
		for _, p := range parts {
			if !strings.Contains(g, p) {
				return false
			}
		}
		return true
	})
}

// Paraguay's TREP of 2023 by mesa: the transmission time named each row
// once and was drafted as the precinct and the region; the mesas are
// numbered anew in each polling place, so the precinct is both. The lists
// are the same in every mesa: no not_on_ballot.
func TestDraftTimestampNoKeyParaguay(t *testing.T) {
	for _, name := range []string{"py-trep2023-mesas.csv", "SYNTHETIC-EDITED-py-trep2023-mesa-retransmitted.csv"} {
		m := draftKeys20(t, name)
		if got := keys20Key(m.Precinct); !slices.Equal(got, []string{"local_electoral", "numero_mesa"}) {
			t.Errorf("%s: precinct %v; want local_electoral and numero_mesa\n%s", name, got, strings.Join(m.Guesses, "\n"))
		}
		if m.Region != nil || m.EmptyVotes != "" || !m.long() || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "numero_lista" || m.VotesColumn == nil || m.VotesColumn.Header != "total_votos" {
			t.Errorf("%s: region %v, empty_votes %q, long %v, choice %v, votes %v", name, m.Region, m.EmptyVotes, m.long(), m.ChoiceColumn, m.VotesColumn)
		}
		if !keys20Said(m, `"fecha_recepcion_trep" is not mapped: its cells are dates or times`) {
			t.Errorf("%s: the timestamp not said\n%s", name, strings.Join(m.Guesses, "\n"))
		}
	}
	m := draftKeys20(t, "SYNTHETIC-EDITED-py-trep2023-mesa-retransmitted.csv")
	if !keys20Said(m, "3 rows are copies of an earlier row, cell for cell (the first at data row 103), but for the dates or times of column 2") {
		t.Errorf("the mesa sent again not said\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// Senegal's 2019 scrape gives each department three times, a new
// Timestamp on each: the department is the precinct, the copies said.
func TestDraftTimestampNoKeySenegal(t *testing.T) {
	m := draftKeys20(t, "sn-pres2019-dept-timestamps.tsv")
	if m.Precinct.Header != "Department" || len(m.Votes) != 5 {
		t.Errorf("precinct %v, votes %v; want Department and 5 candidates\n%s", m.Precinct, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	if !keys20Said(m, "20 rows copy an earlier row, cell for cell (the first at data row 2), but for the dates or times of column 15", "X207") {
		t.Errorf("the copies not said\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// Papua New Guinea's by-election of 2021, one row per candidate and a
// column "Electorate" of one value: the electorate is the precinct and
// the okrug, the ballot the okrug's (the choices are candidates).
func TestDraftOneElectorate(t *testing.T) {
	m := draftKeys20(t, "SYNTHETIC-pg2021-moresby-nw-primary.csv")
	if m.Precinct.Header != "Electorate" || m.Okrug == nil || m.Okrug.Header != "Electorate" || m.Ballot != "okrug" || !m.long() {
		t.Errorf("precinct %v, okrug %v, ballot %q, long %v\n%s", m.Precinct, m.Okrug, m.Ballot, m.long(), strings.Join(m.Guesses, "\n"))
	}
}

// Fiji's national totals of 2018, one row: the text "Division" names the
// row, "Stations counted" is no precinct and no choice.
func TestDraftOneRowTextKey(t *testing.T) {
	m := draftKeys20(t, "SYNTHETIC-fj2018-national.csv")
	if m.Precinct.Header != "Division" {
		t.Errorf("precinct %v; want Division\n%s", m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	for id, c := range m.Votes {
		if c.Header == "Stations counted" {
			t.Errorf("votes.%s: Stations counted", id)
		}
	}
	if len(m.Votes) != 6 {
		t.Errorf("%d choices; want 6: %v", len(m.Votes), m.Votes)
	}
}

// Italy's Camera abroad by country: the same 8 lists in each country, so
// a list's row missing is no list that did not stand there.
func TestDraftListsEverywhereNotOnBallot(t *testing.T) {
	m := draftKeys20(t, "it-camera-estero-2022.csv")
	if m.EmptyVotes != "" || !keys20Said(m, "the same lists everywhere") {
		t.Errorf("empty_votes %q\n%s", m.EmptyVotes, strings.Join(m.Guesses, "\n"))
	}
}
