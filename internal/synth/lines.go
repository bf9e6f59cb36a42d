package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/shailoo/shailoo/election"
)

// Lines returns the named lines of a protocol with the given voters on the
// list, invalid and valid ballots: LinesIssued with Issued(r, voters,
// invalid+valid) ballots issued.
func Lines(r *rand.Rand, voters, invalid, valid int64) (map[election.Line]int64, error) {
	if r == nil {
		return nil, fmt.Errorf("%w: nil random source", ErrInfeasible)
	}
	if voters < 0 || invalid < 0 || valid < 0 || invalid+valid > voters || voters > 1<<53 {
		return nil, fmt.Errorf("%w: voters %d, invalid %d, valid %d", ErrInfeasible, voters, invalid, valid)
	}
	return LinesIssued(r, voters, Issued(r, voters, invalid+valid), invalid, valid)
}

// Issued returns the ballots issued in a precinct where found ballots were
// found in the boxes: found, plus 1-3 ballots taken away in about one
// precinct in twenty, never more than voters. A precinct issues the same
// number of list and okrug ballots (every voter gets both), so callers draw
// it once per precinct, from the larger of the two ballots' found.
//
// A nil r draws nothing: found is returned as it is.
func Issued(r *rand.Rand, voters, found int64) int64 {
	if r == nil {
		return found
	}
	if r.IntN(20) == 0 {
		return found + max(0, min(voters-found, between(r, 1, 3)))
	}
	return found
}

// LinesIssued returns the named lines of a protocol with the given voters
// on the list, ballots issued, invalid and valid ballots, filled in so that
// every control relation holds:
//
//	received = issued_in_room + issued_outside + issued_early + cancelled + lost - unaccounted
//	found_mobile + found_stationary = invalid + valid
//	issued <= voters, found <= issued
//
// Up to 4% of the ballots are found in the mobile box (all issued outside
// the room); about one protocol in ten has a few ballots issued early;
// about one in a hundred has a lost ballot or one not accounted for.
// Received ballots are the voters plus a reserve of up to 1%. It needs
// invalid+valid <= issued <= voters.
func LinesIssued(r *rand.Rand, voters, issued, invalid, valid int64) (map[election.Line]int64, error) {
	if r == nil {
		return nil, fmt.Errorf("%w: nil random source", ErrInfeasible)
	}
	if voters < 0 || invalid < 0 || valid < 0 || invalid+valid > issued || issued > voters || voters > 1<<53 {
		return nil, fmt.Errorf("%w: voters %d, issued %d, invalid %d, valid %d", ErrInfeasible, voters, issued, invalid, valid)
	}
	m := make(map[election.Line]int64, len(election.AllLines()))
	fillLines(m, r, voters, issued, invalid, valid)
	return m, nil
}

// fillLines writes the lines into m; voters >= issued >= invalid+valid >= 0.
func fillLines(m map[election.Line]int64, r *rand.Rand, voters, issued, invalid, valid int64) {
	found := invalid + valid
	mobile := found * r.Int64N(41) / 1000
	outside := mobile
	var early int64
	if r.IntN(10) == 0 {
		early = min(issued-outside, r.Int64N(6))
	}
	received := voters + voters*r.Int64N(11)/1000
	var lost, unaccounted int64
	if r.IntN(100) == 0 && received > issued {
		lost = 1
	}
	if r.IntN(100) == 0 {
		unaccounted = 1
	}
	m[election.Voters] = voters
	m[election.Received] = received
	m[election.IssuedInRoom] = issued - outside - early
	m[election.IssuedOutside] = outside
	m[election.IssuedEarly] = early
	m[election.Cancelled] = received - issued - lost + unaccounted
	m[election.FoundMobile] = mobile
	m[election.FoundStationary] = found - mobile
	m[election.Invalid] = invalid
	m[election.Valid] = valid
	m[election.Lost] = lost
	m[election.Unaccounted] = unaccounted
}
