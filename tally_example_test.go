package shailoo_test

import (
	"errors"
	"fmt"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
)

// Count the 2021 election as its protocols come in: a wrong protocol is
// refused with its findings, a correction is recorded, and every Result
// says how far the count is.
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
	for _, p := range protocols[:1000] {
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

	// A protocol counted twice is refused; a correction replaces it.
	err = t.Add(protocols[0])
	fmt.Println("again:", errors.Is(err, shailoo.ErrCounted))
	if err := t.Replace(protocols[0]); err != nil {
		panic(err)
	}

	res, err := t.Result()
	if err != nil {
		panic(err)
	}
	r := res.Reporting
	fmt.Printf("partial: %d of %d precincts reporting, provisional %v, corrections %d\n",
		r.Reporting, r.Precincts, res.Provisional, len(res.Corrections))
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
	// again: true
	// partial: 500 of 2494 precincts reporting, provisional true, corrections 1
	// Batken oblast: 215 of 215
	// Jalal-Abad oblast: 285 of 450
	// partial: false seats: 88 of 90
}
