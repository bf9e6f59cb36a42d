package election_test

import (
	"slices"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// TestAllLinesIsACopy is part of issue 12's attack suite (panics and shared
// state): the line table is not shared with callers.
func TestAllLinesIsACopy(t *testing.T) {
	a := election.AllLines()
	want := slices.Clone(a)
	a[0], a = "spoiled", a[:3]
	if got := election.AllLines(); !slices.Equal(got, want) {
		t.Fatalf("AllLines after a caller changed its copy = %v, want %v", got, want)
	}
	for i, l := range want {
		if election.LineIndex(l) != i {
			t.Errorf("LineIndex(%q) = %d, want %d", l, election.LineIndex(l), i)
		}
	}
	if election.LineIndex("spoiled") != -1 {
		t.Error("LineIndex of a line not named is not -1")
	}
}
