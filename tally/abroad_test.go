package tally

import (
	"testing"

	"github.com/shailoo/shailoo/election"
)

// abroadElection has one okrug, a precinct in it and a precinct abroad
// that names it, each with a list and an okrug-ballot protocol.
func abroadElection() *election.Election {
	return &election.Election{
		ID:      "abroad",
		Regions: []election.Region{{ID: "r1"}},
		Okrugs:  []election.Okrug{{ID: "o1", Region: "r1"}},
		Precincts: []election.Precinct{
			{ID: "p1", Region: "r1", Okrug: "o1"},
			{ID: "x1", Okrug: "o1", Abroad: true},
		},
		Protocols: []election.Protocol{
			listP("p1", map[string]int64{"a": 10}),
			okrugP("p1", map[string]int64{"c1": 8, "c2": 2}),
			listP("x1", map[string]int64{"a": 3}),
			okrugP("x1", map[string]int64{"c1": 1, "c2": 9}),
		},
	}
}

// Sum and SumWhere have no rule set: the okrug ballot's protocol abroad
// is apart, in Abroad, and the Result says so. SumWith under AbroadOkrug
// (okrug.abroad "counted") sums it in the okrug it names; the list
// ballot's protocol abroad is in Abroad either way.
func TestSumAbroadOkrug(t *testing.T) {
	e := abroadElection()
	for _, c := range []struct {
		name    string
		sum     func() (Result, error)
		counted bool
	}{
		{"Sum", func() (Result, error) { return Sum(e) }, false},
		{"SumWhere", func() (Result, error) { return SumWhere(e, nil) }, false},
		{"SumWith excluded", func() (Result, error) { return SumWith(e, Options{}) }, false},
		{"SumWith counted", func() (Result, error) { return SumWith(e, Options{AbroadOkrug: true}) }, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := c.sum()
			if err != nil {
				t.Fatal(err)
			}
			if res.AbroadOkrug != c.counted {
				t.Errorf("AbroadOkrug %v, want %v", res.AbroadOkrug, c.counted)
			}
			o1, abroad := res.Okrug.Okrugs["o1"], res.Okrug.Abroad
			wantC2, wantAbroad := int64(2), 1
			if c.counted {
				wantC2, wantAbroad = 11, 0
			}
			if o1.Votes["c2"] != wantC2 || abroad.Protocols != wantAbroad {
				t.Errorf("okrug o1 c2 %d, okrug ballot abroad %d protocols: want %d, %d", o1.Votes["c2"], abroad.Protocols, wantC2, wantAbroad)
			}
			if res.Okrug.Nation.Votes["c2"] != 11 {
				t.Errorf("nation c2 %d, want 11", res.Okrug.Nation.Votes["c2"])
			}
			if res.List.Abroad.Protocols != 1 || res.List.Regions["r1"].Votes["a"] != 10 {
				t.Errorf("list abroad %d protocols, r1 a %d: want 1, 10", res.List.Abroad.Protocols, res.List.Regions["r1"].Votes["a"])
			}
		})
	}
}
