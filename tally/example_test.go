package tally_test

import (
	"fmt"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/tally"
)

func ExampleTotals_Add() {
	var t tally.Totals
	for _, p := range []election.Protocol{
		{Precinct: "1001", Ballot: election.ListBallot,
			Lines: map[election.Line]int64{election.Invalid: 3, election.Valid: 97},
			Votes: map[string]int64{"ata-jurt": 60, "ishenim": 30, election.AgainstAll: 7}},
		{Precinct: "1002", Ballot: election.ListBallot,
			Lines: map[election.Line]int64{election.Invalid: 1, election.Valid: 49},
			Votes: map[string]int64{"ata-jurt": 20, "ishenim": 29, election.AgainstAll: 0}},
	} {
		if err := t.Add(&p); err != nil {
			fmt.Println(err)
			return
		}
	}
	fmt.Println(t.Protocols, "protocols")
	fmt.Println(t.Lines)
	fmt.Println(t.Votes)
	// Output:
	// 2 protocols
	// map[invalid:4 valid:146]
	// map[against_all:7 ata-jurt:80 ishenim:59]
}

func ExampleSum() {
	list := func(precinct string, machine bool, a, b int64) election.Protocol {
		return election.Protocol{Precinct: precinct, Ballot: election.ListBallot, Machine: machine,
			Lines: map[election.Line]int64{election.Invalid: 1, election.Valid: a + b},
			Votes: map[string]int64{"a": a, "b": b}}
	}
	e := &election.Election{
		Regions: []election.Region{{ID: "bishkek"}, {ID: "osh"}},
		Precincts: []election.Precinct{
			{ID: "1001", Region: "bishkek"}, {ID: "1002", Region: "bishkek"},
			{ID: "2001", Region: "osh"}, {ID: "9001", Abroad: true},
		},
		Protocols: []election.Protocol{
			list("1001", false, 60, 40),
			list("1001", true, 61, 40), // machine count: not in Sum
			list("1002", false, 10, 90),
			list("2001", false, 5, 5),
			list("9001", false, 7, 0),
			list("7777", false, 1, 1), // precinct not defined: unplaced
		},
	}
	res, err := tally.Sum(e)
	if err != nil {
		fmt.Println(err)
		return
	}
	l := res.List
	fmt.Println("nation:  ", l.Nation.Votes, "participants", l.Nation.Lines[election.Invalid]+l.Nation.Lines[election.Valid])
	fmt.Println("bishkek: ", l.Regions["bishkek"].Votes)
	fmt.Println("osh:     ", l.Regions["osh"].Votes)
	fmt.Println("abroad:  ", l.Abroad.Votes)
	fmt.Println("unplaced:", l.Unplaced.Votes, l.Unplaced.Protocols, "protocol")
	// Output:
	// nation:   map[a:83 b:136] participants 224
	// bishkek:  map[a:70 b:130]
	// osh:      map[a:5 b:5]
	// abroad:   map[a:7 b:0]
	// unplaced: map[a:1 b:1] 1 protocol
}
