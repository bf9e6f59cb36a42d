package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Kyrgyzstan's ballot prints "against all" as «БААРЫНА КАРШЫ»: it is
// votes.against_all, not a party. A column of percentages (Kloop's
// "form2_percent", 117.109...) is never the precinct, nor is a party's
// column that the total beside it sums; with neither, the rows name no
// precinct, and the error says why and names the region ("level_one").
// (The rows are those of kg-parl2020-uik-kloop.csv with its figures
// rounded: a test input, not published figures.)
func TestDraftMappingKyrgyzAgainstAll(t *testing.T) {
	in := "«БИРИМДИК»,«МЕКЕНЧИЛ»,«ЫЙМАН НУРУ»,БААРЫНА КАРШЫ,total,form2_percent,level_one\n" +
		"85,52,75,48,260,117.10945802337937,БИШКЕК Г.\n171,89,76,31,367,106.64983164983164,БИШКЕК Г.\n" +
		"95,40,12,20,167,98.5,БИШКЕК Г.\n"
	_, err := DraftMapping(strings.NewReader(in), "kg.csv")
	if !errors.Is(err, ErrMapping) {
		t.Fatalf("err %v, want the precinct asked for", err)
	}
	for _, s := range []string{`column 1 "«БИРИМДИК»" is on every row a part of the sum in column 5 "total"`, `column 7 "level_one" names the region`} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("the error does not say %q: %v", s, err)
		}
	}
	in = "uik," + in[:strings.Index(in, "\n")+1] + "1,85,52,75,48,260,117.1,БИШКЕК Г.\n2,171,89,76,31,367,106.6,БИШКЕК Г.\n3,95,40,12,20,167,98.5,БИШКЕК Г.\n"
	d, err := DraftMapping(strings.NewReader(in), "kg.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Votes[election.AgainstAll].Header != "БААРЫНА КАРШЫ" || m.Precinct.Header != "uik" || m.Region == nil || m.Region.Header != "level_one" {
		t.Errorf("against all %v, precinct %v, region %v", m.Votes[election.AgainstAll], m.Precinct, m.Region)
	}
}

// Kloop's file writes every figure as a float ("84.99999999999999"): the
// draft says so at the first such cell, as a count would refuse it,
// not "the mapping maps no protocol line and no vote".
func TestDraftMappingFloatCounts(t *testing.T) {
	_, err := draftReal(t, "kg-parl2020-uik-kloop.csv")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) || pe.Line != 2 || pe.Column != 1 {
		t.Fatalf("err %v, want a cell not whole at line 2 column 1", err)
	}
	if !strings.Contains(err.Error(), "84.99999999999999") {
		t.Errorf("the error does not quote the cell: %v", err)
	}
}

// Croatia's "Ukupno birača" is the voters on the list and "Glasovalo
// birača (po listićima)" the ballots found (valid and invalid on every
// row); "Rbr BM", the polling station's number (001-006), is the
// precinct, never a candidate.
func TestDraftMappingCroatian(t *testing.T) {
	d, err := draftReal(t, "hr-lok2025-bedenica-nacelnik.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	want := map[election.Line]string{election.Voters: "Ukupno birača", election.FoundStationary: "Glasovalo birača (po listićima)",
		election.IssuedInRoom: "Glasovalo birača", election.Valid: "Važeći listići", election.Invalid: "Nevažeći listići"}
	for l, h := range want {
		if m.Lines[l].Header != h {
			t.Errorf("line %s: %q, want %q", l, m.Lines[l].Header, h)
		}
	}
	if m.Precinct.Header != "Rbr BM" || len(m.Votes) != 1 || m.Votes["slavko-cvrlja"].Header != "SLAVKO CVRLJA" {
		t.Errorf("precinct %v, votes %v", m.Precinct, m.Votes)
	}
	countReal(t, "hr-lok2025-bedenica-nacelnik.csv", d)
}

// Albania's "ListedVoters" is the voters, and "VotesCast" the ballots
// found: the valid and the invalid ballots on all rows but one, whose
// protocol is wrong (277 for 253 + 23), and the guess says so.
func TestDraftMappingAlbanian(t *testing.T) {
	d, err := draftReal(t, "al-parl2021-berat-ps.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Lines[election.Voters].Header != "ListedVoters" || m.Lines[election.FoundStationary].Header != "VotesCast" {
		t.Errorf("lines %v", m.Lines)
	}
	guessed(t, d.Mapping, `lines.found_stationary: column 7 "VotesCast": on 11 of 12 rows`)
	countReal(t, "al-parl2021-berat-ps.csv", d)
}

// Peru's ONPE gives the blank and the null votes apart (VOTOS_VB,
// VOTOS_VN): no choices, the invalid ballots their sum; N_CVAS, the sum
// of every vote column, is those who voted, no choice.
func TestDraftMappingPeru(t *testing.T) {
	d, err := draftReal(t, "pe-pres2021-v1-mesas.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if inv := m.Lines[election.Invalid]; len(inv.Columns) != 2 || inv.Columns[0].Header != "VOTOS_VB" || inv.Columns[1].Header != "VOTOS_VN" {
		t.Errorf("invalid %v", inv)
	}
	for id, c := range m.Votes {
		if c.Header == "N_CVAS" || c.Header == "VOTOS_VB" || c.Header == "VOTOS_VN" {
			t.Errorf("votes.%s: %q is no choice", id, c.Header)
		}
	}
	guessed(t, d.Mapping, `column 9 "N_CVAS" is not mapped: on every row it is the invalid ballots`)
	countReal(t, "pe-pres2021-v1-mesas.csv", d)
}

// Norway's file is long, a row per fylke and party: "Antall
// stemmeberettigede" the voters, repeated on the rows; the seats won
// ("Antall mandater") and the share ("Oppslutning prosentvis", decimal
// commas) no choice and no precinct; the votes the total of the advance
// and polling-day votes; BLANKE, the blank votes, the invalid ballots.
func TestDraftMappingNorway(t *testing.T) {
	d, err := draftReal(t, "no-stortinget-2021-fylke.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Shape != "long" || m.ChoiceColumn.Header != "Partikode" || m.VotesColumn.Header != "Antall stemmer totalt" ||
		m.Precinct.Header != "Fylkenummer" || m.Lines[election.Voters].Header != "Antall stemmeberettigede" {
		t.Errorf("layout %q, choice %v, votes %v, precinct %v, lines %v", m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct, m.Lines)
	}
	if m.LineValues["BLANKE"] != election.Invalid {
		t.Errorf("line values %v, want BLANKE (the blank votes) invalid", m.LineValues)
	}
	guessed(t, d.Mapping, `column 16 "Antall mandater" is not mapped: it counts seats won`)
	countReal(t, "no-stortinget-2021-fylke.csv", d)
}

// Arizona's header names 15 columns over rows of 13 cells: the draft says
// what a count says (row too short), where it says it.
func TestDraftMappingShortRows(t *testing.T) {
	_, err := draftReal(t, "us-az-2016-greenlee.csv")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrShortRow) || pe.Line != 2 || pe.Column != 14 {
		t.Fatalf("err %v, want a short row at line 2 column 14", err)
	}
}

// A column of one value on every row ("precinct_id" of "000") names no
// precinct, nor does a column of the votes cast at polling places; the
// file is long, a row per precinct and choice, its OVER VOTES (ballots
// of too many marks for the contest) the invalid ballots. (Arizona's rows under its
// header cut to 13 names, EDITED-us-az-2016-header13.csv: a test input.)
func TestDraftMappingOneValuePrecinct(t *testing.T) {
	d, err := draftReal(t, "EDITED-us-az-2016-header13.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	// (The votes the sum of the three ways of voting, vote_total their
	// total, checked.)
	if parts, total := partsTotal(m); m.Precinct.Header != "precinct_name" || m.Shape != "long" || m.ChoiceColumn.Header != "choice_name" ||
		!slices.Equal(parts, []string{"polling_place_votes", "early_votes", "provisional_votes"}) || total != "vote_total" {
		t.Errorf("precinct %v, layout %q, choice %v, votes %v", m.Precinct, m.Shape, m.ChoiceColumn, m.VotesColumn)
	}
	if m.LineValues["OVER VOTES"] != election.Invalid {
		t.Errorf("line values %v, want OVER VOTES invalid", m.LineValues)
	}
}
