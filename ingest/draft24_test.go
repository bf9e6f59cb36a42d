package ingest

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// The US results files give the ballots with no valid mark in the contest
// beside the candidates: Cambridge's "Undervotes" (NIST's conversion of
// the city's certified results), Atkinson County's "Undervotes" and
// "Overvotes" (Clarity's detail.xml). They are no choice: drafted as one,
// "Undervotes" was elected where the blanks outnumber a lone candidate.
// They are left unmapped as "Blank Votes" is.
func TestDraftUSUnderOverVotes(t *testing.T) {
	for name, cols := range map[string][]string{
		"us-ma-2022-cambridge-governor-2prec.csv": {"Undervotes"},
		"us-ga-2020-atkinson-president-2prec.csv": {"Undervotes", "Overvotes"},
	} {
		t.Run(name, func(t *testing.T) {
			m := mustDraft(t, name).Mapping
			for id, c := range m.Votes {
				if strings.Contains(c.Header, "votes") {
					t.Errorf("votes.%s: %q is no choice", id, c.Header)
				}
			}
			for _, h := range cols {
				guessed(t, m, `"`+h+`" is not mapped: it reads as a protocol line`)
			}
		})
	}
}

// Clarity's detail.xml (Atkinson County, its first 400 bytes) given as the
// protocols: the draft and the count (NotJSON) say it is XML and what to
// do, not that its rows are too short or its header needs skip_rows.
func TestXMLNamed(t *testing.T) {
	const name = "us-ga-2020-atkinson-clarity-head.xml"
	_, err := draftReal(t, name)
	if !errors.Is(err, ErrXML) || !strings.Contains(err.Error(), name+":1: this file is XML, not CSV: shailoo reads no XML") || !strings.Contains(err.Error(), "convert its results to CSV") {
		t.Errorf("draft: %v", err)
	}
	b, err := os.ReadFile("../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NotJSON(bytes.NewReader(b), name); !errors.Is(err, ErrXML) {
		t.Errorf("NotJSON: %v", err)
	}
	if _, err := NotJSON(strings.NewReader("\ufeff  <?XML version=\"1.0\"?>\n<a/>\n"), "x"); !errors.Is(err, ErrXML) {
		t.Errorf("NotJSON, a BOM and spaces first: %v", err)
	}
	if r, err := NotJSON(strings.NewReader("precinct,<?xml\n1,2\n"), "x"); err != nil || r == nil {
		t.Errorf("NotJSON of a CSV: %v", err)
	}
}

// Costa Rica's 2022 run-off by JRV: "votos" is on every row the sum of
// blanco_y_nulo, PLN and PSD. On 9 rows (and on 1) it was drafted as a
// candidate, and the count elected "votos": the ten rows the draft asked
// of a sum guard against a candidate's votes adding up to two others' by
// chance, not against a sum of three columns or a header of the votes
// alone. It is a total on any number of rows, said with how many.
func TestDraftSumOnFewRows(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/cr-2022-r2-jrv-9rows.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	for name, text := range map[string]string{
		"9 rows": string(b), "1 row": lines[0] + lines[1],
	} {
		t.Run(name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(text), "cr.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := d.Mapping
			if _, ok := m.Votes["votos"]; ok || len(m.Votes) != 2 {
				t.Errorf("votes %+v: votos is a total, PLN and PSD the choices", m.Votes)
			}
			guessed(t, m, `column 5 "votos" is not mapped: on every row it is the sum of columns 2, 3 and 4, a total, not a choice`)
			if name == "9 rows" {
				guessed(t, m, `(on all 9 rows of the file)`)
			} else {
				guessed(t, m, `(seen on the file's one row only: a sum there may be chance; if it is a choice, map it under votes)`)
			}
		})
	}
}

// The same run-off on 20 rows: the hint of "votos", the sum of
// blanco_y_nulo and the choices' votes, said "valid", which failed P103 on
// every JRV with a blank or null ballot. It names the ballots found.
func TestDraftSumWithALineNamesFound(t *testing.T) {
	m := mustDraft(t, "cr-2022-r2-jrv-20rows.csv").Mapping
	guessed(t, m, `column 2 "blanco_y_nulo" among them reads as a protocol line, no choice (the blank or null ballots): with the choices' votes it makes the ballots found, those who took part (valid and invalid ballots: the form's found_stationary`, `not the valid votes`)
	for _, g := range m.Guesses {
		if strings.Contains(g, `"votos"`) && strings.Contains(g, "(valid, say)") {
			t.Errorf("a guess says valid: %s", g)
		}
	}
}

// Costa Rica's 2022 first round by JRV pools the minor parties in "Otros":
// the draft wrote "Others" under aggregates, not "Otros" (nor "Altri",
// "Прочие"...), and a count put it in a second round. Its whole header is
// read as the others' votes in the languages the draft reads.
func TestDraftOthersInTheirLanguages(t *testing.T) {
	m := mustDraft(t, "cr-2022-r1-jrv-otros-2rows.csv").Mapping
	if !slices.Equal(m.Aggregates, []string{"otros"}) {
		t.Errorf("aggregates %q, want otros", m.Aggregates)
	}
	guessed(t, m, `aggregates: column 4 "Otros" (the choice otros)`)
	for _, h := range []string{"OTROS", "Altri", "Autres", "Outros", "Andere", "Прочие", "Інші", "Diğer"} {
		if !PooledName(h) {
			t.Errorf("PooledName(%q) is false", h)
		}
		d, err := DraftMapping(strings.NewReader("mesa,A,B,"+h+"\n1,10,5,3\n2,8,4,2\n"), "x.csv")
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Mapping.Aggregates) != 1 {
			t.Errorf("%s: aggregates %q", h, d.Mapping.Aggregates)
		}
	}
}

// Bolivia's cómputo of 2020 names each mesa's country (PAIS) beside its
// department: the mesas in Argentina and Germany, whose DEPARTAMENTO is
// "Buenos Aires" or "Berlín", were drafted as regions. Beside 22 mesas in
// Bolivia, the file's own country of most rows, they are abroad: their
// region cells are abroad_values, as Chile's "Extranjero" is.
func TestDraftCountryAbroad(t *testing.T) {
	m := mustDraft(t, "bo-2020-comp-0138-abroad-and-home.csv").Mapping
	if m.Region == nil || m.Region.Header != "DEPARTAMENTO" || m.Abroad == nil || m.Abroad.Header != "DEPARTAMENTO" {
		t.Fatalf("region %+v, abroad %+v", m.Region, m.Abroad)
	}
	if want := map[string]bool{"Berlín": true, "Buenos Aires": true}; !maps.Equal(m.AbroadValues, want) {
		t.Errorf("abroad_values %v, want %v", m.AbroadValues, want)
	}
	guessed(t, m, `"Bolivia" (22 rows), "Argentina" (19 rows), "Alemania" (1 rows); "Bolivia", of most rows, is the file's own`)
	// The rows abroad alone: Argentina has most rows, and the guess
	// says what to do if it is not the file's own country.
	m = mustDraft(t, "bo-2020-comp-0138.csv").Mapping
	guessed(t, m, `if "Argentina" is not the file's own country (a file of the rows abroad alone), every row is abroad`)
}
