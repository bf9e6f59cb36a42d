// Package election is the model shared by every other package: parties and
// their lists, candidates, regions, okrugs (single-mandate districts),
// precincts (polling stations), the result protocols of each precinct, and
// single ballots.
//
// It is plain data with string IDs: no algorithms, no I/O. Every slice is kept
// in the order that has a meaning in law: a party's Candidates in list order,
// an okrug's Candidates in registration order, Parties in ballot order.
//
// A Protocol is the result protocol of one precinct for one ballot (the list
// ballot or the okrug ballot), counted by hand or by the automatic ballot box
// (Machine). Its lines are named (see the Line constants; a rule set says
// which exist) and its votes are kept per choice: a party ID on the list
// ballot, a candidate ID on the okrug ballot, and AgainstAll on both
// unless the definition says a ballot has no "against all"
// ({"ballots": {"list": {"against_all": false}}}, Election.HasAgainstAll):
// then valid = the sum of the votes without it, and a vote for it is a
// vote for a choice not on the ballot.
//
//	p := election.Protocol{
//		Precinct: "1001", Ballot: election.ListBallot,
//		Lines: map[election.Line]int64{election.Invalid: 3, election.Valid: 97},
//		Votes: map[string]int64{"ata-jurt": 60, "ishenim": 30, election.AgainstAll: 7},
//	}
//	p.Participants() // 100 = invalid + valid
//
// Provenance says where a figure comes from: an official final result, a
// preliminary or partial count, or synthetic data generated to stand in for
// what was never published. Outputs carry it so that a reader always knows
// which is which.
package election
