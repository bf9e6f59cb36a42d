package ingest

import (
	"errors"
	"strings"
	"testing"
)

// An empty file is ErrEmpty naming the file, to the count and the draft:
// no column of the mapping is missing from it, there is nothing at all.
func TestEmptyFile(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "P"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "A"}}}
	for _, in := range []string{"", "\n\n"} {
		_, err := ReadCSV(strings.NewReader(in), "empty.csv", m, Options{})
		var pe *ParseError
		if !errors.Is(err, ErrEmpty) || errors.Is(err, ErrMissingHeader) || !errors.As(err, &pe) || pe.File != "empty.csv" {
			t.Errorf("count of %q: %v; want ErrEmpty naming the file", in, err)
		}
		if err != nil && err.Error() != "empty.csv: the file is empty" {
			t.Errorf("count of %q: %q", in, err)
		}
		_, err = DraftMapping(strings.NewReader(in), "empty.csv")
		if !errors.Is(err, ErrEmpty) || errors.Is(err, ErrMissingHeader) {
			t.Errorf("draft of %q: %v; want ErrEmpty", in, err)
		}
	}
}
