package ballots_test

import (
	"errors"
	"fmt"

	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
)

func ExampleNewListCounter() {
	c, err := ballots.NewListCounter([]election.Party{
		{ID: "ata-jurt", Candidates: []election.Candidate{{ID: "aj-01"}, {ID: "aj-02"}}},
		{ID: "ishenim", Candidates: []election.Candidate{{ID: "is-01"}}},
	}, true)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := c.Count("1001", []election.Ballot{
		{Kind: election.ListBallot, Choice: "ata-jurt", Candidate: "aj-02"},
		{Kind: election.ListBallot, Choice: "ishenim"},
		{Kind: election.ListBallot, Choice: election.AgainstAll},
		{Kind: election.ListBallot, Invalid: true},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Lines)
	fmt.Println(p.Votes)
	fmt.Println(p.Preferences)

	// A preference for a candidate of another list is a bad ballot.
	_, err = c.Count("1001", []election.Ballot{{Kind: election.ListBallot, Choice: "ishenim", Candidate: "aj-01"}})
	var be *ballots.BallotError
	fmt.Println(errors.As(err, &be), be.Index, be.Problem)
	// Output:
	// map[found_mobile:0 found_stationary:4 invalid:1 valid:3]
	// map[against_all:1 ata-jurt:1 ishenim:1]
	// map[aj-01:0 aj-02:1 is-01:0]
	// true 0 bad_preference
}
