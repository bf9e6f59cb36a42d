package synth_test

import (
	"fmt"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/synth"
)

func ExampleGenerate() {
	c := synth.DefaultConfig(2021, 1000)
	c.MachineProtocols = true
	e, err := synth.Generate(c)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(e.Regions), "regions,", len(e.Okrugs), "okrugs,", len(e.Parties), "lists")
	fmt.Println(len(e.Precincts), "precincts,", len(e.Protocols), "protocols")
	fmt.Println("consistent:", synth.Check(e) == nil)
	// Output:
	// 9 regions, 36 okrugs, 21 lists
	// 1024 precincts, 4048 protocols
	// consistent: true
}

func ExampleSplit() {
	// The 54 list seats of 2021 by the largest remainders of the six
	// qualifying lists' final votes.
	seats, _ := synth.Split(54, []int64{222005, 174470, 141009, 106955, 90223, 79025})
	fmt.Println(seats)
	// Output: [15 12 9 7 6 5]
}

func ExampleSplitCapped() {
	// 10 ballots over three precincts, the first of which has room for 4.
	parts, _ := synth.SplitCapped(10, []int64{8, 1, 1}, []int64{4, 10, 10})
	fmt.Println(parts)
	// Output: [4 3 3]
}

func ExampleFill() {
	// Three precincts' valid votes, two parties' totals: each precinct gets
	// its votes, each party its total.
	m, _ := synth.Fill(synth.NewRand(1, 0), []int64{50, 30, 20}, []int64{60, 40}, 20)
	var a, b int64
	for _, row := range m {
		a, b = a+row[0], b+row[1]
	}
	fmt.Println(m[0][0]+m[0][1], m[1][0]+m[1][1], m[2][0]+m[2][1], a, b)
	// Output: 50 30 20 60 40
}

func ExampleLines() {
	l, _ := synth.Lines(synth.NewRand(1, 0), 1000, 30, 320)
	fmt.Println(l[election.FoundMobile]+l[election.FoundStationary] == l[election.Invalid]+l[election.Valid])
	// Output: true
}
