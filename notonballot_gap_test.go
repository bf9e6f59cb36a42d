package shailoo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// PEI 2019, district 1, PC's cell emptied at poll 2 where PC stands at
// every other poll: under "empty_votes": "not_on_ballot" PC is on the
// district's ballot, so its empty cell is a figure not given (X229 at row
// 4, the result provisional), never 0; the empty NDP and Independent
// cells of every poll are no candidacies (no X229, no X210).
func TestNotOnBallotGapInItsOkrug(t *testing.T) {
	const mapping = `{"precinct": {"columns": ["district", "poll"]}, "okrug": "district", "ballot": "okrug", "empty_votes": "not_on_ballot",
 "votes": {"green": "Green", "independent": "Independent", "liberal": "Liberal", "ndp": "NDP", "pc": "PC"}}`
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		res := countRealWith(t, "SYNTHETIC-EDITED-pei2019-d1-pc-emptied.csv", mapping, readFile(t, "examples/fptp/rules.json"), o)
		if rows := findingsAt(res, validate.MissingVotes); !slices.Equal(rows, []int{4}) {
			t.Errorf("X229 at rows %v, want row 4 (PC at poll 2)", rows)
		}
		if rows := findingsAt(res, validate.UnknownCandidate); len(rows) != 0 {
			t.Errorf("X210 at rows %v", rows)
		}
		if !res.Provisional {
			t.Error("not provisional")
		}
		for _, n := range res.Notes {
			if strings.Contains(n, "not_on_ballot") && !strings.Contains(n, ": 0 such cells") {
				t.Errorf("note %q: no cell is read as 0", n)
			}
		}
	}
}
