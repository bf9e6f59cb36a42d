package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/shailoo/shailoo/election"
)

// Lines returns the named lines of a protocol with the given voters on the
// list, invalid and valid ballots, filled in so that every control relation
// holds:
//
//	received = issued_in_room + issued_outside + issued_early + cancelled + lost - unaccounted
//	found_mobile + found_stationary = invalid + valid
//	issued <= voters, found <= issued
//
// Up to 4% of the ballots are found in the mobile box (all issued outside
// the room); about one protocol in twenty has 1-3 ballots issued but not
// found; about one in ten has a few ballots issued early; about one in a
// hundred has a lost ballot or one not accounted for. Received ballots are
// the voters plus a reserve of up to 1%.
func Lines(r *rand.Rand, voters, invalid, valid int64) (map[election.Line]int64, error) {
	if voters < 0 || invalid < 0 || valid < 0 || invalid+valid > voters || voters > 1<<53 {
		return nil, fmt.Errorf("%w: voters %d, invalid %d, valid %d", ErrInfeasible, voters, invalid, valid)
	}
	m := make(map[election.Line]int64, len(election.Lines))
	fillLines(m, r, voters, invalid, valid)
	return m, nil
}

// fillLines writes the lines into m; voters >= invalid+valid >= 0.
func fillLines(m map[election.Line]int64, r *rand.Rand, voters, invalid, valid int64) {
	found := invalid + valid
	mobile := found * r.Int64N(41) / 1000
	var gap int64 // issued but not found in the boxes
	if r.IntN(20) == 0 {
		gap = min(voters-found, between(r, 1, 3))
	}
	issued := found + gap
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
