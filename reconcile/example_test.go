package reconcile_test

import (
	"fmt"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/reconcile"
)

// Two sources of the protocols of one precinct: the published protocol
// and an observer's copy, on which 12 votes went from one party to the
// other.
func ExampleReconcile() {
	def := &election.Election{ID: "e", Name: "An example",
		Parties:   []election.Party{{ID: "p1", Name: "One"}, {ID: "p2", Name: "Two"}},
		Precincts: []election.Precinct{{ID: "1001"}}}
	proto := func(p1, p2 int64) election.Protocol {
		return election.Protocol{Precinct: "1001", Ballot: election.ListBallot,
			Lines: map[election.Line]int64{election.Valid: p1 + p2}, Votes: map[string]int64{"p1": p1, "p2": p2}}
	}
	published := reconcile.Source{Name: "published", Protocols: []reconcile.Protocol{{Protocol: proto(300, 200), File: "published.csv", Line: 2}}}
	copies := reconcile.Source{Name: "copies", Protocols: []reconcile.Protocol{{Protocol: proto(288, 212), File: "copies/1001.json", Line: 1}}}
	r, err := reconcile.Reconcile(def, []reconcile.Source{published, copies}, reconcile.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range r.Differences {
		fmt.Printf("%s %s: %s %d, %s %d (gap %d)\n", d.Precinct, d.Field,
			d.Values[0].Source, *d.Values[0].Value, d.Values[1].Source, *d.Values[1].Value, d.Values[1].Gap)
	}
	p := r.Pairs[0]
	fmt.Printf("%s and %s: %d compared, %d differ (%s)\n", p.A, p.B, p.Compared, p.Differ, p.Share)
	for _, f := range r.Findings.Findings {
		fmt.Println(f.Code, f.Sentence("en"))
	}
	// Output:
	// 1001 votes.p1: published 300, copies 288 (gap -12)
	// 1001 votes.p2: published 200, copies 212 (gap 12)
	// published and copies: 1 compared, 1 differ (100.0%)
	// R702 Precinct 1001, list ballot (manual count): votes for «One»: «copies» 288, «published» 300 (gap -12).
	// R702 Precinct 1001, list ballot (manual count): votes for «Two»: «copies» 212, «published» 200 (gap +12).
}
