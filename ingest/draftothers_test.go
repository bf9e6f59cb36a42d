package ingest

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Kenya's Form 34B as crowd-entered: "iebc_total", the valid votes as
// the IEBC gives them, differs on some rows from "auto_sum", the sum of
// the four candidates; "counted" is a 0/1 flag. Neither sum nor the flag
// is a choice, and iebc_total is the valid votes.
func TestDraftMappingKenyaForm34B(t *testing.T) {
	const name = "EDITED-ke-2022-form34b-NAempty.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if got := slices.Sorted(maps.Keys(m.Votes)); !slices.Equal(got, []string{"mwaure", "raila", "ruto", "wajackoyah"}) {
		t.Errorf("votes %v, want the four candidates\n%s", got, strings.Join(m.Guesses, "\n"))
	}
	if m.Lines[election.Valid].Header != "iebc_total" || m.Lines[election.Voters].Header != "registered_voters" || m.Lines[election.Invalid].Header != "rejected_ballots" {
		t.Errorf("lines %v", m.Lines)
	}
	_, votes, lines := countReal(t, name, d)
	// The sums of the file (Python's csv module).
	if votes["raila"] != 1249886 || lines[election.Valid] != 3221233 {
		t.Errorf("raila %d, valid %d; want 1249886, 3221233", votes["raila"], lines[election.Valid])
	}
	// As published, "NA" in every figure of the constituencies not in:
	// no column of figures, and the draft says which cells.
	_, err = draftReal(t, "ke-2022-form34b.csv")
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), `"NA"`) {
		t.Errorf("err %v, want ErrMapping naming the NA cells", err)
	}
}
