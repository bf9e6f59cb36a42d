package ingest

import (
	"errors"
	"strings"
	"testing"
)

// Two okrug cells that differ past the 64 characters a message repeats
// read the same when cut: the conflict shows each from just before the
// first difference (Washington 2017: "...Commissioner 3" on line 8 of the
// cut, "...Commissioner 2" on line 2, both cut at "Commissione").
func TestConflictShowsTheDifference(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "precinct", "region": "county", "okrug": "office", "ballot": "okrug",
		"choice_column": "candidate", "votes_column": "votes",
		"choice_values": {"George LeBoutillier": "g", "Rebecca Presley": "r", "Phil Paige": "p", "Iris Graville": "i"}}`), "wa.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(strings.NewReader(string(readReal(t, "us-wa2017-special-sanjuan.csv"))), "wa.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrConflict) || pe.Line != 8 ||
		!strings.Contains(err.Error(), `Commissione"… (67 bytes), from byte 59: "ssioner 3", but line 2 gives "San Juan`) ||
		!strings.Contains(err.Error(), `from byte 59: "ssioner 2"`) {
		t.Errorf("%v; want line 8's okrug set against line 2's, the tails shown", err)
	}
}
