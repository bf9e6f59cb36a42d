// Package samerows finds the rows of a protocols file that repeat every
// figure of an earlier row of another precinct: the same protocol given
// twice under two precinct IDs (a row copied, a file keyed by a
// timestamp that gives each department three times), which a count would
// take for two precincts and count twice. Protocols given twice under one
// precinct ID are the count's own finding (X207), not this package's.
//
// Two rows are the same when they give the same figures not 0 at the same
// places (lines, votes, preference votes), of the same ballot and count: a
// figure one row gives as 0 and the other leaves empty is no difference.
// Rows are compared by a 64-bit digest of those figures, never by the
// figures one by one: a digest alike for two rows of other figures has
// odds of 1 in 37 million in a file of a million rows (5×10^11 pairs, each
// 2^-64: a sum of the figures times random keys of their places, mixed),
// and then a copy is said that is none, with both rows named. A row costs
// its digest, bits of a filter and a place in a list (16 bytes): rows whose
// bits were set already (a copy, or one row in 50 or so by chance) are looked up
// in the list once the file is read, the others never.
//
// Precincts of like size may share a figure or two by chance, never all:
// a row is said only when its figures not 0 hold at least MinDistinct
// distinct values, two choices got MinVote votes or more, and those
// values hold enough digits in all (each value counted once: a small
// precinct's 12 voters, 12 ballots found and 12 valid are one value of 2
// digits) for the file's size: 8 and twice the digits of its number of
// rows (digitsFor: 12 for a file of 45 rows, 18 for one of 95,000). A
// near-unanimous precinct (every voter voting, one choice taking all but
// a handful) repeats another by chance: Russia's 2011 file gives
// Dagestan's precincts 1680 and 1693 the same ten figures (103 voters, 72
// ballots, 69 votes for one party, 3 for the next), as Tatarstan's 1475
// and 1488 (109 voters, 108 and 1), said by none. Dakar's row of Senegal
// 2019 (663021 voters, 456107 voting, ... nine values, 45 digits, five
// choices of 5,646 votes or more) is far above it.
package samerows

import (
	"math/bits"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

const (
	// MinDistinct is the fewest distinct figures not 0 a row is said with.
	MinDistinct = 4
	// MinDigits is the fewest digits those distinct figures hold in all.
	MinDigits = 10
	// MinVote is the least vote of the two choices a row is said with
	// (its two largest votes).
	MinVote = 10
)

// plausible says whether two precincts may not give d's figures by
// chance, whatever the file's size, d giving two choices of MinVote votes
// or more (Add): MinDistinct distinct figures not 0 at least, of
// MinDigits digits at least in all; and returns the digits (the file's
// size asks for more: digitsFor).
func plausible(d *dense.Protocol) (int, bool) {
	distinct, digits := spread(d)
	return digits, distinct >= MinDistinct && digits >= MinDigits
}

// digitsFor is the digits a row's distinct figures not 0 hold at least to
// be said in a file of rows rows: 8 and twice the digits of rows (12 for
// 45 rows, 18 for 95,000), MinDigits at least. A file of n rows holds
// n²/2 pairs of rows, so that a coincidence of one pair in a thousand
// million is one found in a file of 50,000; two digits more a digit of
// rows keep it as rare. (Russia's 2011 file made a referendum's, two
// choices and eight lines, gives six pairs of precincts of other regions
// the same figures, 11 to 16 digits: 233 voters, 190 ballots, 173 ДА and
// 17 НЕТ in Dagestan and in Tver.)
func digitsFor(rows int) int {
	d := 0
	for ; rows > 0; rows /= 10 {
		d++
	}
	return max(MinDigits, 8+2*d)
}

// Copy is a row whose figures are every one those of an earlier row of
// another precinct (the first row of the file that gave them): Line and
// Of are the rows' lines, Precinct the row's precinct.
// MaxVote is its largest vote (the most by which leaving it out moves the
// difference between two choices' votes).
type Copy struct {
	Line, Of int
	Precinct string
	Ballot   election.BallotKind
	Machine  bool
	MaxVote  int64
}

// Finder finds the copies among the rows of one file, given in file
// order. The zero Finder is ready.
type Finder struct {
	blocks [][]row                  // every row with a figure not 0, in file order, blockRows a block
	n      int                      // the rows in blocks
	filter []uint64                 // two bits a row, by its digest: 16 bits a row at least
	cands  []cand                   // rows whose bits were set when they came
	keys   [dense.Sections][]uint64 // each place's key in the digest (keyOf)
}

// blockRows is the rows of a block: rows are kept in blocks, never moved.
const blockRows = 1024

// row is a row's digest, line and precinct, kept without a pointer (16
// bytes, which the collector does not scan).
type row struct {
	a    uint64
	line int32
	id   uint32 // its precinct's key (Add), or a digest of its ID: two rows of one precinct are no copy here
}

// cand is a row that may repeat an earlier one: the row numbered at.
type cand struct {
	at       int
	digits   int // its distinct figures' digits (plausible)
	precinct string
	ballot   election.BallotKind
	machine  bool
	figures  int
	maxVote  int64
}

func (f *Finder) row(i int) *row { return &f.blocks[i/blockRows][i%blockRows] }

// Add gives the finder the next row of the file, at line; key is its
// precinct's place in the count's table of precincts (two rows of one
// precinct have one), or -1 when it has none: then its ID is told apart
// by a digest of it.
func (f *Finder) Add(line int, d *dense.Protocol, key int) {
	if f == nil || d == nil {
		return
	}
	// A row of fewer than two choices of MinVote votes is said of no
	// file: it is not kept.
	big := 0
	for _, e := range d.Votes {
		if e.V >= MinVote {
			big++
		}
	}
	if big < 2 {
		return
	}
	a := f.digest(d)
	if f.n*16 >= len(f.filter)*64 && len(f.filter) < maxFilter {
		f.grow()
	}
	if f.n%blockRows == 0 {
		f.blocks = append(f.blocks, make([]row, 0, blockRows))
	}
	last := &f.blocks[len(f.blocks)-1]
	id := uint32(key)<<1 | 1 // odd: a key; even: a digest
	if key < 0 || key >= 1<<31 {
		id = idDigest(d.Precinct) &^ 1
	}
	*last = append(*last, row{a: a, line: int32(line), id: id})
	f.n++
	w := &f.filter[a&uint64(len(f.filter)-1)]
	m := bits2(a)
	seen := *w&m == m
	*w |= m
	if !seen {
		return
	}
	digits, ok := plausible(d)
	if !ok {
		return
	}
	c := cand{at: f.n - 1, precinct: d.Precinct, ballot: d.Ballot, machine: d.Machine, digits: digits}
	for _, e := range d.Votes {
		c.maxVote = max(c.maxVote, e.V)
	}
	f.cands = append(f.cands, c)
}

// maxFilter is the most words of the filter (256 KB): small enough to
// stay in a processor's cache beside the count's own data. Past 131,072
// rows, rows that are no copy find their bits set more often (a row in
// 25 at 262,144 rows), each looked up once the file is read.
const maxFilter = 1 << 15

// grow makes the filter 16 bits a row at least (4096 bits at first, then
// twice as many, up to maxFilter words) and sets the bits of the rows so
// far.
func (f *Finder) grow() {
	f.filter = make([]uint64, max(64, 2*len(f.filter)))
	mask := uint64(len(f.filter) - 1)
	for _, bl := range f.blocks {
		for k := range bl {
			f.filter[bl[k].a&mask] |= bits2(bl[k].a)
		}
	}
}

// bits2 is the two bits of a row's word of the filter, by its digest's
// top 12 bits (the word by its low bits), so that a row reads one word
// and one row in 50 or so that is no copy finds its bits set (16 bits a
// row).
func bits2(a uint64) uint64 {
	return 1<<(a>>52&63) | 1<<(a>>58)
}

// Copies returns the copies found, in the order of their rows. No row is
// to be added after it.
func (f *Finder) Copies() []Copy {
	if f == nil || len(f.cands) == 0 {
		return nil
	}
	first := make(map[uint64]int, len(f.cands)) // by digest
	// A filter of the candidates' digests, 64 bits each: most rows are
	// passed over without a look-up.
	bits := make([]uint64, 1<<bits.Len(uint(len(f.cands))))
	mask := uint64(len(bits)*64 - 1)
	for _, c := range f.cands {
		r := f.row(c.at)
		first[r.a] = -1
		bits[(r.a>>16&mask)>>6] |= 1 << (r.a >> 16 & 63)
	}
	for i := range f.n {
		r := f.row(i)
		if bits[(r.a>>16&mask)>>6]&(1<<(r.a>>16&63)) == 0 {
			continue
		}
		if at, ok := first[r.a]; ok && at < 0 {
			first[r.a] = i
		}
	}
	var out []Copy
	least := digitsFor(f.n)
	for _, c := range f.cands {
		if c.digits < least {
			continue // a coincidence in a file of so many rows
		}
		r := f.row(c.at)
		at := first[r.a]
		if at == c.at || f.row(at).id == r.id {
			continue // the filter's bit set by another row; a protocol given twice (X207)
		}
		out = append(out, Copy{Line: int(r.line), Of: int(f.row(at).line), Precinct: c.precinct,
			Ballot: c.ballot, Machine: c.machine, MaxVote: c.maxVote})
	}
	return out
}

// idDigest is a digest of a precinct's ID, 8 bytes at a time: two IDs
// alike in it and not equal are odds of 1 in 4 billion, and then a copy
// is not said.
func idDigest(s string) uint32 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		h = (h ^ x) * 0xff51afd7ed558ccd
	}
	for ; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 0xc4ceb9fe1a85ec53
	}
	return uint32(mix(h) >> 32)
}

// digest returns the digest of d's figures, its ballot and count: a sum
// of the figures, each times the key of its place (section and position:
// keyOf), so that a figure 0 adds nothing (as an empty cell) and the
// figures' order does not matter, then mixed. A sum of products is one
// multiplication a figure, without a chain from one figure to the next.
func (f *Finder) digest(d *dense.Protocol) uint64 {
	var a uint64
	for sec, es := range [dense.Sections][]dense.Entry{d.Lines, d.Votes, d.Prefs} {
		keys := f.keys[sec]
		for _, e := range es {
			if int(e.Pos) >= len(keys) {
				keys = f.keyOf(sec, int(e.Pos))
			}
			a += uint64(e.V) * keys[e.Pos]
		}
	}
	// The ballot ("list", "okrug": by its length) and count: rows of two
	// ballots or counts are never alike.
	seed := uint64(len(d.Ballot)) << 1
	if d.Machine {
		seed |= 1
	}
	return mix(a ^ seed*0x243f6a8885a308d3)
}

// keyOf makes the keys of section sec's places up to pos at least and
// returns them: each a random odd number (mix of its place), so that two
// rows' figures that differ give sums that differ but by chance. (Keys in
// a progression, as place × a constant, would not: figures that differ by
// +1, -2 and +1 at three places in a row would give one sum.)
func (f *Finder) keyOf(sec, pos int) []uint64 {
	keys := f.keys[sec]
	for p, end := len(keys), max(pos, 2*len(keys)); p <= end; p++ {
		keys = append(keys, mix(uint64(p)<<2|uint64(sec)+0x9e3779b97f4a7c15)|1)
	}
	f.keys[sec] = keys
	return keys
}

// mix is the finalizer of splitmix64: each bit of x moves about half of
// the result's.
func mix(x uint64) uint64 {
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// spread returns the number of distinct figures not 0 of d and their
// digits in all (a figure below 0 by its magnitude): a row is no
// coincidence when another precinct gives it too with MinDistinct and
// MinDigits at least.
func spread(d *dense.Protocol) (distinct, digits int) {
	var buf [32]int64
	vals := buf[:0]
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
	return len(vals), digits
}
