// Package ballots counts single ballots into precinct protocols: the
// protocols a count of cast-vote records gives (shailoo count --ballots,
// docs/ballots.md), which the ordinary pipeline then sums and checks.
//
// A Counter is built once per ballot (NewListCounter for the party lists,
// NewOkrugCounter for an okrug's candidates) and counts the ballots of one
// precinct into its protocol: found in the stationary box = all ballots
// (in the mobile box: 0), invalid, valid, the votes per choice with an
// entry for every choice, and on the list ballot the preference votes per
// candidate. A count of ballots gives no other line (voters on the list,
// ballots received, issued, cancelled): the checks that need them are
// reported not evaluated, never passed. A ballot of the other kind, a valid
// ballot whose choice is not on the ballot, or a preference vote where none
// can be (on the okrug ballot or a closed list, beside "against all", or
// for a candidate of another list) is a *BallotError with the index of the
// ballot; an Invalid ballot counts only as invalid, whatever it holds.
//
// Protocols groups the ballots of a cast-vote record by precinct and
// ballot and counts each group with the Counter of its ballot. A record
// may stand for several identical ballots (Cast.Count: a condensed
// record's line per ballot pattern); their sum per precinct is checked
// to stay within int64 (TooMany).
//
// The choices and candidates are looked up in perfect hash tables
// (table.go): a lookup is one probe and a compare of words. The count is
// checked against a map-based reference (reference_test.go) by a property
// test; BenchmarkCount compares the two.
package ballots
