package ingest

import (
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
