package shailoo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
)

// DR Congo's 2023 provinces (testdata/drc2023): Mai-Ndombe gives the
// voters, the valid and the invalid (blank) ballots, the USA's diaspora
// row none. The note said "the protocols do not give line(s) ... invalid,
// valid", where one of the two protocols gives them: it says they are
// missing in 1 of 2 protocols, and names among the lines no protocol
// gives only those.
func TestDRC2023FormLinesMissingInSome(t *testing.T) {
	r, err := shailoo.ReadRules(strings.NewReader(readFile(t, "testdata/drc2023/rules-cd.json")), "rules-cd.json")
	if err != nil {
		t.Fatal(err)
	}
	res := countMapped(t, "testdata/drc2023/", "CUT-drc2023-prov-long-mn-usa.csv", "map-prov-long.json", "", r)
	part := slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.Contains(n, "line(s) voters, invalid, valid are not evaluated") && strings.Contains(n, "missing in 1 of 2 protocols")
	})
	if !part {
		t.Errorf("notes %q: want voters, invalid and valid missing in 1 of 2 protocols", res.Notes)
	}
	for _, n := range res.Notes {
		if ids, ok := strings.CutPrefix(n, "Relations of the protocol form are not evaluated: the protocols do not give line(s) "); ok {
			ids, _, _ = strings.Cut(ids, ".")
			if slices.Contains(strings.Split(ids, ", "), "valid") {
				t.Errorf("note %q: Mai-Ndombe gives the valid votes", n)
			}
		}
	}
}
