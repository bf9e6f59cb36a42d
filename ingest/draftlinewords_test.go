package ingest

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Two columns read as one line under a header of one row: the one of
// fewer words is it, whichever rule reads each and whatever their order
// (a header's own part decides only under a header of several rows, where
// a part above spans several columns).
func TestDraftMappingLineOfFewerWords(t *testing.T) {
	for _, head := range []string{"precinct,Electorate,Electors list total,valid,A,B", "precinct,Electors list total,Electorate,valid,A,B"} {
		d, err := DraftMapping(strings.NewReader(head+"\n1,100,100,50,25,25\n2,90,90,40,20,20\n"), "el.csv")
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Mapping.Lines[election.Voters].Header; got != "Electorate" {
			t.Errorf("%s: voters %q; want Electorate\n%s", head, got, strings.Join(d.Mapping.Guesses, "\n"))
		}
	}
}
