// Package samerows finds the rows of a protocols file that repeat every
// figure of an earlier row of another precinct: the same protocol given
// twice under two precinct IDs (a row copied, a file keyed by a
// timestamp that gives each department three times), which a count would
// take for two precincts and count twice. Protocols given twice under one
// precinct ID are the count's own finding (X207), not
// this package's.
//
// Two rows are the same when they give the same figures not 0 at the same
// places (lines, votes, preference votes), of the same ballot and count: a
// figure one row gives as 0 and the other leaves empty is no difference.
// Rows are compared by a 128-bit digest of those figures, never by the
// figures one by one, so that a row costs one digest and one map look-up
// whatever the file's size; a digest alike for two rows of other figures
// has odds below 1 in 10^26 in a file of a million rows.
//
// Precincts of like size may share a figure or two by chance, never all:
// a row is said only when its figures not 0 hold at least MinDistinct
// distinct values, of MinDigits digits or more in all (each value counted
// once: a small precinct's 12 voters, 12 ballots found and 12 valid are
// one value of 2 digits). Dakar's row of Senegal 2019 (663021 voters,
// 456107 voting, ... eleven values, 54 digits) is far above it; a row of
// voters 12, valid 12, votes 10 and 2 (three values, 5 digits) is below,
// as a row of the voters on the list alone is.
package samerows

import (
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

const (
	// MinDistinct is the fewest distinct figures not 0 a row is said with.
	MinDistinct = 4
	// MinDigits is the fewest digits those distinct figures hold in all.
	MinDigits = 10
)

// Copy is a row whose figures are every one those of an earlier row of
// another precinct (the first row of the file that gave them): Line and
// Of are the rows' lines (a transposed file's columns), Precinct and
// OfPrecinct their precincts. Figures is the number of its figures not
// 0, MaxVote its largest vote (the most by which leaving it out moves the
// difference between two choices' votes), Votes the sum of its votes.
type Copy struct {
	Line, Of             int
	Precinct, OfPrecinct string
	Ballot               election.BallotKind
	Machine              bool
	Figures              int
	MaxVote, Votes       int64
}

// Finder finds the copies among the rows of one file, given in file
// order. The zero Finder is ready.
type Finder struct {
	seen   map[digest]first
	copies []Copy
}

type digest struct{ a, b uint64 }

// first is the first row that gave a digest's figures.
type first struct {
	line     int
	precinct string
}

// Add gives the finder the next row of the file, at line (a transposed
// file's column).
func (f *Finder) Add(line int, d *dense.Protocol) {
	if f == nil || d == nil {
		return
	}
	k, n := sum(d)
	if n == 0 {
		return
	}
	if f.seen == nil {
		f.seen = map[digest]first{}
	}
	fr, ok := f.seen[k]
	if !ok {
		f.seen[k] = first{line: line, precinct: d.Precinct}
		return
	}
	if fr.precinct == d.Precinct || !plausible(d) {
		return
	}
	c := Copy{Line: line, Of: fr.line, Precinct: d.Precinct, OfPrecinct: fr.precinct, Ballot: d.Ballot, Machine: d.Machine, Figures: n}
	for _, e := range d.Votes {
		c.MaxVote = max(c.MaxVote, e.V)
		c.Votes += e.V
	}
	f.copies = append(f.copies, c)
}

// Copies returns the copies found, in the order of their rows.
func (f *Finder) Copies() []Copy {
	if f == nil {
		return nil
	}
	return f.copies
}

// sum returns the digest of d's figures not 0, its ballot and count, and
// the number of those figures. Each figure's part is mixed on its own and
// the parts added, so that the order of a row's entries does not matter.
func sum(d *dense.Protocol) (digest, int) {
	var seed uint64
	switch d.Ballot {
	case election.ListBallot:
		seed = 2
	case election.OkrugBallot:
		seed = 4
	default:
		for _, c := range []byte(d.Ballot) {
			seed = seed*31 + uint64(c)
		}
		seed <<= 3
	}
	if d.Machine {
		seed |= 1
	}
	k := digest{a: mix(seed ^ 0x243f6a8885a308d3), b: mix(seed ^ 0x13198a2e03707344)}
	n := 0
	for sec := range dense.Sections {
		for _, e := range d.Section(sec) {
			if e.V == 0 {
				continue
			}
			n++
			at := uint64(e.Pos)<<2 | uint64(sec)
			v := uint64(e.V)
			k.a += mix(v*0x9e3779b97f4a7c15 ^ mix(at+0xa4093822299f31d0))
			k.b += mix(v*0xc2b2ae3d27d4eb4f + mix(at^0x082efa98ec4e6c89))
		}
	}
	return k, n
}

// mix is the finalizer of splitmix64: each bit of x moves about half of
// the result's.
func mix(x uint64) uint64 {
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// plausible says whether a row of d's figures is no coincidence when
// another precinct gives it too: its distinct figures not 0 are
// MinDistinct at least, with MinDigits digits at least in all. A figure
// below 0 counts by its magnitude.
func plausible(d *dense.Protocol) bool {
	var vals []int64
	digits := 0
	for sec := range dense.Sections {
	next:
		for _, e := range d.Section(sec) {
			v := e.V
			if v == 0 {
				continue
			}
			for _, w := range vals {
				if w == v {
					continue next
				}
			}
			vals = append(vals, v)
			m := uint64(v)
			if v < 0 {
				m = uint64(-v) // MinInt64's magnitude too: 1<<63
			}
			for ; m > 0; m /= 10 {
				digits++
			}
		}
	}
	return len(vals) >= MinDistinct && digits >= MinDigits
}
