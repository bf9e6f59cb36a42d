package ingest

import (
	"regexp"
	"testing"
)

// The header words of a cast-vote record, written out without a regexp
// (the page's WebAssembly carries none), say what these regexps say.
func TestCVRHeaderWords(t *testing.T) {
	id := regexp.MustCompile(`^(cast vote record|cvr|cvr ?(id|number|no)|ballot ?id|ballot ?number|record ?id)$`)
	first := regexp.MustCompile(`(^|[^0-9a-z])(1st|first) (choice|rank|preference)([^a-z]|$)|(^|[^a-z])(choice|rank|preference) ?1([^0-9]|$)`)
	for _, h := range []string{"cast vote record", "cvr", "cvr id", "cvrid", "cvr no", "ballot id", "ballotid", "ballot number",
		"record id", "precinct", "count", "cvr ids", "ballot", "1st choice", "rep. to congress district 2 1st choice",
		"choice 1", "choice1", "rank 1", "first preference", "choice 10", "choice 12", "21st choice", "x1st choice",
		"1st choices", "2nd choice", "preference 1.", "mychoice 1", "1st choice park and recreation commissioner district three district 3",
		"rank", "first rank", "first rankings", "choice 1 of 3", "(choice 1)", "preference1"} {
		if got, want := cvrIDHeader(h), id.MatchString(h); got != want {
			t.Errorf("cvrIDHeader(%q) = %v, the regexp %v", h, got, want)
		}
		if got, want := cvrFirstChoice(h), first.MatchString(h); got != want {
			t.Errorf("cvrFirstChoice(%q) = %v, the regexp %v", h, got, want)
		}
	}
}
