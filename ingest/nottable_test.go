package ingest

import (
	"errors"
	"strings"
	"testing"
)

// A ranked-ballot profile (Alaska's special election of 2022: a line of
// names, a line of parties, then "(A,B) : 22775" per ranking) is no
// delimited table: the draft and a count of it as ballots say so first,
// not that no column looks like the precinct or that "precinct" is
// missing. A file of one column is none either.
func TestNotATable(t *testing.T) {
	profile := "Begich_ Nick,Palin_ Sarah,Peltola_ Mary S.,Write-in\nIND,IND,IND,IND\n-+-+-+-+-\n" +
		"(Peltola_ Mary S.,Begich_ Nick) : 22775\n(Peltola_ Mary S.) : 20923\n(Palin_ Sarah) : 20886\n" +
		"(Peltola_ Mary S.,Write-in) : 3206\n(Begich_ Nick) : 10889\n(Palin_ Sarah,Begich_ Nick) : 21296\n(Write-in) : 538\n"
	_, err := DraftMapping(strings.NewReader(profile), "ak.txt")
	if !errors.Is(err, ErrNotTable) || !strings.Contains(err.Error(), "4, 4, 1, 2, 1, 1, 2, 1, 2, 1 cells") {
		t.Errorf("draft: %v; want ErrNotTable with the rows' widths", err)
	}
	_, _, err = ReadBallots(strings.NewReader(profile), "ak.txt", nil)
	if !errors.Is(err, ErrNotTable) || errors.Is(err, ErrMissingHeader) {
		t.Errorf("ballots: %v; want ErrNotTable", err)
	}
	for _, one := range []string{"Results,\nTown A: 120\nTown B: 98\nTown C: 40\n", "Results\nTown A: 120\nTown B: 98\nTown C: 40\n"} {
		_, _, err = ReadBallots(strings.NewReader(one), "one.txt", nil)
		if !errors.Is(err, ErrNotTable) {
			t.Errorf("one column: %v; want ErrNotTable", err)
		}
	}
}
