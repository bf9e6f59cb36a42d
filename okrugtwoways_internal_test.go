package shailoo

import (
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Names that fold alike differ only in spaces, punctuation or case; digits
// parted by anything stay apart ("1 / 2" is no "12"). Okrugs so named are
// paired when the candidates of one all stand in the other.
func TestOkrugsTwoWays(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"U. S. House / 3.0", "U.S. House / 3.0", true},
		{"STATE HOUSE / 58", "State House / 58", true},
		{"Commissioner 2", "Commissioner 3", false},
		{"District 1 / 2", "District 12", false},
		{"Amendment 4.6", "Amendment 46", false},
		{"Ward-7", "Ward 7", true},
	} {
		if got := foldName(tt.a) == foldName(tt.b); got != tt.same {
			t.Errorf("%q, %q: fold %q, %q", tt.a, tt.b, foldName(tt.a), foldName(tt.b))
		}
	}
	k := func(ids ...string) []election.Candidate {
		var cs []election.Candidate
		for _, id := range ids {
			cs = append(cs, election.Candidate{ID: id})
		}
		return cs
	}
	okrugs := []election.Okrug{
		{ID: "U. S. House / 3.0", Candidates: k("salazar", "wolf")},
		{ID: "State House", Candidates: k("tipton", "hagan")},
		{ID: "U.S. House / 3.0", Candidates: k("salazar", "wolf", "write-in")},
		{ID: "state house", Candidates: k("other")},
	}
	if got := okrugsTwoWays(okrugs); len(got) != 1 || got[0] != [2]int{0, 2} {
		t.Errorf("pairs %v, want [[0 2]] (State House's candidates differ)", got)
	}
}
