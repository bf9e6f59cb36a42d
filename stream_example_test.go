package shailoo_test

import (
	"bytes"
	"fmt"
	"os"
	"reflect"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// CountCSV reads the protocols from CSV in one pass and gives what Count
// gives for the election with those protocols: here the hand-written
// election of testdata/ingest, its definition without protocols.
func ExampleCountCSV() {
	def, err := os.ReadFile("testdata/ingest/small-election.json")
	if err != nil {
		panic(err)
	}
	e, err := ingest.ReadElection(bytes.NewReader(def), "small-election.json")
	if err != nil {
		panic(err)
	}
	want, err := shailoo.Count(e, shailoo.KG2021())
	if err != nil {
		panic(err)
	}
	e.Protocols = nil
	mb, err := os.ReadFile("testdata/ingest/small-mapping.json")
	if err != nil {
		panic(err)
	}
	m, err := ingest.ReadMapping(bytes.NewReader(mb), "small-mapping.json")
	if err != nil {
		panic(err)
	}
	f, err := os.Open("testdata/ingest/small-protocols.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	res, err := shailoo.CountCSV(e, shailoo.KG2021(), []shailoo.CSVInput{{Name: "small-protocols.csv", R: f, Mapping: m}}, shailoo.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println("protocols:", res.Totals.Protocols, "participants:", res.Totals.Participants)
	for _, l := range res.Lists {
		fmt.Printf("%s: %d votes, %d seats\n", l.Name, l.Votes, l.Seats)
	}
	fmt.Println("same totals and seats as Count:", reflect.DeepEqual(res.Totals, want.Totals) && res.Seats == want.Seats)
	fmt.Println("inputs:", res.Inputs[0].Name, res.Inputs[1].Name, res.Inputs[2].Name)
	// Output:
	// protocols: 12 participants: 3928
	// Ak Jol: 1575 votes, 24 seats
	// Bereke: 1338 votes, 20 seats
	// Chynar: 681 votes, 10 seats
	// same totals and seats as Count: true
	// inputs: election rules small-protocols.csv
}
