package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// votemanager's export before the count: every figure cell empty, the
// report counters 1 and 0 on each row. The draft says the file has no
// results yet and maps no counter as a choice.
func TestDraftMappingVotemanagerBeforeCount(t *testing.T) {
	_, err := draftReal(t, "de-badsalzdetfurth-2026-kreistagswahl-wahlbezirk-empty.csv")
	if !errors.Is(err, ErrNoFigures) {
		t.Fatalf("err = %v, want ErrNoFigures", err)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 1 || pe.Header != "A1" {
		t.Errorf("err = %#v, want line 1, column A1", err)
	}
}

// The report counters of a votemanager file with results are no choices
// either (on the 2021 file they are 1 on every row).
func TestDraftMappingVotemanagerCounters(t *testing.T) {
	for _, name := range []string{"de-nordstemmen-2021-gemeindewahl-wahlbezirk.csv", "de-nds-kreiswahl2021-nordstemmen.csv"} {
		d, err := draftReal(t, name)
		if err != nil {
			t.Fatal(err)
		}
		for id, c := range d.Mapping.Votes {
			if reportCounter(c.Header) {
				t.Errorf("%s: votes.%s is the report counter %q", name, id, c.Header)
			}
		}
		if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool {
			return strings.Contains(g, "\"anz-schnellmeldungen\" is not mapped: it counts the reports")
		}) {
			t.Errorf("%s: no guess says anz-schnellmeldungen is a report counter:\n%s", name, strings.Join(d.Mapping.Guesses, "\n"))
		}
	}
}
