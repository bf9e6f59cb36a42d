package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A short row of one cell of text and no figure is refused by a count
// as too short, its error naming it as a section's title; one of a
// figure is refused as before.
func TestShortRowTitle(t *testing.T) {
	m := Mapping{Ballot: "list", Precinct: Column{Header: "place"}, Lines: map[election.Line]Column{election.Valid: {Header: "valid"}}, Votes: map[string]Column{"a": {Header: "A"}}}
	for _, c := range []struct {
		text  string
		title bool
	}{
		{"place,A,valid\nAdvance Voting Places\nx,1,1\n", true},
		{"place,A,valid\n\"Advance Voting Places\"\nx,1,1\n", true},
		{"place,A,valid\n12\nx,1,1\n", false},
	} {
		_, err := ReadCSV(strings.NewReader(c.text), "f.csv", m, Options{})
		if !errors.Is(err, ErrShortRow) {
			t.Fatalf("%q: err %v, want ErrShortRow", c.text, err)
		}
		if got := strings.Contains(err.Error(), "the title of a section"); got != c.title {
			t.Errorf("%q: %v: names a section's title %v, want %v", c.text, err, got, c.title)
		}
	}
}
