package shailoo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// Tlaxcala's presidencias de comunidad by casilla
// (testdata/ingest/real/mx-tlax-prescom-casilla.csv, wide, a column per
// party): each community's ballot has its own parties, the others' cells
// empty. Under "empty_votes": "not_on_ballot" such a cell is a party that
// did not stand in that community: no candidacy there, and no 0 of a
// candidate who does not stand (X210, 710 of them on these 63
// lines before). An empty cell of a party that stands in the community
// (its other rows give its votes) is on that casilla's ballot too: a
// figure not given (X229), never a 0.
func TestWideNotOnBallotStandsInItsOkrug(t *testing.T) {
	const mapping = `{"precinct": {"columns": ["emm", "seccion", "casilla"]}, "okrug": "emm", "region": "mun", "ballot": "okrug",
 "empty_votes": "not_on_ballot", "lines": {"voters": "lisnom", "valid": "NUM_VOTOS_VALIDOS", "invalid": "nul"},
 "votes": {"pan": "pan", "pri": "pri", "prd": "prd", "pt": "pt", "pvem": "pvem", "mc": "mc", "pna": "pna",
  "pac": "pac", "ps": "ps", "morena": "morena", "pes": "pes", "pest": "pest", "piss": "piss",
  "rsp": "rsp", "fxm": "fxm", "pri-pvem-ps": "pri.pvem.ps", "indep": "indep", "indep2": "indep2"}}`
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		res := countRealWith(t, "../ingest/real/mx-tlax-prescom-casilla.csv", mapping, readFile(t, "examples/fptp/rules.json"), o)
		checkTlaxcala(t, res)
	}
}

func checkTlaxcala(t *testing.T, res *shailoo.Result) {
	t.Helper()
	if rows := findingsAt(res, validate.UnknownCandidate); len(rows) != 0 {
		t.Errorf("X210 at %d rows, want none: an empty cell of a party of another community is no vote", len(rows))
	}
	// Row 45 is a casilla whose acta did not come ("missing"): its
	// community's 4 parties are votes not given, not 0. Row 28's pvem,
	// a party of its community whose other casillas give its votes, is
	// not given either (it was read as 0 before).
	if rows := findingsAt(res, validate.MissingVotes); !slices.Equal(rows, []int{28, 45, 45, 45, 45}) {
		t.Errorf("X229 at rows %v, want row 28's pvem and row 45's 4 parties", rows)
	}
	var note string
	for _, n := range res.Notes {
		if strings.Contains(n, "not_on_ballot") {
			note = n
		}
	}
	if !strings.Contains(note, ": 0 such cells") {
		t.Errorf("the note says %q, want no cell read as 0", note)
	}
	n := 0
	for _, o := range res.Okrugs {
		n += len(o.CandidateVotes)
	}
	if n != 195 {
		t.Errorf("%d candidacies given votes, want the 195 the rows give a figure for", n)
	}
}
