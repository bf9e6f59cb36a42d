package report

import (
	"slices"
	"testing"

	"github.com/shailoo/shailoo"
)

// The lists of a definition that gives no ballot order: those the file's
// order names first, in it; the others by votes, most first, ties by ID,
// a list whose votes no protocol gives last.
func TestInBallotOrder(t *testing.T) {
	lists := []shailoo.List{{ID: "a", Votes: 5}, {ID: "b", Votes: 9}, {ID: "c", Votes: 5}, {ID: "d", VotesNotGiven: true}, {ID: "e", Votes: 1}, {ID: "f", Votes: 7}}
	ids := func(ls []shailoo.List) []string {
		var out []string
		for _, l := range ls {
			out = append(out, l.ID)
		}
		return out
	}
	for _, tc := range []struct {
		order, want []string
	}{
		{nil, []string{"b", "f", "a", "c", "e", "d"}},
		{[]string{"e", "c", "x"}, []string{"e", "c", "b", "f", "a", "d"}},
		{[]string{"f", "e", "d", "c", "b", "a"}, []string{"f", "e", "d", "c", "b", "a"}},
	} {
		got := ids(inBallotOrder(lists, tc.order))
		if !slices.Equal(got, tc.want) {
			t.Errorf("order %q: got %q, want %q", tc.order, got, tc.want)
		}
	}
	if got := ids(lists); !slices.Equal(got, []string{"a", "b", "c", "d", "e", "f"}) {
		t.Errorf("the result's lists changed: %q", got)
	}
}
