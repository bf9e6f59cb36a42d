package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Indonesia's SIREKAP scrape heads its columns as pandas numbers them:
// "0" over the TPS, "1", "2", "3" over the candidate pairs' votes. The
// text column that names every row but two ("TPS 001", ...; two rows of
// "0") is the precinct, never candidate 01's votes, which stay a
// choice: the draft counts all of the Total column's votes.
func TestDraftMappingTPS(t *testing.T) {
	d, err := draftReal(t, "id-pilpres2024-karadenan.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "0" {
		t.Errorf("precinct %+v, want column \"0\" (the TPS)", m.Precinct)
	}
	_, votes, _ := countReal(t, "id-pilpres2024-karadenan.csv", d)
	want := map[string]int64{"1": 3076, "2": 3620, "3": 453}
	var sum int64
	for id, v := range want {
		if votes[id] != v {
			t.Errorf("votes[%s] = %d, want %d", id, votes[id], v)
		}
		sum += votes[id]
	}
	if sum != 7149 {
		t.Errorf("the draft counts %d votes, the Total column 7149", sum)
	}
}

// The Czech Statistical Office's okrsky file gives a protocol's lines
// alone, abbreviated (VOL_SEZNAM, VYD_OBALKY, ODEVZ_OBAL, PL_HL_CELK):
// they are lines, and its codes and flags (OPRAVA, CHYBA, the check
// numbers KC_1 and KC_2, the 60-digit ZAKRSTRANA) are no choices, nor a
// long file's choice column; OKRES is the region.
func TestDraftMappingCzechOkrsky(t *testing.T) {
	d, err := draftReal(t, "cz-ps-pst4-okrsky.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Shape != "" || len(m.Votes) != 0 {
		t.Errorf("layout %q, votes %v: want a wide file of lines alone", m.Shape, m.Votes)
	}
	if m.Region == nil || m.Region.Header != "OKRES" {
		t.Errorf("region %v, want OKRES", m.Region)
	}
	_, _, lines := countReal(t, "cz-ps-pst4-okrsky.csv", d)
	want := map[election.Line]int64{election.Voters: 17460, election.IssuedInRoom: 10289, election.FoundStationary: 10284, election.Valid: 10243}
	for l, v := range want {
		if lines[l] != v {
			t.Errorf("lines[%s] = %d, want %d", l, lines[l], v)
		}
	}
}

// India's Form 20 numbers its polling stations "Serial Poll": the
// precinct. Tendered votes are no choice; the votes "cast in favour of"
// the elected person are a choice's, no valid votes line. The whole file's TOTAL row is
// left out by the row filter the draft proposes.
func TestDraftMappingForm20(t *testing.T) {
	for _, name := range []string{"in-mh2024-ac102-badnapur.csv", "in-mh2024-ac102-full.csv"} {
		t.Run(name, func(t *testing.T) {
			d, err := draftReal(t, name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Precinct.Header != "Serial Poll" {
				t.Errorf("precinct %+v, want \"Serial Poll\"", m.Precinct)
			}
			for id, c := range m.Votes {
				if c.Header == "No. of Tendered Votes" {
					t.Errorf("votes.%s: the tendered votes, no choice", id)
				}
			}
			if m.Votes["elected-person"].Header != "No. of Valid Votes Cast in Favour of Elected Person" {
				t.Errorf("votes %v: want the votes cast in favour of the elected person a choice", m.Votes)
			}
			tab, _, _ := countReal(t, name, d)
			if name == "in-mh2024-ac102-full.csv" {
				if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Except[0] != "TOTAL" {
					t.Errorf("rows %+v, want the TOTAL row left out", m.Rows)
				}
				if len(tab.Protocols) != 366 {
					t.Errorf("%d protocols, want the 366 stations", len(tab.Protocols))
				}
			}
		})
	}
}

// The AEC's House results by polling place, long: a candidate's surname
// names the choice (a party's name, "Independent", may name two), the
// "Informal" row is the invalid ballots, and the division each row names
// is the okrug of a ballot of its own candidates.
func TestDraftMappingAECHouse(t *testing.T) {
	d, err := draftReal(t, "au-hor2016-nsw-banks-pp.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.ChoiceColumn == nil || m.ChoiceColumn.Header != "Surname" || m.LineValues["Informal"] != election.Invalid {
		t.Errorf("choice column %v, line values %v: want Surname, Informal the invalid ballots", m.ChoiceColumn, m.LineValues)
	}
	if m.Okrug == nil || m.Okrug.Header != "DivisionNm" || m.Ballot != string(election.OkrugBallot) {
		t.Errorf("okrug %v, ballot %q: want DivisionNm, okrug", m.Okrug, m.Ballot)
	}
	_, votes, lines := countReal(t, "au-hor2016-nsw-banks-pp.csv", d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if sum != 16888 || lines[election.Invalid] != 1522 {
		t.Errorf("%d votes, %d invalid; want 16888 and 1522", sum, lines[election.Invalid])
	}
}

// Colombia's tables by localidad are transposed, their labels under an
// empty header (pandas' index). The protocol lines are drafted so,
// the label column and the header row named by number; "Total
// Votantes*Validos+Nulos+No Marcados*" is those who voted, not the null
// ballots its words name, and the null and the unmarked ballots are the
// invalid ones, their sum. The valid votes are given for each of the
// Senate's two circumscriptions, a voter's ballot in one of them: the
// draft maps their sum, which with the invalid ballots is those who voted
// on every row (the indigenous one's alone, 86,804, was drafted). The
// parties' table, whose labels are no lines, is an error that says how to
// map it transposed.
func TestDraftMappingColombiaTransposed(t *testing.T) {
	d, err := draftReal(t, "co-sen2018-bogota-participacion.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Shape != "transposed" || m.LabelColumn == nil || m.LabelColumn.Index != 1 || m.Precinct.Index != 1 {
		t.Errorf("layout %q, label column %v, precinct %v: want transposed, both column 1", m.Shape, m.LabelColumn, m.Precinct)
	}
	_, _, lines := countReal(t, "co-sen2018-bogota-participacion.csv", d)
	want := map[election.Line]int64{election.Voters: 5445315, election.FoundStationary: 2630898, election.Invalid: 144900 + 51176, election.Valid: 86804 + 2348018}
	for l, v := range want {
		if lines[l] != v {
			t.Errorf("lines[%s] = %d, want %d", l, lines[l], v)
		}
	}
	_, err = draftReal(t, "co-sen2018-bogota-nacional.csv")
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), `"layout": "transposed", "label_column": {"column": 1}`) {
		t.Errorf("err %v, want one that says how to map the file transposed", err)
	}
}

// A file without a header row (the UK's 2010 candidates: id, name,
// party, votes, constituency) is drafted with "no_header": true, each
// column by its number: the candidates' names are the choices of their
// constituency's ballot, never the precinct, and the IDs no votes; the
// draft counts the cut's 44,293 votes.
func TestDraftMappingNoHeaderCandidates(t *testing.T) {
	const name = "uk-ge2010-candidates-noheader.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.NoHeader || m.Shape != "long" || m.Precinct.Index != 5 || m.ChoiceColumn == nil || m.ChoiceColumn.Index != 2 || m.VotesColumn.Index != 4 || m.Ballot != string(election.OkrugBallot) {
		t.Fatalf("no_header %v, layout %q, precinct %v, choice %v, votes %v, ballot %q; want true, long, 5, 2, 4, okrug", m.NoHeader, m.Shape, m.Precinct, m.ChoiceColumn, m.VotesColumn, m.Ballot)
	}
	_, votes, _ := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if sum != 44293 || votes["david-cox"] != 80 {
		t.Errorf("%d votes, David Cox %d; want 44293 and 80", sum, votes["david-cox"])
	}
}

// The Czech okrsky file with its header row left out (built here from
// the real file, a test input): drafted with "no_header": true, its
// municipality codes (532088, ...) are no party's votes and its 60-digit
// ZAKRSTRANA no precinct.
func TestDraftMappingNoHeaderCodes(t *testing.T) {
	in := readFile(t, "../testdata/ingest/real/cz-ps-pst4-okrsky.csv")
	in = in[strings.IndexByte(in, '\n')+1:]
	d, err := DraftMapping(strings.NewReader(in), "cz-noheader.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.NoHeader || m.Precinct.Index == 10 || m.Precinct.Index == 6 {
		t.Errorf("no_header %v, precinct %v; want true, not the codes of columns 6 or 10", m.NoHeader, m.Precinct)
	}
	for id, c := range m.Votes {
		if c.Index == 6 || c.Index == 10 {
			t.Errorf("votes.%s is column %d, codes", id, c.Index)
		}
	}
	tab, err := ReadCSV(strings.NewReader(in), "cz-noheader.csv", m, Options{})
	if err != nil || len(tab.Protocols) != 40 {
		t.Errorf("the draft reads %v protocols of its file, err %v; want 40", len(tab.Protocols), err)
	}
}

// Virginia's OpenElections file leaves the votes cell of its "WRITE IN
// VOTES" rows empty: the draft of the long file proposes that such a
// choice is not on that precinct's ballot (empty_votes), in a guess, as
// for a wide file; counted so, the rows read as 0 votes, none missing.
func TestDraftMappingLongEmptyVotes(t *testing.T) {
	const name = "us-va-2025-accomack.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Shape != "long" || m.EmptyVotes != EmptyVotesNotOnBallot {
		t.Fatalf("layout %q, empty_votes %q; want long, %q", m.Shape, m.EmptyVotes, EmptyVotesNotOnBallot)
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 12 || votes["abigail-d-spanberger"] != 4198 || votes["winsome-earle-sears"] != 5530 || votes["write-in-votes"] != 0 {
		t.Errorf("%d protocols, votes %v; want 12, Spanberger 4198, Earle-Sears 5530, write-ins 0", len(tab.Protocols), votes)
	}
}

// Peru's ONPE writes 0 as an empty cell (";3;;1;"), in its lines' columns
// too, and never "0": the draft proposes "empty_cells": "zero", not
// empty_votes (a list not on the ballot).
func TestDraftMappingZeroAsEmpty(t *testing.T) {
	for _, name := range []string{"pe-pres2021-mesas-head.csv", "pe-pres2021-v1-mesas.csv"} {
		d, err := draftReal(t, name)
		if err != nil {
			t.Fatal(err)
		}
		m := readBack(t, d)
		if m.EmptyCells != EmptyCellsZero || m.EmptyVotes != "" {
			t.Errorf("%s: empty_cells %q, empty_votes %q; want %q and none", name, m.EmptyCells, m.EmptyVotes, EmptyCellsZero)
		}
		countReal(t, name, d)
	}
}
