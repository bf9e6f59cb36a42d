package shailoo_test

import (
	"errors"
	"fmt"
	"maps"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
)

// Count the 2021 election as its protocols come in: a wrong protocol is
// refused with its findings, a resend changes nothing, a correction is
// recorded with the figures it changed, and every Result says how far the
// count is.
func ExampleTally() {
	d, err := datasets.KG2021()
	if err != nil {
		panic(err)
	}
	def := *d.Election
	protocols := def.Protocols
	def.Protocols = nil // the definition: precincts, parties, okrugs
	t, err := shailoo.NewTally(&def, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		panic(err)
	}
	// The first protocol is entered with 3 votes of Ata-Jurt given to
	// Ishenim: its sums still hold, so it is counted.
	typo := protocols[0]
	typo.Votes = maps.Clone(protocols[0].Votes)
	typo.Votes["ata-jurt"] -= 3
	typo.Votes["ishenim"] += 3
	if err := t.Add(typo); err != nil {
		panic(err)
	}
	for _, p := range protocols[1:1000] {
		if err := t.Add(p); err != nil {
			panic(err)
		}
	}

	// A protocol whose valid ballots do not add up is refused.
	bad := protocols[1000]
	bad.Lines = map[election.Line]int64{}
	for l, v := range protocols[1000].Lines {
		bad.Lines[l] = v
	}
	bad.Lines[election.Valid] += 10
	var rejected *shailoo.RejectedError
	if err := t.Add(bad); errors.As(err, &rejected) {
		f := rejected.Findings[0]
		fmt.Printf("refused: %s at %s: want %s, got %s\n", f.Code, f.Place, f.Want, f.Got)
	}

	// A resend changes nothing; the correction replaces the typo.
	err = t.Add(protocols[1])
	fmt.Println("resend:", errors.Is(err, shailoo.ErrCounted))
	if err := t.Replace(protocols[0]); err != nil {
		panic(err)
	}
	err = t.Replace(protocols[0])
	fmt.Println("resent correction:", errors.Is(err, shailoo.ErrCounted))

	res, err := t.Result()
	if err != nil {
		panic(err)
	}
	r := res.Reporting
	fmt.Printf("partial: %d of %d precincts reporting, provisional %v, corrections %d\n",
		r.Reporting, r.Precincts, res.Provisional, len(res.Corrections))
	for _, c := range res.Corrections[0].Changes {
		fmt.Printf("precinct %s, %s %s: %d, now %d\n", res.Corrections[0].Precinct, c.Section, c.Key, *c.Before, *c.After)
	}
	for _, a := range t.Progress().Regions[:2] {
		fmt.Printf("%s: %d of %d\n", a.Name, a.Reporting.Reporting, a.Precincts)
	}

	for _, p := range protocols[1000:] {
		if err := t.Add(p); err != nil {
			panic(err)
		}
	}
	res, _ = t.Result()
	fmt.Println("partial:", res.Partial(), "seats:", res.Seats.Total, "of", res.Seats.Of)
	// Output:
	// refused: P102 at precinct 2286, list ballot, manual count: want 891, got 881
	// resend: true
	// resent correction: true
	// partial: 500 of 2494 precincts reporting, provisional true, corrections 1
	// precinct 1001, votes ata-jurt: 65, now 68
	// precinct 1001, votes ishenim: 39, now 36
	// Batken oblast: 215 of 215
	// Jalal-Abad oblast: 285 of 450
	// partial: false seats: 88 of 90
}
