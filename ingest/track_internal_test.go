package ingest

import (
	"testing"

	"github.com/shailoo/shailoo/election"
)

// TestTrackerKnown: with Options.PrecinctsKnown, the state CheckConflicts
// keeps by index is made once, at that size, rather than grown (and
// copied) as the rows of later precincts come.
func TestTrackerKnown(t *testing.T) {
	const known = 5000
	s := &scanner{o: Options{PrecinctsKnown: known}}
	tr := newTracker()
	if _, pe := tr.add(s, 2, election.Precinct{ID: "p0", Region: "r"}, 0); pe != nil {
		t.Fatal(pe)
	}
	if len(tr.byIndex) != known {
		t.Fatalf("after the first row: state for %d precincts, want %d", len(tr.byIndex), known)
	}
	first := &tr.byIndex[0]
	if _, pe := tr.add(s, 3, election.Precinct{ID: "p4999", Region: "r"}, known-1); pe != nil {
		t.Fatal(pe)
	}
	if &tr.byIndex[0] != first {
		t.Error("the state was made again for the last known precinct")
	}
	// A conflict is still found.
	if _, pe := tr.add(s, 4, election.Precinct{ID: "p0", Region: "q"}, 0); pe == nil {
		t.Error("a row of p0 in another region: no conflict")
	}
}
