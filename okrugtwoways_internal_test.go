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

// An okrug whose name is the leading parts of another's (that name begins
// with it and " / ") is paired with it when the candidates of one all
// stand in the other: a district office's rows whose district is blank.
// A name that merely begins alike ("U.S. House 9"), or whose candidates
// are others' (a statewide office beside a district one of its name),
// is not; a name of three parts pairs with each shorter one that fits.
func TestOkrugsPartLeftOut(t *testing.T) {
	k := func(ids ...string) []election.Candidate {
		var cs []election.Candidate
		for _, id := range ids {
			cs = append(cs, election.Candidate{ID: id})
		}
		return cs
	}
	okrugs := []election.Okrug{
		{ID: "U.S. House / 9", Candidates: k("waldman", "meuser", "write-ins")},            // 0
		{ID: "U.S. House", Candidates: k("meuser", "waldman")},                             // 1
		{ID: "U.S. House 9", Candidates: k("meuser", "waldman")},                           // 2: no " / "
		{ID: "State Senate", Candidates: k("a", "b")},                                      // 3
		{ID: "State Senate / 27", Candidates: k("c", "write-ins")},                         // 4: others
		{ID: "County / 2 / 1", Candidates: k("x", "y")},                                    // 5
		{ID: "County / 2", Candidates: k("x", "y")},                                        // 6
		{ID: "County", Candidates: k("x")},                                                 // 7
		{ID: "Governor", Candidates: k("shapiro", "mastriano")},                            // 8
		{ID: "Governor / Lieutenant", Candidates: k("shapiro", "mastriano", "davis", "x")}, // 9: 8's all stand in it
	}
	got := okrugsPartLeftOut(okrugs)
	want := [][2]int{{1, 0}, {7, 5}, {6, 5}, {7, 6}, {8, 9}}
	if len(got) != len(want) {
		t.Fatalf("pairs %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("pairs %v, want %v", got, want)
		}
	}
}
