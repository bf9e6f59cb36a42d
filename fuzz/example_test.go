package fuzz_test

import (
	"errors"
	"fmt"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/fuzz"
)

// Election turns any bytes into an election, a rule set and options; Run
// counts them twice and checks every law. A *fuzz.Violation is a bug; any
// other error is a clean refusal of a malformed input.
func ExampleRun() {
	for _, data := range []string{"", seatedSeeds[1]} {
		e, r, o := fuzz.Election([]byte(data))
		res, _, err := fuzz.Run(e, r, o)
		var v *fuzz.Violation
		switch {
		case errors.As(err, &v):
			fmt.Println("bug:", v)
		case err != nil:
			fmt.Println("refused:", err)
		default:
			fmt.Printf("%s: %d parties, %d precincts, %d protocols: %d list seats of %d, %d error findings\n",
				r.ID, len(e.Parties), len(e.Precincts), len(e.Protocols), res.Seats.List, res.Seats.ListOf, res.Findings.Errors())
		}
	}
	// Output:
	// kg2010: 1 parties, 1 precincts, 1 protocols: 0 list seats of 120, 4 error findings
	// kg2015: 2 parties, 4 precincts, 1 protocols: 5 list seats of 120, 10 error findings
}

// Check holds one Result to the laws: here a Result whose list holds more
// seats than the cap.
func ExampleCheck() {
	e := small(nil)
	res, err := shailoo.Count(e, shailoo.KG2021())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fuzz.Check(e, res))
	res.Lists[0].Seats = res.Rules.List.Cap + 1
	fmt.Println(fuzz.Check(e, res))
	// Output:
	// <nil>
	// law broken: no list holds more seats than the cap: list "ak-jol" has 28 seats, cap 27
}
