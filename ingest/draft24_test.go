package ingest

import (
	"bytes"
	"errors"
	"os"
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
