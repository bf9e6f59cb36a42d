package ingest

import (
	"slices"
	"strings"
	"testing"
)

func hasGuess(d *Draft, part string) bool {
	return slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool { return strings.Contains(g, part) })
}

// Sri Lanka's local authorities of 2025, a row each, a party's cell empty
// where it did not stand: each row is its own contest (okrug the
// authority's code), in its district (the region); 008, given twice with
// the same figures, is said to be a copy, not two precincts to name apart.
func TestDraftLK2025RowContests(t *testing.T) {
	d := mustDraft(t, "lk-lg2025-colombo-gampaha.csv")
	m := d.Mapping
	if m.Okrug == nil || m.Okrug.Header != "lg_code" || m.Region == nil || m.Region.Header != "district" || m.Precinct.Header != "lg_code" {
		t.Errorf("okrug %+v, region %+v, precinct %+v", m.Okrug, m.Region, m.Precinct)
	}
	if !hasGuess(d, "a row given twice, a copy, not a second precinct") || hasGuess(d, "told apart only by columns the mapping does not map") {
		t.Errorf("guesses %q", m.Guesses)
	}
	// One district alone, its rows of different parties: the same.
	d = mustDraft(t, "lk-lg2025-wide-dup-008.csv")
	if !hasGuess(d, "(the first at line 4, \"008\", as line 3 gives them)") {
		t.Errorf("guesses %q", d.Mapping.Guesses)
	}
}

// A long file whose block of one authority is given twice stays long;
// the copy is said with its lines.
func TestDraftLK2025LongBlockTwice(t *testing.T) {
	for _, name := range []string{"lk-lg2025-long-dup-008.csv", "lk-lg2025-long-nodup.csv"} {
		d := mustDraft(t, name)
		if d.Mapping.Shape != "long" || d.Mapping.ChoiceColumn == nil || d.Mapping.ChoiceColumn.Header != "party" {
			t.Errorf("%s: layout %q, choice %+v", name, d.Mapping.Shape, d.Mapping.ChoiceColumn)
		}
		if copied := hasGuess(d, "rows: 15 rows give a choice of a precinct again with the votes an earlier row gives it (the first at line 27, \"NPP\" of precinct \"008\", as line 12)"); copied != (name == "lk-lg2025-long-dup-008.csv") {
			t.Errorf("%s: guesses %q", name, d.Mapping.Guesses)
		}
	}
}

// Pakistan's National Assembly by constituency: the runner-up's name,
// "second_name", is no precinct, and the margin of victory, "MOV_votes",
// no choice.
func TestDraftPKConstituency(t *testing.T) {
	d := mustDraft(t, "pk-na1993-2013-constituency.csv")
	m := d.Mapping
	if m.Precinct.Header != "constituency_number" {
		t.Errorf("precinct %+v", m.Precinct)
	}
	for id, c := range m.Votes {
		if c.Header == "MOV_votes" || c.Header == "second_votes" {
			t.Errorf("votes.%s: %q", id, c.Header)
		}
	}
}
