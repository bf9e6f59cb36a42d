package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// Hong Kong's LegCo lists of 2012 stand in some constituencies alone, and
// the long file gives no row of a list where it did not stand. Without
// empty_votes each such list is votes not given (X229, 28 of them) and
// 9 of 35 seats are filled; a note says once that "empty_votes":
// "not_on_ballot" reads such a list as not on that ballot, with which
// every seat is filled and no note is given.
func TestNoRowNote(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "constituency", "region": "constituency", "ballot": "list",
 "choice_column": "list", "votes_column": "votes", "ignore": ["seats"], %s
 "choice_values": {"1": "list-1", "2": "list-2", "3": "list-3", "4": "list-4", "5": "list-5", "6": "list-6", "7": "list-7",
  "8": "list-8", "9": "list-9", "10": "list-10", "11": "list-11", "12": "list-12", "13": "list-13", "14": "list-14",
  "15": "list-15", "16": "list-16", "17": "list-17", "18": "list-18", "19": "list-19"}}`
	rules := readFile(t, "testdata/missingvotes/hk-lc2012-gc-rules.json")
	notes := func(res *shailoo.Result) []string {
		var ns []string
		for _, n := range res.Notes {
			if strings.Contains(n, `map "empty_votes": "not_on_ballot"`) {
				ns = append(ns, n)
			}
		}
		return ns
	}
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		res := countRealWith(t, "hk-lc2012-gc-named.csv", strings.Replace(mapping, "%s", "", 1), rules, o)
		if n := len(findingsAt(res, validate.MissingVotes)); n != 28 {
			t.Errorf("%d X229, want 28", n)
		}
		ns := notes(res)
		if len(ns) != 1 || !strings.Contains(ns[0], "hk-lc2012-gc-named.csv: 28 of the votes not given (X229) are of a choice that no row of its protocol names (the first: list-15 in precinct hki)") {
			t.Errorf("notes %q, want one that names the 28 and empty_votes", ns)
		}
		res = countRealWith(t, "hk-lc2012-gc-named.csv", strings.Replace(mapping, "%s", `"empty_votes": "not_on_ballot",`, 1), rules, o)
		if n := len(findingsAt(res, validate.MissingVotes)); n != 0 || len(notes(res)) != 0 {
			t.Errorf("%d X229, notes %q; want none", n, notes(res))
		}
		seats := 0
		for _, l := range res.Lists {
			seats += l.Seats
		}
		if seats != 35 {
			t.Errorf("%d seats, want 35", seats)
		}
	}
}
